# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Nullable 3.1.

One feature - OpenAPI 3.1 nullability, as type: [X, "null"] and as anyOf [X, {type:
null}]; null is sent only when given.

Usage::

    from golden_nullable_31 import Nullable31

    client = Nullable31()  # reads the credential from the environment
"""

from ._client import AsyncNullable31, Nullable31
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
    "AsyncNullable31",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Nullable31",
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
