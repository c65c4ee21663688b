# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `GetResourcesResponse` model."""

from __future__ import annotations

from .._models import BaseModel
from ._session_resource import SessionResource


class GetResourcesResponse(BaseModel):
    """
    Response from getting session resources.
    """

    resources: list[SessionResource] | None = None
    """
    Session resources
    """
    next_cursor: str | None = None
    """
    Pagination cursor
    """
