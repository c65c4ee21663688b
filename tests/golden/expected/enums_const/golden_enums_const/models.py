# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Literal

from ._models import BaseModel
from ._types import OpenIntEnum, OpenStrEnum


class Check(OpenStrEnum):
    FIELD_2FA = "2fa"
    EMAIL = "email"
    NONE = "none"


class Priority(OpenIntEnum):
    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3


class TaskStatus(OpenStrEnum):
    QUEUED = "queued"
    IN_PROGRESS = "in-progress"
    DONE = "done"


class NewTask(BaseModel):
    title: str
    priority: Priority | None = None
    check: Check | None = None


class Task(BaseModel):
    object: Literal["task"] = "task"
    id: str
    title: str
    status: TaskStatus
    priority: Priority | None = None
    check: Check | None = None
