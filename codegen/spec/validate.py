"""Stage 2 — check that a document is an OpenAPI 3.0/3.1 description we can generate from.

Errors say where (a JSON pointer) and what to change. Known, harmless deviations from the
standard are normalised on a copy and reported as warnings; the caller's document is not changed.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from codegen.errors import CodegenError, Diagnostics, child, pointer
from codegen.spec.resolve import Resolver, Target

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_VERSION = re.compile(r"^3\.(0|1)\.\d+$")
_PATH_PARAM = re.compile(r"{([^{}]+)}")


def _check_version(doc: dict[str, Any]) -> None:
    if "swagger" in doc:
        raise CodegenError(
            f"this is a Swagger {doc['swagger']} document; only OpenAPI 3.0 and 3.1 are supported",
            pointer=pointer("swagger"),
            hint="Convert it to OpenAPI 3 first (for example with the swagger2openapi tool), "
            "then generate from the converted file.",
        )
    version = doc.get("openapi")
    if version is None:
        raise CodegenError(
            "not an OpenAPI document: there is no `openapi` field",
            pointer="#",
            hint='An OpenAPI document starts with "openapi": "3.1.0" (or 3.0.x), `info` and `paths`.',
        )
    if not isinstance(version, str) or not _VERSION.match(version):
        raise CodegenError(
            f"unsupported OpenAPI version {version!r}",
            pointer=pointer("openapi"),
            hint="Supported: 3.0.x and 3.1.x.",
        )
    if not isinstance(doc.get("info"), dict):
        raise CodegenError(
            "the document has no `info` object",
            pointer="#",
            hint="Add info with title and version.",
        )
    if not isinstance(doc.get("paths"), dict):
        raise CodegenError(
            "the document has no `paths` object, so there is nothing to generate",
            pointer=pointer("paths"),
            hint="Add the API's paths.",
        )


def _check_discriminators(
    node: Any, path: list[str | int], doc: dict[str, Any], diags: Diagnostics
) -> None:
    """One walk over the document for discriminator mappings.

    A mapping value written as ``{"$ref": X}`` instead of the string ``X`` is read as ``X`` (with a
    warning); a local mapping target that does not exist is an error at its mapping entry.
    ``path`` holds the tokens leading to ``node`` (one shared list, extended and shortened as the
    walk goes: building a pointer string for each of GitHub's 500k nodes took a third of a second).
    """
    if isinstance(node, dict):
        disc = node.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("mapping"), dict):
            for key, value in list(disc["mapping"].items()):
                entry = pointer(*path, "discriminator", "mapping", key)
                if (
                    isinstance(value, dict)
                    and isinstance(value.get("$ref"), str)
                    and len(value) == 1
                ):
                    value = disc["mapping"][key] = value["$ref"]
                    diags.warn(
                        "discriminator mapping value is an object; OpenAPI wants a string",
                        entry,
                        f"used its $ref {value!r}",
                    )
                if not isinstance(value, str):
                    raise CodegenError(
                        "discriminator mapping values must be strings (schema names or $refs)",
                        pointer=entry,
                        hint='Write it as "#/components/schemas/Name".',
                    )
                if value.startswith("#/"):
                    try:
                        Resolver(doc).lookup(Target(None, value), entry)
                    except CodegenError:
                        raise CodegenError(
                            f"discriminator mapping {key!r} points at {value}, which does not exist",
                            pointer=entry,
                            hint="Point it at an existing schema, or add the schema.",
                        ) from None
        for key, value in node.items():
            if isinstance(value, dict | list):
                path.append(key)
                _check_discriminators(value, path, doc, diags)
                path.pop()
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, dict | list):
                path.append(i)
                _check_discriminators(value, path, doc, diags)
                path.pop()


def _deref_param(doc: dict[str, Any], param: Any) -> Any:
    ref = param.get("$ref") if isinstance(param, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
        return doc.get("components", {}).get("parameters", {}).get(ref.rsplit("/", 1)[1], param)
    return param


def _check_operations(doc: dict[str, Any]) -> None:
    seen_ids: dict[str, str] = {}
    for path, item in doc["paths"].items():
        item_at = pointer("paths", path)
        if not isinstance(item, dict):
            raise CodegenError("a path item must be an object", pointer=item_at)
        used = _PATH_PARAM.findall(path)
        shared = [_deref_param(doc, p) for p in item.get("parameters", []) or []]
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_at = child(item_at, method)
            if not isinstance(op, dict):
                raise CodegenError("an operation must be an object", pointer=op_at)
            if "responses" in op and not isinstance(op["responses"], dict):
                raise CodegenError(
                    "`responses` must be an object keyed by status code",
                    pointer=child(op_at, "responses"),
                    hint='Write it as {"200": {"description": "..."}}.',
                )
            op_id = op.get("operationId")
            if op_id is not None:
                if op_id in seen_ids:
                    raise CodegenError(
                        f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})",
                        pointer=child(op_at, "operationId"),
                        hint="operationIds must be unique; rename one of them.",
                    )
                seen_ids[op_id] = op_at
            params = shared + [_deref_param(doc, p) for p in op.get("parameters", []) or []]
            declared = {
                p.get("name") for p in params if isinstance(p, dict) and p.get("in") == "path"
            }
            for name in used:
                if name not in declared:
                    raise CodegenError(
                        f"path parameter {{{name}}} is used in the path but not declared",
                        pointer=op_at,
                        hint=f'Declare it: {{"name": "{name}", "in": "path", "required": true, '
                        '"schema": {"type": "string"}}.',
                    )
            own = [_deref_param(doc, p) for p in op.get("parameters", []) or []]
            where = {
                p.get("name"): child(op_at, "parameters", i)
                for i, p in enumerate(own)
                if isinstance(p, dict) and p.get("in") == "path"
            }
            for i, p in enumerate(shared):
                if isinstance(p, dict) and p.get("in") == "path":
                    where.setdefault(p.get("name"), child(item_at, "parameters", i))
            for name in sorted(n for n in declared if isinstance(n, str) and n not in used):
                raise CodegenError(
                    f"path parameter {name!r} is declared but the path has no {{{name}}}",
                    pointer=where.get(name, op_at),
                    hint="Remove the parameter or add the placeholder to the path.",
                )


_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # RFC 9110 field-name


def _check_security(doc: dict[str, Any]) -> None:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items():
        if not isinstance(scheme, dict):
            continue
        header = scheme.get("name")
        is_header_key = scheme.get("type") == "apiKey" and scheme.get("in") == "header"
        if is_header_key and not (isinstance(header, str) and _TOKEN.match(header)):
            raise CodegenError(
                f"security scheme {name!r} names the header {header!r}, which is not a valid "
                "HTTP header name",
                pointer=pointer("components", "securitySchemes", name, "name"),
                hint="Use letters, digits and - (for example x-api-key).",
            )


def validate(document: dict[str, Any], diags: Diagnostics) -> dict[str, Any]:
    """Check ``document`` and return a normalised copy."""
    _check_version(document)
    doc = copy.deepcopy(document)
    _check_discriminators(doc, [], doc, diags)
    _check_operations(doc)
    _check_security(doc)
    return doc
