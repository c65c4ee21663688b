# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WorkflowExecutionResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class WorkflowExecutionResponse(BaseModel):
    """
    Response after submitting a workflow execution (POST /v1/workflows/executions).
    """

    execution_id: Annotated[str, Field(examples=["exec_abc123def456"])]
    """
    The execution ID to poll for results
    """
    status: Annotated[str, Field(examples=["submitted"])] = "submitted"
    """
    Initial status of the submission
    """
