# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WorkflowExecutionError` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class WorkflowExecutionError(BaseModel):
    """
    Structured error detail for a workflow execution.
    """

    code: Annotated[str, Field(examples=["workflow_timeout"])]
    """
    Machine-readable error code
    """
    message: Annotated[str, Field(examples=["Workflow execution timed out after 300s"])]
    """
    Human-readable error message
    """
