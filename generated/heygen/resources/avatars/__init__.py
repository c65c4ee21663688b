# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.avatars`, whose classes `_avatars` holds.

Each resource nested in it has a module here, imported when its accessor is first read.
"""

from ._avatars import (
    AsyncAvatars,
    AsyncAvatarsWithRawResponse,
    Avatars,
    AvatarsWithRawResponse,
)

__all__ = [
    "AsyncAvatars",
    "AsyncAvatarsWithRawResponse",
    "Avatars",
    "AvatarsWithRawResponse",
]
