# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Logging and secret hygiene: the package logger switched on by an environment variable,
the ``Redactor`` that scrubs credential values out of any text, and ``SafeHeaders``, an
``httpx.Headers`` whose ``repr`` masks every credential-carrying header (httpx masks only
``Authorization``).

Every log line and every exception message the runtime builds goes through a ``Redactor``.
"""

from __future__ import annotations

import json as jsonlib
import logging
import os
import re
from collections.abc import Iterable, Mapping
from typing import cast
from urllib.parse import quote_plus

import httpx

__all__ = [
    "LOG_BODY_LIMIT",
    "REDACTED",
    "Redactor",
    "SafeHeaders",
    "debug_request",
    "get_logger",
    "protect_headers",
    "protect_request",
    "protect_response",
]

REDACTED = "<redacted>"
LOG_BODY_LIMIT = 2000  # characters of a body in a DEBUG line
_ALWAYS_SENSITIVE = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_MAX_ADDED = 16  # secrets a Redactor learns after it is made (fresh tokens): the latest ones
_configured: set[str] = set()


def get_logger(name: str, env_var: str | None) -> logging.Logger:
    """Return the logger ``name`` (the package name), configured once from ``env_var``.

    ``env_var`` set to ``debug`` or ``info`` (case-insensitive) sets that level and, if nobody has
    configured logging, attaches a stderr handler. Unset or any other value leaves the logger alone,
    so applications can still configure it through the stdlib ``logging`` module.
    """
    logger = logging.getLogger(name)
    if name in _configured or not env_var:
        return logger
    _configured.add(name)
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(env_var, "").strip().lower()
    )
    if level is not None:
        logger.setLevel(level)
        if not logging.getLogger().handlers and not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(
                logging.Formatter("[%(asctime)s - %(name)s:%(levelname)s] %(message)s")
            )
            logger.addHandler(handler)
    return logger


class Redactor:
    """Knows the credential values, credential header names and credential query parameter
    names of one client.

    ``redact(text)`` replaces every credential value found in ``text`` (and the value of every
    credential query parameter in a URL); ``headers(h)`` returns a printable dict with
    credential headers masked.
    """

    __slots__ = ("_added", "_dynamic", "_header_names", "_query", "_secrets")

    def __init__(
        self,
        secrets: Iterable[str],
        header_names: Iterable[str],
        *,
        query_names: Iterable[str] = (),
    ) -> None:
        # Every escaped form a secret can take in text (repr, JSON, percent-encoding, bytes repr),
        # longest first so a secret containing another is replaced whole.
        forms = {form for s in secrets if s for form in _escaped_forms(s)}
        self._secrets = sorted({f for f in forms if f}, key=len, reverse=True)
        self._added: tuple[str, ...] = ()  # secrets learnt later (``add``)
        self._dynamic: list[str] = []  # their escaped forms
        self._header_names = frozenset(h.lower() for h in header_names) | _ALWAYS_SENSITIVE
        names = sorted({re.escape(quote_plus(n)) for n in query_names if n}, key=len, reverse=True)
        # ``name=value`` of a credential query parameter in a URL, whatever the value
        self._query = re.compile(rf"([?&](?:{'|'.join(names)})=)[^&#\s'\"]*") if names else None

    def __repr__(self) -> str:
        return f"Redactor(headers={sorted(self._header_names)!r})"

    @property
    def header_names(self) -> frozenset[str]:
        return self._header_names

    def add(self, *secrets: str) -> None:
        """Also redact ``secrets`` (a token a callable returned for this request, a header value
        built from credentials). Only the latest ``_MAX_ADDED`` are kept, so refreshing tokens
        for the life of a client does not grow it without bound."""
        new = tuple(s for s in secrets if s and s not in self._added)
        if not new:
            return
        self._added = (self._added + new)[-_MAX_ADDED:]
        forms = {f for s in self._added for f in _escaped_forms(s) if f}
        self._dynamic = sorted(forms, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        for secret in self._dynamic:
            if secret in text:
                text = text.replace(secret, REDACTED)
        if self._query is not None:
            text = self._query.sub(lambda m: m.group(1) + REDACTED, text)
        return text

    def headers(self, headers: httpx.Headers) -> dict[str, str]:
        """Printable headers: credential headers and secret-like names (``_SECRET_NAME``) masked."""
        return {
            k: (
                REDACTED
                if k.lower() in self._header_names or _SECRET_NAME.search(k)
                else self.redact(v)
            )
            for k, v in headers.items()
        }

    def body(self, content: bytes, limit: int) -> str:
        """A request or response body for a debug line: secret-like fields (``secret``, ``token``,
        ``password``, ``api_key``, ``authorization``, ... at any depth, any case) masked in JSON
        and in ``name=value`` / ``"name": "value"`` text, credentials redacted, cut to ``limit``."""
        text = content.decode("utf-8", "replace")
        if len(content) <= _MAX_PARSED_BODY:
            try:
                text = jsonlib.dumps(_mask_fields(jsonlib.loads(text)), ensure_ascii=False)
            except (ValueError, RecursionError):
                text = _SECRET_PAIR.sub(lambda m: m.group(1) + REDACTED, text)
        else:
            text = _SECRET_PAIR.sub(lambda m: m.group(1) + REDACTED, text)
        return self.redact(text[:limit])


_MAX_PARSED_BODY = 1 << 20
_SECRET_WORDS = r"secret|token|passw(?:or)?d|api[_-]?key|authorization|credential|private[_-]?key"
_SECRET_NAME = re.compile(_SECRET_WORDS, re.IGNORECASE)
# ``"name": "value"`` / ``name=value`` where name contains a secret word; group 1 ends before the
# value (a JSON string or a bare word).
_SECRET_PAIR = re.compile(
    rf"""((?:"[^"]*(?:{_SECRET_WORDS})[^"]*"\s*:\s*)|(?:[\w.-]*(?:{_SECRET_WORDS})[\w.-]*=))"""
    r"""("(?:[^"\\]|\\.)*"?|[^&\s,}\]]*)""",
    re.IGNORECASE,
)


