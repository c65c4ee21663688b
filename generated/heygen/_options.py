# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Per-call keyword options (`extra_headers`, `timeout`, …) → the `RequestOptions` a call sends,
and the wire text of parameters written outside their location's mapping: cookies (one
``Cookie`` header), parameters described by a media type (``content``) and ``querystring``
parameters. (Styles of the other parameters: ``_params``.)

Generated methods accept these keywords with `None` / `NOT_GIVEN` meaning "not given"; only the
ones the caller set end up in the options, so the client's and the endpoint's defaults apply to
the rest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx

from ._params import Styled, cookie_pairs
from ._parse import to_jsonable
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions


def request_options(
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    max_retries: int | NotGiven | None = None,
) -> RequestOptions:
    """Collect the options the caller gave. ``timeout=None`` (given) means "no timeout"."""
    options: RequestOptions = {}
    if extra_headers is not None:
        options["extra_headers"] = extra_headers
    if extra_query is not None:
        options["extra_query"] = extra_query
    if extra_body is not None:
        options["extra_body"] = extra_body
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if max_retries is not None and not isinstance(max_retries, NotGiven):
        options["max_retries"] = max_retries
    return options


def cookie_header(values: Mapping[str, object]) -> str | NotGiven:
    """A ``Cookie`` header for cookie parameters; ``NOT_GIVEN`` (no header) when none is set.

    Each value is written in ``form`` style by ``_params.cookie_pairs`` (exploded unless it is
    a ``Styled`` value saying otherwise), percent-encoded so that ``;``, ``,``, spaces and quotes
    cannot split or end a cookie.
    """
    pairs: list[str] = []
    for name, value in values.items():
        if not _absent(value.value if isinstance(value, Styled) else value):
            pairs += cookie_pairs(name, value)
    return "; ".join(pairs) if pairs else NOT_GIVEN


def _absent(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def json_param(value: object) -> str | NotGiven | None:
    """A parameter described with ``content: {application/json: …}``: the JSON text of the
    value (compact, models by alias). NOT_GIVEN and None pass through (the parameter is left
    out)."""
    if value is None or isinstance(value, NotGiven):
        return value
    return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)


def query_object(value: object) -> Mapping[str, object]:
    """An ``in: querystring`` parameter: its object's members become the query parameters
    (``{}`` when NOT_GIVEN or None)."""
    if value is None or isinstance(value, NotGiven):
        return {}
    members = to_jsonable(value)
    if not isinstance(members, Mapping):
        raise TypeError("a querystring parameter needs an object value")
    return members
