# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Additional Properties.

One feature - additionalProperties as a schema (a typed map), true (extra keys kept) and
false (extra keys refused).

Usage::

    from golden_additional_properties import AdditionalProperties

    client = AdditionalProperties()  # reads the credential from the environment
"""

from ._client import AdditionalProperties, AsyncAdditionalProperties
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._types import NOT_GIVEN, NotGiven, RequestOptions
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IdempotencyKeyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PollingError,
    PollingFailedError,
    PollingTimeoutError,
    RateLimitError,
    UnprocessableEntityError,
)

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAdditionalProperties",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "AdditionalProperties",
    "IdempotencyKeyError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "PollingError",
    "PollingFailedError",
    "PollingTimeoutError",
    "RateLimitError",
    "RequestOptions",
    "SyncPage",
    "UnprocessableEntityError",
    "__version__",
]
