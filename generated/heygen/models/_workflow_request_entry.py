# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WorkflowRequestEntry` model."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel


class WorkflowRequestEntry(BaseModel):
    """
    A single workflow within a multi-workflow graph submission.
    """

    type: str
    """
    The workflow type (e.g., 'TTSNode', 'TrimVideoNode')
    """
    id: str
    """
    Unique identifier for this workflow within the graph
    """
    parent: list[str] | None = None
    """
    IDs of parent workflows this depends on
    """
    input: dict[str, Any]
    """
    Workflow-specific input. Use NodeRef objects to reference parent outputs.
    """
