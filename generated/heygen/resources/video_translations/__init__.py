# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_translations`, whose classes `_video_translations` holds.

Each resource nested in it has a module here, imported when its accessor is first read.
"""

from ._video_translations import (
    AsyncVideoTranslations,
    AsyncVideoTranslationsWithRawResponse,
    VideoTranslations,
    VideoTranslationsWithRawResponse,
)

__all__ = [
    "AsyncVideoTranslations",
    "AsyncVideoTranslationsWithRawResponse",
    "VideoTranslations",
    "VideoTranslationsWithRawResponse",
]
