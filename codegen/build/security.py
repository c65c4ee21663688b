"""Security: the client's credentials (``components.securitySchemes``) and the requirements
(the document's ``security``, an operation's own) as data the runtime checks (``_auth``).

One credential per scheme, named by :func:`codegen.ir.naming.credential_names` and read from
``<PREFIX>_<NAME>`` when not passed. Requirements keep OpenAPI's meaning: the schemes of one
object together, the objects as alternatives, ``{}`` optional, ``[]`` none. A header (query,
cookie) parameter that is an API key scheme's is no method argument: the credential sends it,
so the operation's requirements gain that scheme (each alternative, when the parameter is
required; as an extra alternative tried first, when optional).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

from codegen.build.context import Context, doc_of
from codegen.errors import CodegenError, child, pointer
from codegen.ir import naming
from codegen.ir.naming import Identifier
from codegen.ir.records import (
    ApiKeyScheme,
    AuthScheme,
    BasicScheme,
    BearerScheme,
    Param,
    ParamLocation,
    Security,
)

_API_KEY_PLACES = {"header", "query", "cookie"}


@dataclass(frozen=True, slots=True)
class Schemes:
    """The schemes the client supports, by their spec name, the wire places API keys take
    (``(location, name)``, header names lower-cased) and the document's requirements."""

    schemes: tuple[AuthScheme, ...] = ()
    by_key: dict[str, AuthScheme] = field(default_factory=dict)
    places: dict[tuple[str, str], ApiKeyScheme] = field(default_factory=dict)
    unsupported: frozenset[str] = frozenset()
    security: Security | None = ()


def _kind(scheme: dict[str, Any]) -> str | None:
    kind = scheme.get("type")
    if kind == "apiKey" and scheme.get("in") in _API_KEY_PLACES and scheme.get("name"):
        return "api_key"
    http = str(scheme.get("scheme", "")).lower() if kind == "http" else ""
    if http == "bearer" or kind in ("oauth2", "openIdConnect"):
        return "token"
    return "basic" if http == "basic" else None


def _place(location: str, name: str) -> tuple[str, str]:
    return (location, name.lower() if location == "header" else name)


def schemes(ctx: Context, prefix: str) -> Schemes:
    """The credentials the client takes, one per supported scheme, in document order; an
    unsupported scheme is a warning (its credential can go in ``default_headers``)."""
    raw = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    found: list[tuple[str, dict[str, Any], str, str]] = []
    unsupported: set[str] = set()
    for key, node in raw.items():
        scheme, at = ctx.deref(node, pointer("components", "securitySchemes", key))
        kind = _kind(scheme) if isinstance(scheme, dict) else None
        if kind is None:
            what = scheme.get("type") if isinstance(scheme, dict) else None
            detail = f"{what} {scheme.get('scheme') or scheme.get('in') or ''}".strip()
            ctx.diags.warn(
                f"security scheme {key!r} ({detail}) is not supported",
                at,
                "left it out; pass its credential with default_headers (or http_client)",
            )
            unsupported.add(str(key))
            continue
        found.append((str(key), scheme, kind, at))
    names = naming.credential_names((key, kind) for key, _, kind, _ in found)
    out: list[AuthScheme] = []
    for (key, scheme, kind, at), chosen in zip(found, names, strict=True):
        if chosen is None:
            raise CodegenError(
                f"security scheme {key!r} gets no credential name that is not already taken",
                pointer=at,
                hint="Rename the scheme in components.securitySchemes.",
            )
        param, doc = chosen[0], doc_of(scheme)
        env = f"{prefix}_{naming.constant(param)}"
        if kind == "api_key":
            location = ParamLocation(scheme["in"])
            out.append(ApiKeyScheme(param, str(scheme["name"]), env, doc, location, key))
        elif kind == "token":
            out.append(BearerScheme(param, env, doc, key))
        else:
            password_env = f"{prefix}_{naming.constant(chosen[1])}"
            out.append(BasicScheme(param, chosen[1], env, password_env, doc, key))
    by_key = {s.key: s for s in out}
    places: dict[tuple[str, str], ApiKeyScheme] = {}
    for s in out:
        if isinstance(s, ApiKeyScheme):
            places.setdefault(_place(s.location.value, s.wire_name), s)
    info = Schemes(tuple(out), by_key, places, frozenset(unsupported))
    return replace(info, security=_document_security(ctx, info))


