"""Static description of an API and its operations, as the generated ``_client.py`` declares it:
``ClientConfig``, the auth schemes ``ApiKeyAuth``/``BearerAuth``, ``Endpoint``; and the resolution
of credentials and base URL from arguments and environment variables.

Re-exported by ``_base_client`` (the names generated code imports).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from pydantic import BaseModel

from ._exceptions import STATUS_ERRORS, APIError, APIStatusError

__all__ = [
    "ApiKeyAuth",
    "BearerAuth",
    "ClientConfig",
    "Credential",
    "Endpoint",
    "check_base_url",
    "resolve_base_url",
    "resolve_credential",
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
    """A credential sent as-is in ``header``; ``name`` is the client keyword, ``env`` a fallback."""

    __slots__ = ("name", "header", "env")  # noqa: RUF023 (declaration order is repr order)
    name: str
    header: str
    env: str | None

    def __init__(self, name: str, header: str, env: str | None = None) -> None:
        self._set(name=name, header=header, env=env)


class BearerAuth(_Record):
    """A credential sent as ``Authorization: Bearer <value>``."""

    __slots__ = ("name", "env")  # noqa: RUF023
    name: str
    env: str | None

    def __init__(self, name: str, env: str | None = None) -> None:
        self._set(name=name, env=env)


class ClientConfig(_Record):
    """Everything package-specific the runtime needs; a constant in the generated ``_client.py``."""

    __slots__ = (  # noqa: RUF023
        "package",
        "version",
        "default_base_url",
        "base_url_env",
        "log_env",
        "auth",
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
    auth: tuple[ApiKeyAuth | BearerAuth, ...]
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
        auth: tuple[ApiKeyAuth | BearerAuth, ...] = (),
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
    instead of the client's base URL, which then applies to the document's server only."""

    __slots__ = (  # noqa: RUF023
        "method",
        "path",
        "operation_id",
        "idempotency_header",
        "idempotency_pattern",
        "timeout",
        "content_type",
        "base_url",
    )
    method: str
    path: str
    operation_id: str
    idempotency_header: str | None
    idempotency_pattern: str | None
    timeout: float | None
    content_type: str | None
    base_url: str | None

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
        )


class Credential(_Record):
    """A resolved credential. ``repr`` never shows the value."""

    __slots__ = ("scheme", "value")
    _hidden = frozenset({"value"})
    scheme: ApiKeyAuth | BearerAuth
    value: str

    def __init__(self, scheme: ApiKeyAuth | BearerAuth, value: str) -> None:
        self._set(scheme=scheme, value=value)

    @property
    def header(self) -> str:
        return self.scheme.header if isinstance(self.scheme, ApiKeyAuth) else "Authorization"

    @property
    def header_value(self) -> str:
        return self.value if isinstance(self.scheme, ApiKeyAuth) else f"Bearer {self.value}"


def resolve_credential(
    config: ClientConfig,
    credentials: Mapping[str, str | None],
    environ: Mapping[str, str] | None = None,
) -> Credential | None:
    """Pick the credential: an explicit (non-empty) argument wins, two explicit ones are an error;
    otherwise the first scheme (in ``config.auth`` order) whose env var is set. With no auth schemes
    configured returns None; with schemes but no credential raises ``APIError`` naming them."""
    env = os.environ if environ is None else environ
    schemes = {s.name: s for s in config.auth}
    unknown = sorted(set(credentials) - set(schemes))
    if unknown:
        raise APIError(f"Unknown credential argument(s): {', '.join(unknown)}")
    given = [(schemes[n], v) for n, v in credentials.items() if v]
    if len(given) > 1:
        names = " and ".join(s.name for s, _ in given)
        raise APIError(f"Pass only one credential, got {names}")
    if given:
        return Credential(given[0][0], _checked(given[0][1], f"the `{given[0][0].name}` argument"))
    for scheme in config.auth:
        if scheme.env and env.get(scheme.env):
            return Credential(scheme, _checked(env[scheme.env], f"the {scheme.env} variable"))
    if not config.auth:
        return None
    options = " or ".join(
        f"the `{s.name}` argument" + (f" or the {s.env} environment variable" if s.env else "")
        for s in config.auth
    )
    raise APIError(f"Missing credentials: set {options}.")


def _checked(value: object, source: str) -> str:
    """The credential, refused (without echoing it) unless it is a string of visible characters:
    a trailing newline or an embedded CR/LF would end up escaped in h11's error text (and so in
    exception messages and logs) and can never authenticate."""
    if not isinstance(value, str):
        raise TypeError(f"The credential from {source} must be a str, got {type(value).__name__}")
    if value != value.strip() or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise ValueError(
            f"The credential from {source} contains whitespace or control characters "
            "(a trailing newline?); remove them."
        )
    return value


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
