# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Models Package.

One feature - models as a package (overrides: models = "package"): each model in its own
module, built on first use; models that refer to each other share a module.

Usage::

    from golden_models_package import ModelsPackage

    client = ModelsPackage()  # reads the credential from the environment
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncModelsPackage, ModelsPackage
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
    "AsyncModelsPackage",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ModelsPackage",
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
