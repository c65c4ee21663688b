# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.settings`: Operations of `settings`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Limit, Metadata, Settings, StrictPoint
    from ..params import LimitParam, MetadataParam, StrictPointParam

_PUT_SETTINGS = Endpoint("PUT", "/settings", "putSettings")


class SettingsResource(_SyncResource):
    """Operations of `settings`."""

    def update(
        self,
        *,
        limits: dict[str, Limit | LimitParam],
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        metadata: Metadata | MetadataParam | NotGiven = NOT_GIVEN,
        strict: StrictPoint | StrictPointParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Settings:
        """Replace the settings.

        Args:
            limits: Limits by feature name.

        Returns:
            Settings: The settings

        Example:
            result = client.settings.update(limits={'key': Limit(max=1)})
        """
        result: Settings = self._client._request(
            _PUT_SETTINGS,
            json=model_body(
                _models.Settings,
                {"limits": limits, "labels": labels, "metadata": metadata, "strict": strict},
            ),
            cast_to=_models.Settings,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class SettingsResourceWithRawResponse:
    """`SettingsResource` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: SettingsResource) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncSettingsResource(_AsyncResource):
    """Operations of `settings`."""

    async def update(
        self,
        *,
        limits: dict[str, Limit | LimitParam],
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        metadata: Metadata | MetadataParam | NotGiven = NOT_GIVEN,
        strict: StrictPoint | StrictPointParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Settings:
        """Replace the settings.

        Args:
            limits: Limits by feature name.

        Returns:
            Settings: The settings

        Example:
            result = await client.settings.update(limits={'key': Limit(max=1)})
        """
        result: Settings = await self._client._request(
            _PUT_SETTINGS,
            json=model_body(
                _models.Settings,
                {"limits": limits, "labels": labels, "metadata": metadata, "strict": strict},
            ),
            cast_to=_models.Settings,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncSettingsResourceWithRawResponse:
    """`AsyncSettingsResource` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)
