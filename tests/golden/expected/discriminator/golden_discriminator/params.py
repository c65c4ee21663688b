# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Request arguments as users write them.

Each `TypedDict` here may be passed where a method takes its model, for example
`CircleParam` for `Circle`; each alias names the values of an enum. A dict is
validated through its model and sent exactly as the model would be.
"""

from __future__ import annotations

from typing import Literal, TypedDict


class CircleParam(TypedDict):
    """A `Circle` as a dict: what a request accepts in its place."""

    type: Literal["circle"]
    radius: float


class SquareParam(TypedDict):
    """A `Square` as a dict: what a request accepts in its place."""

    type: Literal["square"]
    side: float
