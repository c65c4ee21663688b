"""Stage 2 — check that a document is an OpenAPI 3.0/3.1/3.2 description we can generate from.

Errors say where (a JSON pointer) and what to change; all of them are reported in one run. Known, harmless deviations from the
standard are normalised on a copy and reported as warnings; the caller's document is not changed
(the copy shares every part it does not change with it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError, Diagnostics, child, pointer
from codegen.output.cache import Cache
from codegen.spec import discriminators, units
from codegen.spec.media import is_item_stream
from codegen.spec.resolve import Resolver, members

# ``query`` is OpenAPI 3.2's QUERY method (absent from 3.0/3.1 documents, so harmless there).
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")
_VERSION = re.compile(r"^3\.(0|1|2)\.\d+$")
_PATH_PARAM = re.compile(r"{([^{}]+)}")
_LOCATIONS = frozenset({"path", "query", "header", "cookie", "querystring"})


def _check_version(doc: dict[str, Any]) -> None:
    if "swagger" in doc:
        raise CodegenError(
            f"this is a Swagger {doc['swagger']} document; only OpenAPI 3.0, 3.1 and 3.2 are supported",
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
            hint="Supported: 3.0.x, 3.1.x and 3.2.x.",
        )
    if not isinstance(doc.get("info"), dict):
        raise CodegenError(
            "the document has no `info` object",
            pointer="#",
            hint="Add info with title and version.",
        )
    if (
        "paths" not in doc
        and isinstance(doc.get("webhooks"), dict)
        and not version.startswith("3.0")
    ):
        return  # 3.1: a document of webhooks only; validate() gives it an empty `paths`
    if not isinstance(doc.get("paths"), dict):
        raise CodegenError(
            "the document has no `paths` object, so there is nothing to generate",
            pointer=pointer("paths"),
            hint="Add the API's paths (OpenAPI 3.1 also allows `webhooks` alone).",
        )


# A parameter and where it is: the pointer of the object holding ``parameters``, and its index
# (the pointer text is built only for an error: GitHub has four thousand parameters).
Param = tuple[dict[str, Any], str, int]


def _param_at(param: Param) -> str:
    return child(param[1], "parameters", param[2])


def _params(resolver: Resolver, node: dict[str, Any], at: str, diags: Diagnostics) -> list[Param]:
    """The (dereferenced) parameter objects of a path item or operation, with their places.

    A parameter whose `$ref` leads nowhere is reported and left out.
    """
    out = []
    raw = node.get("parameters") or []
    for i, param in enumerate(raw if isinstance(raw, list) else []):
        try:
            resolved, _ = resolver.deref(param, "#")
        except CodegenError:
            with diags.collecting():  # the same failure, reported at the parameter
                resolver.deref(param, child(at, "parameters", i))
            continue
        if isinstance(resolved, dict):
            out.append((resolved, at, i))
    return out


def _check_refs(resolver: Resolver, node: Any, at: str, diags: Diagnostics) -> None:
    """Every `$ref` inside ``node`` (one operation) must lead somewhere; each one that does not
    is recorded at its own pointer, so the operation is left out and the run goes on to report
    the problems of the others, instead of failing as a whole when the document is bundled."""
    stack = [(node, at, False)]
    while stack:
        current, here, names = stack.pop()
        if isinstance(current, dict):
            if not names and isinstance(current.get("$ref"), str):
                with diags.collecting():
                    resolver.deref({"$ref": current["$ref"]}, here)
            stack.extend((v, child(here, k), inner) for k, v, inner in members(current, names))
        elif isinstance(current, list):
            stack.extend((value, child(here, i), False) for i, value in enumerate(current))


def _check_operations(resolver: Resolver, diags: Diagnostics, idx: units.Index) -> None:
    seen_ids: dict[str, str] = {}
    leads: dict[str, bool] = {}  # a `$ref` string -> whether it leads somewhere

    def all_lead(refs: tuple[str, ...]) -> bool:
        for ref in refs:
            if ref not in leads:
                try:
                    resolver.deref({"$ref": ref}, "#")
                    leads[ref] = True
                except CodegenError:
                    leads[ref] = False
            if not leads[ref]:
                return False
        return True

    for path, raw_item in resolver.root["paths"].items():
        item_at = pointer("paths", path)
        with diags.collecting():
            item, _ = resolver.deref(raw_item, item_at)
            if not isinstance(item, dict):
                raise CodegenError("a path item must be an object", pointer=item_at)
            shared = _params(resolver, item, item_at, diags)
            used = _PATH_PARAM.findall(path)
            facts = idx.facts(raw_item)
            for method in METHODS:
                if item.get(method) is not None:
                    with diags.collecting():
                        op_at = child(item_at, method)
                        _check_operation(
                            resolver, item[method], op_at, used, shared, seen_ids, diags
                        )
                        # The refs of another file's item are bundling's to check; a walk
                        # for its pointers only when one of the operation's refs fails.
                        refs = facts.refs.get(method, ())
                        if "$ref" not in raw_item and not all_lead(refs):
                            _check_refs(resolver, item[method], op_at, diags)


def _check_operation(
    resolver: Resolver,
    op: Any,
    op_at: str,
    used: list[str],
    shared: list[Param],
    seen_ids: dict[str, str],
    diags: Diagnostics,
) -> None:
    """One operation of a path item; each problem is recorded (a malformed operation ends it)."""
    if not isinstance(op, dict):
        raise CodegenError("an operation must be an object", pointer=op_at)
    if "responses" in op and not isinstance(op["responses"], dict):
        diags.error(
            CodegenError(
                "`responses` must be an object keyed by status code",
                pointer=child(op_at, "responses"),
                hint='Write it as {"200": {"description": "..."}}.',
            )
        )
    op_id = op.get("operationId")
    if op_id is not None:
        if op_id in seen_ids:
            diags.error(
                CodegenError(
                    f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})",
                    pointer=child(op_at, "operationId"),
                    hint="operationIds must be unique; rename one of them.",
                )
            )
        else:
            seen_ids[op_id] = op_at
    own = _params(resolver, op, op_at, diags)
    for placed in own + shared:
        param = placed[0]
        if "in" not in param:
            diags.error(
                CodegenError(
                    f"parameter {param.get('name')!r} has no `in`",
                    pointer=_param_at(placed),
                    hint="Say where it goes: `in` is one of path, query, header or cookie.",
                )
            )
        elif param["in"] not in _LOCATIONS:
            diags.error(
                CodegenError(
                    f"unknown parameter location {param['in']!r}",
                    pointer=child(_param_at(placed), "in"),
                    hint="`in` is one of path, query, header or cookie.",
                )
            )
    # Where each path parameter is declared: the operation's own declaration wins.
    declared: dict[Any, Param] = {}
    for placed in own + shared:
        if placed[0].get("in") == "path":
            declared.setdefault(placed[0].get("name"), placed)
    for name in used:
        if name not in declared:
            diags.error(
                CodegenError(
                    f"path parameter {{{name}}} is used in the path but not declared",
                    pointer=op_at,
                    hint=f'Declare it: {{"name": "{name}", "in": "path", "required": true, '
                    '"schema": {"type": "string"}}.',
                )
            )
    for name in sorted(n for n in declared if isinstance(n, str) and n not in used):
        diags.error(
            CodegenError(
                f"path parameter {name!r} is declared but the path has no {{{name}}}",
                pointer=_param_at(declared[name]),
                hint="Remove the parameter or add the placeholder to the path.",
            )
        )


_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # RFC 9110 field-name


def _check_security(doc: dict[str, Any], diags: Diagnostics) -> None:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items():
        if not isinstance(scheme, dict):
            continue
        header = scheme.get("name")
        place = scheme.get("in")
        is_token_key = scheme.get("type") == "apiKey" and place in ("header", "cookie")
        if is_token_key and not (isinstance(header, str) and _TOKEN.match(header)):
            what = "header" if place == "header" else "cookie"
            diags.error(
                CodegenError(
                    f"security scheme {name!r} names the {what} {header!r}, which is not a valid "
                    f"HTTP {what} name",
                    pointer=pointer("components", "securitySchemes", name, "name"),
                    hint="Use letters, digits and - (for example x-api-key).",
                )
            )


def _check_32(doc: dict[str, Any], diags: Diagnostics, idx: units.Index) -> None:
    """OpenAPI 3.2 constructs the generator does not (fully) support, each named with its
    pointer: ``$self``, ``additionalOperations`` and ``itemSchema`` on a response media type."""
    if "$self" in doc:
        diags.warn(
            "`$self` is not supported",
            pointer("$self"),
            "relative references are resolved against the file's own location",
        )
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        if "additionalOperations" not in item and "itemSchema" not in idx.facts(item).words:
            continue  # neither is in it (its facts, :mod:`codegen.spec.units`)
        extra = item.get("additionalOperations")
        for method in extra if isinstance(extra, dict) else {}:
            diags.warn(
                f"the {method} operation under additionalOperations is not generated",
                pointer("paths", path, "additionalOperations", method),
                "call it with the client's http_client, or ask for a method to be added",
            )
        for method in METHODS:
            op = item.get(method)
            responses = op.get("responses") if isinstance(op, dict) else None
            for code, response in (responses if isinstance(responses, dict) else {}).items():
                content = response.get("content") if isinstance(response, dict) else None
                for media, entry in (content if isinstance(content, dict) else {}).items():
                    if (
                        isinstance(entry, dict)
                        and "itemSchema" in entry
                        and not is_item_stream(media)
                    ):
                        diags.warn(
                            f"the streamed response {media!r} (itemSchema) is not parsed item by "
                            "item",
                            pointer("paths", path, method, "responses", code, "content", media),
                            "only text/event-stream and JSON Lines are read item by item; the "
                            "method returns the whole body at once",
                        )


def validate(
    document: dict[str, Any],
    diags: Diagnostics,
    *,
    base_dir: Path | None = None,
    root_file: Path | None = None,
    keep_going: bool = False,
    cache: Cache | None = None,
) -> dict[str, Any]:
    """Check ``document`` and return a normalised copy.

    References are followed with the same :class:`Resolver` later stages use (relative files
    under ``base_dir`` included). Every problem is recorded in ``diags``; the check fails once at
    the end with all of them. A document that is not OpenAPI 3 at all fails at once.

    ``keep_going``: when every problem lies inside operations, return the copy without those
    operations (their ``METHOD /path`` keys in ``diags.skipped``) and leave the errors in
    ``diags``, so the next stage can report its own problems in the same run.

    The copy shares what it does not change with ``document`` (a deep copy took a third of
    GitHub's validation; no later step writes into a document). The `$ref`s of each
    operation and where discriminators are come from the units' facts (:mod:`codegen.spec.units`;
    with ``cache``, those of the run, and the previous run's for unchanged units).
    """
    _check_version(document)
    idx = units.index(cache)
    doc = dict(document)
    # only webhooks (3.1): models for their payloads, no resources
    doc["paths"] = dict(doc["paths"]) if "paths" in doc else {}
    resolver = Resolver(doc, base_dir, root_file=root_file)
    read = discriminators.check(doc, resolver, diags, idx)
    if read:
        discriminators.normalise(doc, read)
    _check_operations(resolver, diags, idx)
    _check_security(doc, diags)
    _check_32(doc, diags, idx)
    if keep_going and diags.errors and all(e.pointer.startswith("#/paths/") for e in diags.errors):
        _drop_failed(doc, diags)  # (nothing to drop without errors)
    else:
        diags.raise_errors()
    return doc


def _drop_failed(doc: dict[str, Any], diags: Diagnostics) -> None:
    """Leave out of ``doc`` every operation (or path item) an error was recorded in (``doc``'s
    own ``paths``; a path item it shares with the caller's document is copied first)."""
    for path, item in list(doc["paths"].items()):
        item_at = pointer("paths", path)
        if not isinstance(item, dict) or ("$ref" in item and diags.failed_under(item_at)):
            del doc["paths"][path]
            diags.skipped.update(f"{m.upper()} {path}" for m in METHODS)
            continue
        copied = False
        for method in METHODS:
            own = method in item and diags.failed_under(child(item_at, method))
            if own or (method in item and diags.failed_under(child(item_at, "parameters"))):
                if not copied:
                    item = doc["paths"][path] = dict(item)
                    copied = True
                del item[method]
                diags.skipped.add(f"{method.upper()} {path}")
