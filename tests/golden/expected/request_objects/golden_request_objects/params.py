# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Request arguments as users write them.

Each `TypedDict` here may be passed where a method takes its model, for example
`FileSourceParam` for `FileSource`; each alias names the values of an enum. A dict is
validated through its model and sent exactly as the model would be.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Literal, Required, TypeAlias, TypedDict

if TYPE_CHECKING:  # only type checkers read these: importing params builds no model
    from .models import Event


EventParam: TypeAlias = (
    Literal[
        "job.created", "job.started", "job.finished", "job.failed", "job.cancelled", "job.retried"
    ]
    | "Event"
)
"""One of the values of `Event`, or its member."""


class FileSourceParam(TypedDict):
    """A `FileSource` as a dict: what a request accepts in its place."""

    type: Literal["file"]
    file_id: str


class ScheduleParam(TypedDict, total=False):
    """A `Schedule` as a dict: what a request accepts in its place."""

    start_date: Required[date]
    """First day"""

    at: datetime
    every: int


class UrlSourceParam(TypedDict):
    """A source at a URL."""

    type: Literal["url"]
    url: str
    """Where to fetch it"""
