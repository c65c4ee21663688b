# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ._models import BaseModel


class Result(BaseModel):
    class_: Annotated[str | None, Field(alias="class")] = None
    import_: Annotated[bool | None, Field(alias="import")] = None
    total_count: Annotated[int | None, Field(alias="total-count")] = None
