# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Params.

One feature - parameters in every place: header and cookie parameters, query arrays,
path-level shared parameters and an operation overriding one of them.

Usage::

    from golden_params import Params

    client = Params()  # reads the credential from the environment
"""

from ._client import AsyncParams, Params
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
    "AsyncParams",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Params",
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
