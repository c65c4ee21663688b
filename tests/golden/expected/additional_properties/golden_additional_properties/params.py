# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Request arguments as users write them.

Each `TypedDict` here may be passed where a method takes its model, for example
`LimitParam` for `Limit`; each alias names the values of an enum. A dict is
validated through its model and sent exactly as the model would be.
"""

from __future__ import annotations

from typing import TypedDict


class LimitParam(TypedDict):
    """A `Limit` as a dict: what a request accepts in its place."""

    max: int


class MetadataParam(TypedDict, total=False):
    """A `Metadata` as a dict: what a request accepts in its place."""

    source: str


class StrictPointParam(TypedDict):
    """A `StrictPoint` as a dict: what a request accepts in its place."""

    x: float
    y: float
