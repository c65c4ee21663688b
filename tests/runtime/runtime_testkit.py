"""Shared fixtures-as-values for the runtime tests: a test ``ClientConfig``, endpoints, models and
sleep recorders. Nothing here replaces runtime code; it only describes a fake API."""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import BaseModel
from runtime._base_client import (
    ApiKeyAuth,
    AsyncAPIClient,
    BearerAuth,
    ClientConfig,
    Endpoint,
    SyncAPIClient,
)
from runtime._types import OpenStrEnum

API_KEY = "sk-CANARY-1234567890abcdef"


class ErrorModel(BaseModel):
    code: str | None = None
    message: str | None = None
    param: str | None = None
    doc_url: str | None = None


class VideoStatus(OpenStrEnum):
    PENDING = "pending"
    COMPLETED = "completed"


class Video(BaseModel):
    id: str
    status: VideoStatus


CONFIG = ClientConfig(
    package="testsdk",
    version="1.2.3",
    default_base_url="https://api.example.invalid",
    base_url_env="TESTSDK_BASE_URL",
    log_env="TESTSDK_LOG",
    auth=(
        ApiKeyAuth(name="api_key", header="x-api-key", env="TESTSDK_API_KEY"),
        BearerAuth(name="bearer_token", env="TESTSDK_TOKEN"),
    ),
    error_envelope="error",
    error_model=lambda: ErrorModel,
    request_id_headers=("x-request-id", "request-id"),
)

GET_VIDEO = Endpoint(method="GET", path="/v1/videos/{video_id}", operation_id="get_video")
CREATE_VIDEO = Endpoint(
    method="POST",
    path="/v1/videos",
    operation_id="create_video",
    idempotency_header="Idempotency-Key",
    idempotency_pattern=r"[A-Za-z0-9_-]{1,64}",
)
POST_NO_KEY = Endpoint(method="POST", path="/v1/echo", operation_id="echo")
DELETE_VIDEO = Endpoint(method="DELETE", path="/v1/videos/{video_id}", operation_id="delete_video")

VIDEO_JSON = {"data": {"id": "v1", "status": "completed"}}


class SleepRecorder:
    """The injected ``sleep``: records each wait, never waits."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class AsyncSleepRecorder:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def sync_client(base_url: str, **kwargs: Any) -> SyncAPIClient:
    kwargs.setdefault("credentials", {"api_key": API_KEY})
    kwargs.setdefault("sleep", SleepRecorder())
    return SyncAPIClient(config=CONFIG, base_url=base_url, **kwargs)


def async_client(base_url: str, **kwargs: Any) -> AsyncAPIClient:
    kwargs.setdefault("credentials", {"api_key": API_KEY})
    kwargs.setdefault("sleep", AsyncSleepRecorder())
    return AsyncAPIClient(config=CONFIG, base_url=base_url, **kwargs)


def mock_client(
    handler: Any, *, base_url: str = "https://api.test", **kwargs: Any
) -> SyncAPIClient:
    """A client whose ``httpx.Client`` uses ``httpx.MockTransport(handler)``."""
    return sync_client(
        base_url, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
    )
