# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WorkflowCatalogEntry` model."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel


class WorkflowCatalogEntry(BaseModel):
    """
    Schema information for a single exposed workflow.
    """

    workflow_type: Annotated[str, Field(examples=["GenerateVideoNode"])]
    """
    The workflow type identifier
    """
    name: Annotated[str, Field(examples=["Generate Video"])]
    """
    Human-readable name
    """
    description: Annotated[str, Field(examples=["Generate a video from text and avatar"])]
    """
    What this workflow does
    """
    category: Annotated[str, Field(examples=["content_ai"])]
    """
    Workflow category: content_ai, media_generation, utility
    """
    input_schema: Annotated[
        dict[str, Any],
        Field(examples=[{"properties": {"text": {"type": "string"}}, "type": "object"}]),
    ]
    """
    JSON Schema for the workflow's input
    """
    output_schema: Annotated[
        dict[str, Any],
        Field(examples=[{"properties": {"url": {"type": "string"}}, "type": "object"}]),
    ]
    """
    JSON Schema for the workflow's output
    """
