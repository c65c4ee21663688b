# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Request Objects.

One feature - request arguments as users write them: enum values as literals (a long
enum named once, a float enum left as its class), nested request objects as TypedDicts
beside their models, a discriminated union of dicts, a union body, read-only keys left
out, wire names that are not Python names.

Usage::

    from golden_request_objects import RequestObjects

    client = RequestObjects()  # reads the credential from the environment
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncRequestObjects, RequestObjects
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
    InvalidArgumentError,
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
    "AsyncRequestObjects",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "RequestObjects",
    "IdempotencyKeyError",
    "InternalServerError",
    "InvalidArgumentError",
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


if TYPE_CHECKING:
    from ._pagination import AsyncPage, AsyncPager, SyncPage


def __getattr__(name: str) -> Any:
    # Page types are only needed once a list call returns one: imported on first use.
    if name in {"AsyncPage", "AsyncPager", "SyncPage"}:
        from . import _pagination

        return getattr(_pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
