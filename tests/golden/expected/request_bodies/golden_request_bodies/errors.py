# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Every exception this package raises; all derive from `APIError`.

Status errors carry `status_code`, the parsed error fields (`code`, `message`, `param`,
`doc_url`), the response and its request id.
"""

from ._exceptions import (
    STATUS_ERRORS,
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
    RateLimitError,
    UnprocessableEntityError,
)
from ._polling import PollingError, PollingFailedError, PollingTimeoutError

STATUS_ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    **STATUS_ERRORS,
}

__all__ = [
    "STATUS_ERROR_CLASSES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "IdempotencyKeyError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollingError",
    "PollingFailedError",
    "PollingTimeoutError",
    "RateLimitError",
    "UnprocessableEntityError",
]
