# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateGraphExecutionRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._workflow_request_entry import WorkflowRequestEntry


class CreateGraphExecutionRequest(BaseModel):
    """
    Request body for multi-workflow graph execution via POST /v1/workflows/graph-executions.
    """

    workflows: Annotated[list[WorkflowRequestEntry], Field(max_length=20, min_length=1)]
    """
    Workflows to execute as a DAG
    """
