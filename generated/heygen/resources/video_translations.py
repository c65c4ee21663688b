# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of `video_translations`.

The `video_translations` namespace of the client (`client.video_translations.…`), sync and async, and its
raw-response twin (`client.with_raw_response.video_translations.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._client import _Namespace, _RawNamespaces, _Resource

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen
    from .video_translations_proofreads import (
        AsyncVideoTranslationsProofreads,
        AsyncVideoTranslationsProofreadsWithRawResponse,
        VideoTranslationsProofreads,
        VideoTranslationsProofreadsWithRawResponse,
    )


class VideoTranslations(_Resource):
    """Operations of `video_translations`."""

    proofreads: _Namespace[
        VideoTranslationsProofreads, VideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations_proofreads", "VideoTranslationsProofreads")
    """Translate videos into other languages"""

    def __init__(self, client: HeyGen) -> None:
        self._client = client


class VideoTranslationsWithRawResponse(_RawNamespaces):
    """`VideoTranslations` whose methods return the raw `APIResponse`."""

    proofreads: _Namespace[
        VideoTranslationsProofreads, VideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations_proofreads", "VideoTranslationsProofreads")

    def __init__(self, resource: VideoTranslations) -> None:
        super().__init__(resource)


class AsyncVideoTranslations(_Resource):
    """Operations of `video_translations`."""

    proofreads: _Namespace[
        AsyncVideoTranslationsProofreads, AsyncVideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations_proofreads", "AsyncVideoTranslationsProofreads")
    """Translate videos into other languages"""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client


class AsyncVideoTranslationsWithRawResponse(_RawNamespaces):
    """`AsyncVideoTranslations` whose methods return the raw `APIResponse`."""

    proofreads: _Namespace[
        AsyncVideoTranslationsProofreads, AsyncVideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations_proofreads", "AsyncVideoTranslationsProofreads")

    def __init__(self, resource: AsyncVideoTranslations) -> None:
        super().__init__(resource)
