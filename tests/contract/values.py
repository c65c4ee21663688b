"""Valid argument values built from an OpenAPI document, for calling every operation.

A value comes from the schema's own hints first (`const`, `enum`, `example`, `examples`,
`default`), then from its type and format. Objects carry their required properties, or every
property when ``full`` is set, so that optional wire names are exercised too. Plain Python values
only: the generated methods validate dicts into their models.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_FORMATS: dict[str, Any] = {
    "uri": "https://example.com/media/file.mp4",
    "url": "https://example.com/media/file.mp4",
    "email": "user@example.com",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "date-time": "2026-04-01T12:00:00Z",
    "date": "2026-04-01",
    "binary": b"contract-test-bytes",
}

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class Spec:
    """An OpenAPI document with local `$ref` resolution."""

    document: dict[str, Any]

    def deref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"cannot follow $ref {ref!r}")
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(METHOD, path, operation) for every operation not marked `x-excluded: true`."""
        found = []
        for path, item in self.document.get("paths", {}).items():
            item = self.deref(item)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is not None and operation.get("x-excluded") is not True:
                    found.append((method.upper(), path, operation))
        return found

    def parameters(self, path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
        """Path-item and operation parameters, resolved; the operation's win by (name, in)."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        item = self.deref(self.document["paths"][path])
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            param = self.deref(raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def parameter_value(self, param: dict[str, Any], *, full: bool) -> Any:
        if "example" in param:
            return param["example"]
        examples = param.get("examples")
        if isinstance(examples, dict) and examples:
            first = self.deref(next(iter(examples.values())))
            if "value" in first:
                return first["value"]
        return self.value(param.get("schema", {}), full=full)

    def value(self, schema: Any, *, full: bool) -> Any:
        """A value valid for ``schema``."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return "value"
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            choices = [v for v in schema["enum"] if v is not None]
            return choices[0] if choices else None
        if "allOf" in schema:
            merged = _merge([self.deref(part) for part in schema["allOf"]] + [_strip(schema)])
            return self.value(merged, full=full)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.deref(b) for b in schema[key]]
                usable = [b for b in branches if b.get("type") != "null"] or branches
                return self.value(_merge([usable[0], _strip(schema)]), full=full)
        kind = _type(schema)
        if kind in ("object", None) and ("properties" in schema or kind == "object"):
            return self._object(schema, full=full)
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        if schema.get("default") is not None:
            return schema["default"]
        if kind == "array":
            count = max(1, schema.get("minItems", 1))
            return [self.value(schema.get("items", {}), full=full) for _ in range(count)]
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return float(schema.get("minimum", 1.0))
        if kind == "boolean":
            return True
        if kind == "string" or kind is None:
            text = _FORMATS.get(schema.get("format", ""), "value")
            if isinstance(text, str) and len(text) < schema.get("minLength", 0):
                text = text + "x" * (schema["minLength"] - len(text))
            return text
        return None

    def _object(self, schema: dict[str, Any], *, full: bool) -> Any:
        properties: dict[str, Any] = schema.get("properties", {})
        if not properties and "example" in schema:
            return schema["example"]
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for name, sub in properties.items():
            sub = self.deref(sub)
            if sub.get("readOnly"):
                continue
            if name in required or full:
                result[name] = self.value(sub, full=full)
        return result


def _type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = [k for k in kind if k != "null"]
        return rest[0] if rest else None
    return kind


def _strip(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` without its composition keywords (so it can be merged into a branch), nor a
    `null` default (a branch's own type gives a better value than the absent one)."""
    dropped = ("allOf", "oneOf", "anyOf", "discriminator")
    stripped = {k: v for k, v in schema.items() if k not in dropped}
    if stripped.get("default", 0) is None:
        del stripped["default"]
    return stripped


def _merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            elif key in ("description", "title"):
                continue
            else:
                merged[key] = value
    return merged
