"""The client's identity: package and class names, environment prefix, version, base URL.

Read from ``info`` and ``servers``, with the overrides file's
``[client]`` table and ``--package`` taking precedence.
"""

from __future__ import annotations

import re
import sys

from codegen.build.context import Context
from codegen.errors import CodegenError, pointer
from codegen.ir import naming
from codegen.ir.naming import Identifier

_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$")


def identity(ctx: Context) -> tuple[Identifier, Identifier, str, str]:
    """Package name, client class name, environment prefix and package version."""
    info = ctx.doc["info"]
    title = info.get("title") if isinstance(info.get("title"), str) else "api"
    client = ctx.overrides.client
    src = ctx.settings.overrides_source
    package = naming.package_name(info, ctx.settings.package, client.package, src)
    name = (
        naming.from_override(client.name, "#/client/name", src)
        if client.name
        else naming.pascal(title)
    )
    prefix = client.env_prefix or naming.constant(package)
    if not naming.constant(prefix) == prefix:
        raise CodegenError(
            f"env_prefix {prefix!r} must be upper-case letters, digits and underscores",
            pointer="#/client/env_prefix",
            source=src,
        )
    version = client.version or str(info.get("version", "0.0.0"))
    if not _VERSION.match(version):
        ctx.diags.warn(
            f"info.version {version!r} is not a package version",
            pointer("info", "version"),
            "used 0.0.0 (it goes into the User-Agent header and pyproject.toml)",
        )
        version = "0.0.0"
    if package in sys.stdlib_module_names or package in ("httpx", "pydantic"):
        raise CodegenError(
            f"the package would be named {package!r}, which shadows a module it needs",
            pointer=pointer("info", "title"),
            hint="Name the package with --package or [client] package in the overrides file.",
        )
    return package, name, prefix, version


def base_url(ctx: Context) -> str:
    """The first server's URL with its variables at their defaults ("" with a warning if none)."""
    servers = ctx.doc.get("servers") or []
    if not servers or not isinstance(servers[0], dict) or not servers[0].get("url"):
        ctx.diags.warn(
            "the document names no server", pointer("servers"), "clients must pass base_url"
        )
        return ""
    server = servers[0]
    url = str(server["url"])
    for name, var in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(var.get("default", "")))
    return url.rstrip("/")
