# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Static description of an API and its operations, as the generated ``_client.py`` declares it:
``ClientConfig``, the auth schemes ``ApiKeyAuth``/``BearerAuth``/``BasicAuth`` and the security
requirements (``Security``), ``Endpoint``; and the base URL from arguments and environment
variables (credentials are resolved by ``_auth``).

Re-exported by ``_base_client`` (the names generated code imports).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from pydantic import BaseModel

from ._exceptions import STATUS_ERRORS, APIStatusError

__all__ = [
    "ApiKeyAuth",
    "AuthScheme",
    "BasicAuth",
    "BearerAuth",
    "ClientConfig",
    "Endpoint",
    "Security",
    "check_base_url",
    "resolve_base_url",
]


class _Record:
    """Base of the small immutable records below. It gives what ``@dataclass(frozen=True,
    slots=True)`` would (``repr`` without the ``_hidden`` fields, ``==``, ``hash``, no assignment)
    without the ~0.6 ms per class the dataclass decorator spends generating code at import."""

    __slots__: tuple[str, ...] = ()
    _hidden: frozenset[str] = frozenset()

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def replace(self, **changes: object) -> Self:
        """A copy with some fields changed (``dataclasses.replace`` for these records)."""
        values: dict[str, object] = {name: getattr(self, name) for name in self.__slots__}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {', '.join(sorted(unknown))}")
        values.update(changes)
        maker: Any = type(self)
        copy: Self = maker(**values)
        return copy

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __repr__(self) -> str:
        shown = (f"{n}={getattr(self, n)!r}" for n in self.__slots__ if n not in self._hidden)
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot assign {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")


class ApiKeyAuth(_Record):
    """An API key sent as-is, in exactly one of: the ``header``, the ``query`` parameter or the
    ``cookie`` so named (OpenAPI ``apiKey``). ``name`` is the client keyword, ``env`` a
    fallback environment variable."""

    __slots__ = ("name", "header", "env", "query", "cookie")  # noqa: RUF023 (repr order)
    name: str
    header: str | None
    env: str | None
    query: str | None
    cookie: str | None

    def __init__(
        self,
        name: str,
        header: str | None = None,
        env: str | None = None,
        *,
        query: str | None = None,
        cookie: str | None = None,
    ) -> None:
        if sum(x is not None for x in (header, query, cookie)) != 1:
            raise TypeError("ApiKeyAuth takes exactly one of header=, query= and cookie=")
        self._set(name=name, header=header, env=env, query=query, cookie=cookie)

    def __repr__(self) -> str:
        where = next(f"{k}={v!r}" for k in ("header", "query", "cookie") if (v := getattr(self, k)))
        return f"ApiKeyAuth(name={self.name!r}, {where}, env={self.env!r})"


class BearerAuth(_Record):
    """A token sent as ``Authorization: Bearer <value>`` (HTTP bearer, OAuth2, OpenID Connect).
    The value may be a callable returning a fresh token, called for every request."""

    __slots__ = ("name", "env")  # noqa: RUF023
    name: str
    env: str | None

    def __init__(self, name: str, env: str | None = None) -> None:
        self._set(name=name, env=env)


class BasicAuth(_Record):
    """HTTP basic: ``name`` (the username keyword) and ``password`` (the password keyword),
    each with its environment variable; sent as ``Authorization: Basic <base64>``."""

    __slots__ = ("name", "password", "env", "password_env")  # noqa: RUF023
    name: str
    password: str
    env: str | None
    password_env: str | None

    def __init__(
        self,
        name: str,
        password: str,
        env: str | None = None,
        password_env: str | None = None,
    ) -> None:
        self._set(name=name, password=password, env=env, password_env=password_env)


AuthScheme = ApiKeyAuth | BearerAuth | BasicAuth
# Alternatives (any one will do), each a requirement: the ``name`` of every scheme it needs
# together. ``()`` in the list is "no credential needed"; ``()`` as the whole is "no auth".
Security = tuple[tuple[str, ...], ...]


class ClientConfig(_Record):
    """Everything package-specific the runtime needs; a constant in the generated ``_client.py``."""

    __slots__ = (  # noqa: RUF023
        "package",
        "version",
        "default_base_url",
        "base_url_env",
        "log_env",
        "auth",
        "security",
        "error_envelope",
        "error_model",
        "status_errors",
        "request_id_headers",
    )
    package: str
    version: str
    default_base_url: str
    base_url_env: str | None
    log_env: str | None
    auth: tuple[AuthScheme, ...]
    security: Security | None
    error_envelope: str | None
    error_model: Callable[[], type[BaseModel]] | None
    status_errors: Mapping[int, type[APIStatusError]]
    request_id_headers: tuple[str, ...]

    def __init__(
        self,
        package: str,
        version: str,
        default_base_url: str,
        base_url_env: str | None = None,
        log_env: str | None = None,
        auth: tuple[AuthScheme, ...] = (),
        security: Security | None = None,
        error_envelope: str | None = None,
        error_model: Callable[[], type[BaseModel]] | None = None,
        status_errors: Mapping[int, type[APIStatusError]] = STATUS_ERRORS,
        request_id_headers: tuple[str, ...] = ("x-request-id",),
    ) -> None:
        self._set(
            package=package,
            version=version,
            default_base_url=default_base_url,
            base_url_env=base_url_env,
            log_env=log_env,
            auth=auth,
            security=security,
            error_envelope=error_envelope,
            error_model=error_model,
            status_errors=status_errors,
            request_id_headers=request_id_headers,
        )

    @property
    def user_agent(self) -> str:
        return f"{self.package}-python/{self.version}"


class Endpoint(_Record):
    """One operation. ``path`` has ``{name}`` placeholders; ``timeout`` (seconds) is the
    per-operation default used when the caller passes none; ``idempotency_header`` names the header
    that carries the idempotency key (one is generated when the caller gives none) and
    ``idempotency_pattern`` the regular expression a caller's key must fully match;
    ``content_type`` is the media type of a raw (text or binary) request body; ``base_url`` is
    the operation's own server (OpenAPI ``servers`` on the operation or its path item), used
    instead of the client's base URL, which then applies to the document's server only;
    ``security`` the operation's own requirements (None: the client's, ``ClientConfig.security``).
    """

    __slots__ = (  # noqa: RUF023
        "method",
        "path",
        "operation_id",
        "idempotency_header",
        "idempotency_pattern",
        "timeout",
        "content_type",
        "base_url",
        "security",
    )
    method: str
    path: str
    operation_id: str
    idempotency_header: str | None
    idempotency_pattern: str | None
    timeout: float | None
    content_type: str | None
    base_url: str | None
    security: Security | None

    def __init__(
        self,
        method: str,
        path: str,
        operation_id: str,
        idempotency_header: str | None = None,
        idempotency_pattern: str | None = None,
        timeout: float | None = None,
        content_type: str | None = None,
        base_url: str | None = None,
        security: Security | None = None,
    ) -> None:
        self._set(
            method=method,
            path=path,
            operation_id=operation_id,
            idempotency_header=idempotency_header,
            idempotency_pattern=idempotency_pattern,
            timeout=timeout,
            content_type=content_type,
            base_url=base_url.rstrip("/") if base_url else None,
            security=security,
        )


def check_base_url(url: str, source: str = "the `base_url` argument") -> str:
    """``url`` without a trailing slash; refused when it carries ``user:password@``: httpx would
    send Basic auth beside the credential, and the password would show in every ``repr`` and log
    line. The error does not echo the URL."""
    if "@" in urlsplit(url).netloc:
        raise ValueError(
            f"The base URL from {source} contains user information (user:password@); "
            "pass credentials through the client's credential argument instead."
        )
    return url.rstrip("/")


def resolve_base_url(
    config: ClientConfig, base_url: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """``base_url`` argument, else ``config.base_url_env`` from the environment, else the default.
    A trailing slash is removed; user information is refused (``check_base_url``)."""
    env = os.environ if environ is None else environ
    if base_url:
        return check_base_url(base_url)
    url = env.get(config.base_url_env) if config.base_url_env else None
    if url:
        return check_base_url(url, f"the {config.base_url_env} variable")
    return check_base_url(config.default_base_url, "the default")