def _document_security(ctx: Context, info: Schemes) -> Security | None:
    if "security" in ctx.doc:
        return requirements(ctx, info, ctx.doc["security"], pointer("security"))
    if not info.schemes:
        return ()
    uses = any(
        isinstance(op, dict) and "security" in op
        for item in (ctx.doc.get("paths") or {}).values()
        if isinstance(item, dict)
        for op in item.values()
    )
    if uses:
        return ()  # operations say what they need; the others need nothing
    ctx.diags.warn(
        "the document declares security schemes but no `security` requirement",
        pointer("components", "securitySchemes"),
        "each credential is optional: the client sends the first one configured",
    )
    return (*((s.param,) for s in info.schemes), ())


def requirements(ctx: Context, info: Schemes, node: object, at: str) -> Security:
    """A ``security`` list as data; a scheme the client cannot send is left out of each
    requirement (warned about once, where the scheme is defined or, if undefined, here)."""
    if not isinstance(node, list):
        ctx.diags.warn("`security` is not a list", at, "ignored it: no auth")
        return ()
    out: list[tuple[Identifier, ...]] = []
    for i, requirement in enumerate(node):
        if not isinstance(requirement, dict):
            ctx.diags.warn("a security requirement is not an object", child(at, i), "ignored it")
            continue
        names: list[Identifier] = []
        for key in requirement:
            scheme = info.by_key.get(str(key))
            if scheme is not None:
                names.append(scheme.param)
            elif key not in info.unsupported:
                ctx.diags.warn(
                    f"the security requirement names {key!r}, which is no security scheme",
                    child(at, i, str(key)),
                    "left it out of the requirement",
                )
        out.append(_ordered(info, names))
    return tuple(dict.fromkeys(out))


def _ordered(info: Schemes, names: list[Identifier]) -> tuple[Identifier, ...]:
    """A requirement's schemes in document order (it is a set: equal sets compare equal)."""
    rank = {s.param: i for i, s in enumerate(info.schemes)}
    return tuple(sorted(set(names), key=rank.__getitem__))


def operation_security(
    ctx: Context, info: Schemes, op: dict[str, Any], op_at: str, params: list[Param]
) -> tuple[list[Param], Security | None]:
    """The operation's parameters without those an API key scheme sends, and its own
    requirements (None: the document's)."""
    own = (
        requirements(ctx, info, op["security"], child(op_at, "security"))
        if "security" in op
        else None
    )
    kept: list[Param] = []
    required: list[Identifier] = []
    optional: list[Identifier] = []
    for p in params:
        scheme = info.places.get(_place(p.location.value, p.wire_name))
        if scheme is None:
            kept.append(p)
            continue
        # The parameter is the credential: sent from the client's argument, required where the
        # parameter was, so the request on the wire is what the spec asks for (Apideck documents
        # its id headers both ways). Nothing to warn about.
        (required if p.required else optional).append(scheme.param)
    if required or optional:
        base = own if own is not None else info.security
        own = _with(info, base if base else ((),), required, optional)
    # the same as the document's: leave it to the client's (less generated code, same meaning)
    return kept, None if own == info.security else own


def _with(
    info: Schemes, base: Security, required: list[Identifier], optional: list[Identifier]
) -> Security:
    """Each requirement of ``base`` with ``required`` added, and, tried first, with as many of
    ``optional`` as are configured (the larger sets first)."""
    out: list[tuple[Identifier, ...]] = []
    extras = [combo for n in range(len(optional), -1, -1) for combo in combinations(optional, n)]
    for requirement in base:
        for extra in extras:
            out.append(_ordered(info, [*requirement, *required, *extra]))
    return tuple(dict.fromkeys(out))
