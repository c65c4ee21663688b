# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from ._models import BaseModel
from ._types import OpenStrEnum


class ApiError(BaseModel):
    code: str
    message: str
    param: str | None = None
    doc_url: str | None = None


class CreateJobRequest(BaseModel):
    name: str
    priority: int = 1


class JobStatus(OpenStrEnum):
    QUEUED = "queued"
    DONE = "done"


class Job(BaseModel):
    id: str
    status: JobStatus
