# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WorkflowExecutionDetailResponse` model."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel
from ._workflow_execution_error import WorkflowExecutionError


class WorkflowExecutionDetailResponse(BaseModel):
    """
    Response for polling a workflow execution (GET /v1/workflows/executions/<execution_id>).
    """

    execution_id: Annotated[str, Field(examples=["exec_abc123def456"])]
    """
    The execution ID
    """
    status: Annotated[str, Field(examples=["completed"])]
    """
    Execution status: submitted | running | completed | failed | not_found
    """
    output: Annotated[
        dict[str, Any] | None, Field(examples=[{"url": "https://files.heygen.ai/output.mp4"}])
    ] = None
    """
    Workflow output when completed (single-workflow executions)
    """
    outputs: Annotated[
        dict[str, Any] | None,
        Field(examples=[{"node_1": {"url": "https://files.heygen.ai/output.mp4"}}]),
    ] = None
    """
    All workflow outputs keyed by workflow ID (multi-workflow graph executions)
    """
    error: WorkflowExecutionError | None = None
    """
    Error details when failed
    """
