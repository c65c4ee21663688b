# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Logging and secret hygiene: the package logger switched on by an environment variable,
the ``Redactor`` that scrubs credential values out of any text, and ``SafeHeaders``, an
``httpx.Headers`` whose ``repr`` masks every credential-carrying header (httpx masks only
``Authorization``).

Every log line and every exception message the runtime builds goes through a ``Redactor``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from typing import cast

import httpx

__all__ = [
    "REDACTED",
    "Redactor",
    "SafeHeaders",
    "get_logger",
    "protect_headers",
    "protect_request",
]

REDACTED = "<redacted>"
_ALWAYS_SENSITIVE = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
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
    """Knows the credential values and credential header names of one client.

    ``redact(text)`` replaces every credential value found in ``text``; ``headers(h)`` returns a
    printable dict with credential headers masked.
    """

    __slots__ = ("_header_names", "_secrets")

    def __init__(self, secrets: Iterable[str], header_names: Iterable[str]) -> None:
        # Longest first so a secret containing another is replaced whole.
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._header_names = frozenset(h.lower() for h in header_names) | _ALWAYS_SENSITIVE

    def __repr__(self) -> str:
        return f"Redactor(headers={sorted(self._header_names)!r})"

    @property
    def header_names(self) -> frozenset[str]:
        return self._header_names

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def headers(self, headers: httpx.Headers) -> dict[str, str]:
        return {
            k: (REDACTED if k.lower() in self._header_names else self.redact(v))
            for k, v in headers.items()
        }


class SafeHeaders(httpx.Headers):
    """``httpx.Headers`` whose ``repr`` masks credential headers (values stay readable by key)."""

    _sensitive: frozenset[str] = _ALWAYS_SENSITIVE

    def __repr__(self) -> str:
        items = [
            (k, REDACTED if k.lower() in self._sensitive else v) for k, v in self.multi_items()
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
    return safe


def protect_request(request: httpx.Request, redactor: Redactor) -> None:
    """Make ``request.headers`` ``SafeHeaders`` so the request (reachable from responses and
    exceptions we raise) never shows a credential in a ``repr``. Called once the request is built."""
    request.headers = protect_headers(request.headers, redactor)
