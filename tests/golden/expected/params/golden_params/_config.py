# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Static description of an API and its operations, as the generated ``_client.py`` declares it:
``ClientConfig``, the auth schemes ``ApiKeyAuth``/``BearerAuth``, ``Endpoint``; and the resolution
of credentials and base URL from arguments and environment variables.

Re-exported by ``_base_client`` (the names generated code imports).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

from ._exceptions import STATUS_ERRORS, APIError, APIStatusError

__all__ = [
    "ApiKeyAuth",
    "BearerAuth",
    "ClientConfig",
    "Credential",
    "Endpoint",
    "resolve_base_url",
    "resolve_credential",
]


@dataclass(frozen=True, slots=True)
class ApiKeyAuth:
    """A credential sent as-is in ``header``; ``name`` is the client keyword, ``env`` a fallback."""

    name: str
    header: str
    env: str | None = None


@dataclass(frozen=True, slots=True)
class BearerAuth:
    """A credential sent as ``Authorization: Bearer <value>``."""

    name: str
    env: str | None = None


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything package-specific the runtime needs; a constant in the generated ``_client.py``."""

    package: str
    version: str
    default_base_url: str
    base_url_env: str | None = None
    log_env: str | None = None
    auth: tuple[ApiKeyAuth | BearerAuth, ...] = ()
    error_envelope: str | None = None
    error_model: Callable[[], type[BaseModel]] | None = None
    status_errors: Mapping[int, type[APIStatusError]] = field(default_factory=lambda: STATUS_ERRORS)
    request_id_headers: tuple[str, ...] = ("x-request-id",)

    @property
    def user_agent(self) -> str:
        return f"{self.package}-python/{self.version}"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One operation. ``path`` has ``{name}`` placeholders; ``timeout`` (seconds) is the
    per-operation default used when the caller passes none; ``idempotency_header`` names the header
    that carries the idempotency key (one is generated when the caller gives none) and
    ``idempotency_pattern`` the regular expression a caller's key must fully match."""

    method: str
    path: str
    operation_id: str
    idempotency_header: str | None = None
    idempotency_pattern: str | None = None
    timeout: float | None = None


@dataclass(frozen=True, slots=True)
class Credential:
    """A resolved credential. ``repr`` never shows the value."""

    scheme: ApiKeyAuth | BearerAuth
    value: str = field(repr=False)

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
        return Credential(given[0][0], given[0][1])
    for scheme in config.auth:
        if scheme.env and env.get(scheme.env):
            return Credential(scheme, env[scheme.env])
    if not config.auth:
        return None
    options = " or ".join(
        f"the `{s.name}` argument" + (f" or the {s.env} environment variable" if s.env else "")
        for s in config.auth
    )
    raise APIError(f"Missing credentials: set {options}.")


def resolve_base_url(
    config: ClientConfig, base_url: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """``base_url`` argument, else ``config.base_url_env`` from the environment, else the default.
    A trailing slash is removed."""
    env = os.environ if environ is None else environ
    url = base_url or (env.get(config.base_url_env) if config.base_url_env else None)
    return (url or config.default_base_url).rstrip("/")