def _mask_fields(value: object) -> object:
    if isinstance(value, dict):
        return {
            k: REDACTED if _SECRET_NAME.search(str(k)) else _mask_fields(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_mask_fields(v) for v in value]
    return value


def _escaped_forms(secret: str) -> set[str]:
    """``secret`` as it may appear in text: raw, ``repr``-escaped, JSON-escaped, bytes ``repr``
    (h11's error messages), percent-encoded (path, query and form encodings)."""
    from urllib.parse import quote, quote_plus

    return {
        secret,
        repr(secret)[1:-1],
        jsonlib.dumps(secret)[1:-1],
        jsonlib.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret.encode("utf-8", "replace"))[2:-1],
        secret.encode("unicode_escape").decode("ascii"),
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
    }


class SafeHeaders(httpx.Headers):
    """``httpx.Headers`` whose ``repr`` masks credential headers (values stay readable by key)."""

    _sensitive: frozenset[str] = _ALWAYS_SENSITIVE
    _redactor: Redactor | None = None  # also scrubs credentials a server echoed in any value

    def __repr__(self) -> str:
        scrub = self._redactor.redact if self._redactor is not None else str
        items = [
            (k, REDACTED if k.lower() in self._sensitive else scrub(v))
            for k, v in self.multi_items()
        ]
        as_dict = dict(items)
        shown: object = as_dict if len(as_dict) == len(items) else items
        return f"{type(self).__name__}({shown!r})"


def protect_headers(headers: httpx.Headers, redactor: Redactor) -> SafeHeaders:
    """``headers`` as ``SafeHeaders``: re-classed in place when it is a plain ``httpx.Headers``
    (``SafeHeaders`` only overrides ``__repr__``; copying the headers of every request cost more
    than the rest of the protection), else a copy."""
    if isinstance(headers, SafeHeaders):
        return headers
    if type(headers) is httpx.Headers:
        headers.__class__ = SafeHeaders
        safe = cast(SafeHeaders, headers)
    else:
        safe = SafeHeaders(headers)
    safe._sensitive = redactor.header_names
    safe._redactor = redactor
    return safe


def protect_request(request: httpx.Request, redactor: Redactor) -> None:
    """Make ``request.headers`` ``SafeHeaders`` so the request (reachable from responses and
    exceptions we raise) never shows a credential in a ``repr``. Called once the request is built."""
    request.headers = protect_headers(request.headers, redactor)


def debug_request(
    log: logging.Logger, redactor: Redactor, request: httpx.Request, body: Mapping[str, object]
) -> None:
    """The DEBUG line for a request about to be sent (``body``: its ``build_request`` keywords).
    A multipart (file) body is not read for it: that would read the files."""
    text = ""
    if body:
        text = "<multipart>" if "files" in body else redactor.body(request.content, LOG_BODY_LIMIT)
    log.debug(
        "request %s %s headers=%s body=%s",
        request.method,
        redactor.redact(str(request.url)),
        redactor.headers(request.headers),
        text,
    )


def protect_response(response: httpx.Response, redactor: Redactor) -> None:
    """The same for a response's headers: a server may echo the credential in any of them."""
    response.headers = protect_headers(response.headers, redactor)
