# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._types import OpenStrEnum


class CreateJobRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    priority: int = 1


class JobStatus(OpenStrEnum):
    QUEUED = "queued"
    DONE = "done"


class ApiError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: str
    message: str
    param: str | None = None
    doc_url: str | None = None


class Job(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    status: JobStatus
