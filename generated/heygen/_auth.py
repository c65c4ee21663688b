# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Credentials and security requirements, with OpenAPI's semantics.

Each credential is resolved once per client: its constructor argument, else its environment
variable. A requirement lists schemes that are all needed together; a ``Security`` lists
requirements that are alternatives. For a call, its operation's own requirements
(``Endpoint.security``, ``()`` meaning "no auth") or else the client's
(``ClientConfig.security``; None: any one scheme) decide: among the requirements the configured
credentials satisfy, the first that uses an explicit argument wins, then the first satisfied
from the environment, and an empty requirement (optional auth) last — so ``bearer_token=`` beats
an API key left in the environment. Nothing satisfied is an ``APIError`` naming what is missing,
per alternative, raised before anything is sent (for the client's requirements, already by the
constructor).

API keys go in a header, a query parameter or a cookie; HTTP basic as ``Authorization: Basic``;
bearer tokens (HTTP bearer, OAuth2, OpenID Connect) as ``Authorization: Bearer``. A bearer token
may be a callable returning a fresh token, called for every attempt (the async client also
awaits an async one). Values never appear in a ``repr`` or message: the client's ``Redactor``
knows every one, and every credential header and query name.
"""

from __future__ import annotations

import base64
import inspect
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, cast
from urllib.parse import quote

from ._build import HeaderMap
from ._config import ApiKeyAuth, AuthScheme, BasicAuth, BearerAuth, ClientConfig, Endpoint, Security
from ._exceptions import APIError
from ._logging import Redactor

__all__ = ["Auth", "AuthParts", "TokenSource", "with_fresh"]

TokenSource = Callable[[], "str | Awaitable[str]"]
# RFC 6265 cookie-octets: every visible ASCII character but `"`, `,`, `;` and `\`.
_COOKIE_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '",;\\')


class AuthParts:
    """What one requirement puts on the wire: static ``headers``, ``query`` and ``cookies``
    (``a=b; c=d``), and the bearer ``tokens`` to call for each attempt."""

    __slots__ = ("cookies", "headers", "query", "tokens")

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.query: dict[str, str] = {}
        self.cookies = ""
        self.tokens: tuple[TokenSource, ...] = ()


def _keywords(scheme: AuthScheme) -> tuple[tuple[str, str | None], ...]:
    """The constructor keywords a scheme takes, each with its environment variable."""
    if isinstance(scheme, BasicAuth):
        return ((scheme.name, scheme.env), (scheme.password, scheme.password_env))
    return ((scheme.name, scheme.env),)


def _checked(value: object, source: str, *, callable_ok: bool = False) -> Any:
    """The credential, refused (without echoing it) unless it is a string of visible characters
    (or, for a bearer token, a callable): a trailing newline or an embedded CR/LF would end up
    escaped in h11's error text (and so in exception messages and logs) and can never
    authenticate."""
    if callable_ok and callable(value):
        return value
    if not isinstance(value, str):
        raise TypeError(f"The credential from {source} must be a str, got {type(value).__name__}")
    if value != value.strip() or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise ValueError(
            f"The credential from {source} contains whitespace or control characters "
            "(a trailing newline?); remove them."
        )
    return value


class Auth:
    """The credentials of one client (shared by its copies) and the parts each requirement
    sends, chosen once per distinct ``Security`` and cached."""

    __slots__ = ("_by_name", "_config", "_explicit", "_parts", "_values", "redactor")

    def __init__(
        self,
        config: ClientConfig,
        given: Mapping[str, object],
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        self._config = config
        self._by_name = {s.name: s for s in config.auth}
        known = {kw for s in config.auth for kw, _ in _keywords(s)}
        unknown = sorted(set(given) - known)
        if unknown:
            raise APIError(f"Unknown credential argument(s): {', '.join(unknown)}")
        self._values: dict[str, Any] = {}
        self._explicit: set[str] = set()
        for scheme in config.auth:
            bearer = isinstance(scheme, BearerAuth)
            for kw, var in _keywords(scheme):
                value = given.get(kw)
                if value is not None and value != "":
                    self._values[kw] = _checked(value, f"the `{kw}` argument", callable_ok=bearer)
                    self._explicit.add(kw)
                elif var and env.get(var):
                    self._values[kw] = _checked(env[var], f"the {var} variable")
        self._parts: dict[Security | None, AuthParts] = {}
        secrets = [v for v in self._values.values() if isinstance(v, str)]
        self.redactor = Redactor(
            secrets,
            [s.header for s in config.auth if isinstance(s, ApiKeyAuth) and s.header]
            + ["authorization"],
            query_names=[s.query for s in config.auth if isinstance(s, ApiKeyAuth) and s.query],
        )
        self.parts(None, "")  # the client's own requirements: validated up front

    def __repr__(self) -> str:
        return f"Auth(configured={sorted(self._values)!r})"

    def _security(self, security: Security | None) -> Security:
        if security is not None:
            return security
        if self._config.security is not None:
            return self._config.security
        return tuple((s.name,) for s in self._config.auth)  # no requirements: any one scheme

    def _satisfied(self, requirement: tuple[str, ...]) -> bool:
        for name in requirement:
            scheme = self._by_name.get(name)
            if scheme is None or any(kw not in self._values for kw, _ in _keywords(scheme)):
                return False
        return True

    def _uses_explicit(self, requirement: tuple[str, ...]) -> bool:
        return any(
            kw in self._explicit for name in requirement for kw, _ in _keywords(self._by_name[name])
        )

    def parts(self, security: Security | None, where: str) -> AuthParts:
        """The parts the chosen requirement of ``security`` (None: the client's) sends; raises
        ``APIError`` naming what is missing, per alternative, when none is satisfied."""
        cached = self._parts.get(security)
        if cached is not None:
            return cached
        alternatives = self._security(security)
        ranked = sorted(
            (i for i, r in enumerate(alternatives) if self._satisfied(r)),
            key=lambda i: (
                0 if self._uses_explicit(alternatives[i]) else 1 if alternatives[i] else 2,
                i,
            ),
        )
        if alternatives and not ranked:
            raise APIError(self._missing(alternatives, where))
        parts = AuthParts()
        for name in alternatives[ranked[0]] if ranked else ():
            self._add(parts, self._by_name[name])
        self._parts[security] = parts
        return parts

    def _add(self, parts: AuthParts, scheme: AuthScheme) -> None:
        value = self._values[scheme.name]
        if isinstance(scheme, BasicAuth):
            pair = f"{value}:{self._values[scheme.password]}".encode()
            parts.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
            self.redactor.add(parts.headers["Authorization"])
        elif isinstance(scheme, BearerAuth):
            if callable(value):
                parts.tokens += (cast(TokenSource, value),)
            else:
                parts.headers["Authorization"] = f"Bearer {value}"
        elif scheme.header is not None:
            parts.headers[scheme.header] = value
        elif scheme.query is not None:
            parts.query[scheme.query] = value
        elif scheme.cookie is not None:
            cookie = f"{scheme.cookie}={quote(value, safe=_COOKIE_SAFE)}"
            parts.cookies = f"{parts.cookies}; {cookie}" if parts.cookies else cookie

    def _missing(self, alternatives: Security, where: str) -> str:
        options = []
        for requirement in alternatives:
            missing = []
            for name in requirement:
                scheme = self._by_name.get(name)
                if scheme is None:
                    missing.append(f"the `{name}` scheme, which this client does not know")
                    continue
                for kw, var in _keywords(scheme):
                    if kw not in self._values:
                        env = f" (or set the {var} environment variable)" if var else ""
                        missing.append(f"`{kw}=`{env}")
            options.append(" and ".join(missing))
        head = f"Missing credentials{' for ' + where if where else ''}: pass "
        if len(options) == 1:
            return head + options[0] + "."
        return head + "either " + "; or ".join(options) + "."

    def client_headers(self) -> dict[str, str]:
        """The static credential headers of the client's own requirement (for display)."""
        return self.parts(None, "").headers

    def apply(
        self, endpoint: Endpoint, headers: HeaderMap, query: dict[str, str | list[str]]
    ) -> None:
        """Add ``endpoint``'s credentials to a call's headers and query, leaving what the caller
        set itself (``default_headers``, ``extra_headers``, ``extra_query``); cookies are
        appended to the call's ``Cookie`` header."""
        parts = self._parts.get(endpoint.security) or self.parts(
            endpoint.security, f"{endpoint.method.upper()} {endpoint.path}"
        )
        for name, value in parts.headers.items():
            headers.setdefault(name, value)
        for name, value in parts.query.items():
            query.setdefault(name, value)
        if parts.cookies:
            existing = headers.get("Cookie")
            headers["Cookie"] = f"{existing}; {parts.cookies}" if existing else parts.cookies

    def _fresh(self, token: object, headers: dict[str, str]) -> None:
        value = _checked(token, "the bearer token callable")
        self.redactor.add(value, f"Bearer {value}")
        headers["Authorization"] = f"Bearer {value}"

    def has_tokens(self, endpoint: Endpoint) -> bool:
        """Whether ``endpoint``'s credentials include a token callable (called per attempt)."""
        return bool(self.parts(endpoint.security, "").tokens)

    def fresh_headers(self, endpoint: Endpoint) -> dict[str, str] | None:
        """The headers of ``endpoint``'s token callables, called now (one attempt); None when
        it has none. An async callable here (the sync client) is a ``TypeError``."""
        tokens = self.parts(endpoint.security, "").tokens
        if not tokens:
            return None
        headers: dict[str, str] = {}
        for source in tokens:
            token = source()
            if inspect.isawaitable(token):
                close = getattr(token, "close", None)
                if close is not None:
                    close()  # no "never awaited" warning
                raise TypeError("the bearer token callable is async; use the async client")
            self._fresh(token, headers)
        return headers

    async def fresh_headers_async(self, endpoint: Endpoint) -> dict[str, str] | None:
        """``fresh_headers`` for the async client: a callable may be sync or async."""
        tokens = self.parts(endpoint.security, "").tokens
        if not tokens:
            return None
        headers: dict[str, str] = {}
        for source in tokens:
            token = source()
            self._fresh(await token if inspect.isawaitable(token) else token, headers)
        return headers


def with_fresh(headers: dict[str, str], fresh: Mapping[str, str] | None) -> dict[str, str]:
    """``headers`` with ``fresh`` ones added, unless the caller set that header itself."""
    if not fresh:
        return headers
    merged = HeaderMap(fresh)
    merged.update(headers)
    return merged.values
