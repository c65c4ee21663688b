# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.assets`: Upload files for use in video creation"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._files import FileTypes, multipart_files
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import UploadAssetV3Response

_UPLOAD_ASSET = Endpoint("POST", "/v3/assets", "uploadAsset", timeout=300.0)


class Assets(_SyncResource):
    """Upload files for use in video creation"""

    def upload(
        self,
        *,
        file: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadAssetV3Response:
        """Upload an asset.

        Upload a file (image, video, audio, or PDF) to get an asset_id for use in other
        endpoints like POST /v3/video-agents. Uses multipart/form-data with a 'file' field. Max
        32 MB. MIME type is auto-detected from file bytes. Supported types: image (png, jpeg),
        video (mp4, webm), audio (mp3, wav), and pdf.

        Args:
            file: File to upload (image, video, audio, or PDF). Max 32 MB.

        Returns:
            UploadAssetV3Response: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/upload-an-asset

        Example:
            result = client.assets.upload(file=b"file contents")
        """
        result: UploadAssetV3Response = self._client._request(
            _UPLOAD_ASSET,
            files=multipart_files({"file": file}),
            cast_to=_models.UploadAssetV3Response,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AssetsWithRawResponse:
    """`Assets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Assets) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)


class AsyncAssets(_AsyncResource):
    """Upload files for use in video creation"""

    async def upload(
        self,
        *,
        file: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadAssetV3Response:
        """Upload an asset.

        Upload a file (image, video, audio, or PDF) to get an asset_id for use in other
        endpoints like POST /v3/video-agents. Uses multipart/form-data with a 'file' field. Max
        32 MB. MIME type is auto-detected from file bytes. Supported types: image (png, jpeg),
        video (mp4, webm), audio (mp3, wav), and pdf.

        Args:
            file: File to upload (image, video, audio, or PDF). Max 32 MB.

        Returns:
            UploadAssetV3Response: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/upload-an-asset

        Example:
            result = await client.assets.upload(file=b"file contents")
        """
        result: UploadAssetV3Response = await self._client._request(
            _UPLOAD_ASSET,
            files=multipart_files({"file": file}),
            cast_to=_models.UploadAssetV3Response,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncAssetsWithRawResponse:
    """`AsyncAssets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncAssets) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
