# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from ._models import BaseModel
from ._types import OpenStrEnum


class Event(OpenStrEnum):
    JOB_CREATED = "job.created"
    JOB_STARTED = "job.started"
    JOB_FINISHED = "job.finished"
    JOB_FAILED = "job.failed"
    JOB_CANCELLED = "job.cancelled"
    JOB_RETRIED = "job.retried"


class FileSource(BaseModel):
    type: Literal["file"] = "file"
    file_id: str


class NewJobPriority(OpenStrEnum):
    LOW = "low"
    HIGH = "high"


class Ratio(Enum):
    NUMBER_1_5 = 1.5
    NUMBER_2_5 = 2.5


class Schedule(BaseModel):
    id: str | None = None
    start_date: Annotated[date, Field(alias="start-date")]
    """
    First day
    """
    at: AwareDatetime | None = None
    every: Annotated[int | None, Field(ge=1)] = None


class Speed(OpenStrEnum):
    """
    How fast the job runs.
    """

    FAST = "fast"
    THOROUGH = "thorough"
    O_CLOCK__Q_ = 'o\'clock "q"'


class UrlSource(BaseModel):
    """
    A source at a URL.
    """

    type: Literal["url"] = "url"
    url: str
    """
    Where to fetch it
    """


class Job(BaseModel):
    id: str
    name: str
    speed: Speed | None = None


class NewJob(BaseModel):
    name: Annotated[str, Field(min_length=1)]
    speed: Speed | None = None
    ratio: Ratio | None = None
    priority: NewJobPriority | None = None
    events: list[Event] | None = None
    source: Annotated[UrlSource | FileSource, Field(discriminator="type")]
    schedule: Schedule | None = None
    extra_sources: Annotated[
        list[Annotated[UrlSource | FileSource, Field(discriminator="type")]] | None,
        Field(alias="extra-sources"),
    ] = None
