# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SessionMessage` model."""

from __future__ import annotations

from .._models import BaseModel
from ._session_message_type import SessionMessageType


class SessionMessage(BaseModel):
    """
    Simplified chat message for external consumers.
    """

    role: str
    """
    Message author: 'user' or 'model'
    """
    content: str
    """
    Message text content
    """
    type: SessionMessageType
    """
    Message type: text, resource, or error
    """
    created_at: int | None = None
    """
    Unix timestamp of message creation
    """
    resource_ids: list[str] | None = None
    """
    Resource IDs resolvable via GET .../resources
    """
