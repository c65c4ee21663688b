# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Responses.

One feature - response shapes: a default (error) response, a 204 with no body, a
text/plain body and an application/octet-stream download.

Usage::

    from golden_responses import Responses

    client = Responses()  # reads the credential from the environment
"""

from ._client import AsyncResponses, Responses
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
    "AsyncResponses",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Responses",
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
