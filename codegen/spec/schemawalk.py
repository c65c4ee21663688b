"""Where the schemas of an OpenAPI document are, and which keys of a schema hold schemas.

A schema walk that recurses into every dict takes the *names* in a ``properties`` map (or
``patternProperties``, ``$defs``, a discriminator ``mapping``, an ``example`` payload…) for schema
keywords: a property called ``format`` or ``anyOf`` then looks like that keyword. Every walk
over schemas goes through this module instead, which knows the shape of both levels:

- the document: paths, webhooks, operations, parameters, bodies, responses, headers, media
  types, callbacks and components, down to each ``schema``;
- a schema: the keywords whose value is a schema, a list of schemas, or a map of names to
  schemas (JSON Schema 2020-12 and the older drafts OpenAPI 3.0 borrows from). Every other
  keyword's value is data and is never entered.

Both walks are iterative, so a schema nested thousands deep needs no recursion limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Tokens = tuple[str | int, ...]

ONE = frozenset(
    {
        "items",  # a schema, or a list of schemas before 2020-12
        "not",
        "additionalProperties",
        "additionalItems",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "contentSchema",
    }
)
LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
MAP = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"}
)

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")


def schema_children(schema: Any) -> Iterator[tuple[Tokens, Any]]:
    """The direct sub-schemas of ``schema``, each with the tokens leading to it."""
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key in ONE:
            if isinstance(value, dict):
                yield (key,), value
            elif key == "items" and isinstance(value, list):
                yield from (((key, i), v) for i, v in enumerate(value) if isinstance(v, dict))
        elif key in LIST and isinstance(value, list):
            yield from (((key, i), v) for i, v in enumerate(value) if isinstance(v, dict))
        elif key in MAP and isinstance(value, dict):
            # ``dependencies`` values may also be lists of property names: not schemas.
            yield from (((key, n), v) for n, v in value.items() if isinstance(v, dict))


def _media(node: Any, at: Tokens) -> Iterator[tuple[Tokens, Any]]:
    if not isinstance(node, dict):
        return
    if isinstance(node.get("schema"), dict):
        yield (*at, "schema"), node["schema"]
    for name, enc in _map(node.get("encoding")):
        for h, header in _map(enc.get("headers") if isinstance(enc, dict) else None):
            yield from _carrier((*at, "encoding", name, "headers", h), header)


def _map(node: Any) -> Iterator[tuple[str, Any]]:
    return iter(node.items()) if isinstance(node, dict) else iter(())


def _content(node: dict[str, Any], at: Tokens) -> Iterator[tuple[Tokens, Any]]:
    for media_type, media in _map(node.get("content")):
        yield from _media(media, (*at, "content", media_type))


def _carrier(at: Tokens, node: Any) -> Iterator[tuple[Tokens, Any]]:
    """A parameter, header or request body: a ``schema`` and/or ``content``."""
    if not isinstance(node, dict):
        return
    if isinstance(node.get("schema"), dict):
        yield (*at, "schema"), node["schema"]
    yield from _content(node, at)


def _response(at: Tokens, node: Any) -> Iterator[tuple[Tokens, Any]]:
    if not isinstance(node, dict):
        return
    for h, header in _map(node.get("headers")):
        yield from _carrier((*at, "headers", h), header)
    yield from _content(node, at)


def _operation(at: Tokens, op: Any) -> Iterator[tuple[Tokens, Any]]:
    if not isinstance(op, dict):
        return
    for i, param in enumerate(op.get("parameters") or []):
        yield from _carrier((*at, "parameters", i), param)
    yield from _carrier((*at, "requestBody"), op.get("requestBody"))
    for code, resp in _map(op.get("responses")):
        yield from _response((*at, "responses", code), resp)
    for name, callback in _map(op.get("callbacks")):
        for expr, item in _map(callback):
            yield from _path_item((*at, "callbacks", name, expr), item)


def _path_item(at: Tokens, item: Any) -> Iterator[tuple[Tokens, Any]]:
    if not isinstance(item, dict):
        return
    params = item.get("parameters")
    for i, param in enumerate(params if isinstance(params, list) else []):
        yield from _carrier((*at, "parameters", i), param)
    for method in _METHODS:
        yield from _operation((*at, method), item.get(method))
    for method, op in _map(item.get("additionalOperations")):  # OpenAPI 3.2
        yield from _operation((*at, "additionalOperations", method), op)


def document_roots(document: Any) -> Iterator[tuple[Tokens, Any]]:
    """Every place of ``document`` that holds a schema directly (not the schemas inside those)."""
    if not isinstance(document, dict):
        return
    for section in ("paths", "webhooks"):
        for key, item in _map(document.get(section)):
            yield from _path_item((section, key), item)
    components = document.get("components")
    if not isinstance(components, dict):
        return
    for name, schema in _map(components.get("schemas")):
        if isinstance(schema, dict):
            yield ("components", "schemas", name), schema
    for kind in ("parameters", "headers", "requestBodies"):
        for name, node in _map(components.get(kind)):
            yield from _carrier(("components", kind, name), node)
    for name, node in _map(components.get("responses")):
        yield from _response(("components", "responses", name), node)
    for name, node in _map(components.get("mediaTypes")):  # OpenAPI 3.2
        yield from _media(node, ("components", "mediaTypes", name))
    for name, callback in _map(components.get("callbacks")):
        for expr, item in _map(callback):
            yield from _path_item(("components", "callbacks", name, expr), item)
    for name, item in _map(components.get("pathItems")):
        yield from _path_item(("components", "pathItems", name), item)


def walk(document: Any) -> Iterator[tuple[Tokens, dict[str, Any]]]:
    """Every schema of ``document`` (roots and all their sub-schemas), parents first."""
    todo = [(at, node) for at, node in document_roots(document)]
    todo.reverse()
    while todo:
        at, node = todo.pop()
        yield at, node
        kids = [((*at, *tokens), kid) for tokens, kid in schema_children(node)]
        todo.extend(reversed(kids))


def map_schema(schema: dict[str, Any], fn: Callable[[dict[str, Any]], Any]) -> Any:
    """``schema`` rebuilt children first, each schema in it replaced by ``fn(schema)``.

    ``fn`` gets a new dict whose sub-schemas are already mapped. Iterative (an explicit stack).
    """
    # Each frame: the schema and the (tokens, child) list; results collected per frame.
    stack: list[tuple[dict[str, Any], list[tuple[Tokens, Any]], list[Any]]] = [
        (schema, list(schema_children(schema)), [])
    ]
    result: Any = None
    while stack:
        node, kids, done = stack[-1]
        if len(done) < len(kids):
            kid = kids[len(done)][1]
            stack.append((kid, list(schema_children(kid)), []))
            continue
        stack.pop()
        before: dict[Any, Any] = node
        new: dict[Any, Any] = dict(node)
        for (tokens, _), value in zip(kids, done, strict=True):
            if len(tokens) == 1:
                new[tokens[0]] = value
            else:
                key, sub = tokens
                container: Any = new[key]
                if container is before[key]:  # copy each container once
                    container = new[key] = (
                        list(container) if isinstance(container, list) else dict(container)
                    )
                container[sub] = value
        result = fn(new)
        if stack:
            stack[-1][2].append(result)
    return result


def map_document(document: dict[str, Any], fn: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    """A copy of ``document`` with every schema replaced by ``fn`` (children first).

    Only the containers on the way to a schema are copied; everything else is shared.
    """
    out = _copy_path(document)
    for at, schema in list(document_roots(document)):
        parent = out
        original: Any = document
        for token in at[:-1]:
            original = original[token]
            child = parent[token]
            if child is original:  # still shared with the input: copy before writing
                child = parent[token] = _copy_path(original)
            parent = child
        parent[at[-1]] = map_schema(schema, fn)
    return dict(out)


def _copy_path(node: Any) -> Any:
    return list(node) if isinstance(node, list) else dict(node)
