# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Read Write Only.

One feature - readOnly fields (returned, never offered as request arguments) and
writeOnly fields (sent, never expected back).

Usage::

    from golden_read_write_only import ReadWriteOnly

    client = ReadWriteOnly()  # reads the credential from the environment
"""

from ._client import AsyncReadWriteOnly, ReadWriteOnly
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
    "AsyncReadWriteOnly",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ReadWriteOnly",
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
