# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `RotateSecretResponseData` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class RotateSecretResponseData(BaseModel):
    """
    Response from rotating a webhook endpoint's signing secret.
    """

    endpoint_id: Annotated[str, Field(examples=["ep_abc123def456"])]
    """
    The endpoint whose secret was rotated.
    """
    secret: Annotated[str, Field(examples=["whsec_new_abc123def456"])]
    """
    The new signing secret. Store it securely — it will not be shown again.
    """
