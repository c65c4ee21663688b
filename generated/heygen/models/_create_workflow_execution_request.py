# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateWorkflowExecutionRequest` model."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel


class CreateWorkflowExecutionRequest(BaseModel):
    """
    Request body for single-workflow execution via POST /v1/workflows/executions.
    """

    workflow_type: str
    """
    The workflow type to execute (e.g., 'GenerateImageNode', 'GenerateVideoNode')
    """
    input: dict[str, Any]
    """
    Workflow-specific input matching the workflow's input schema
    """
