# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.datasets`: Operations of `datasets`."""

from __future__ import annotations

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_REPLACE_DATASET = Endpoint("PUT", "/datasets/{id}", "replaceDataset", content_type="text/csv")


class Datasets(_SyncResource):
    """Operations of `datasets`."""

    def update(
        self,
        id_: str,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace a dataset's rows.

        Args:
            body: The request body.

        Returns:
            None: Replaced

        Example:
            client.datasets.update('string', body="string")
        """
        self._client._request(
            _REPLACE_DATASET,
            path_params={"id": id_},
            content=body,
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class DatasetsWithRawResponse:
    """`Datasets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Datasets) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncDatasets(_AsyncResource):
    """Operations of `datasets`."""

    async def update(
        self,
        id_: str,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace a dataset's rows.

        Args:
            body: The request body.

        Returns:
            None: Replaced

        Example:
            await client.datasets.update('string', body="string")
        """
        await self._client._request(
            _REPLACE_DATASET,
            path_params={"id": id_},
            content=body,
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncDatasetsWithRawResponse:
    """`AsyncDatasets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncDatasets) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)
