"""Stage 4 — the spec (bundled, validated) plus the model map → :class:`codegen.ir.records.Api`.

All naming goes through :mod:`codegen.ir.naming`; all decisions the spec cannot express come from
the overrides file. Problems that affect one operation are reported with its pointer.
"""

from __future__ import annotations

import http
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

from codegen.build.examples import NONE, ExampleBuilder, given_example
from codegen.build.typemap import TypeMapper
from codegen.errors import CodegenError, Diagnostics, child, pointer
from codegen.ir import naming
from codegen.ir.naming import Identifier
from codegen.ir.opnames import Wanted, assign, default_resource, param_key
from codegen.ir.records import (
    Api,
    ApiKeyScheme,
    AuthScheme,
    BearerScheme,
    Body,
    BodyField,
    ContentKind,
    Doc,
    ErrorClass,
    ErrorStatus,
    HttpMethod,
    ModelRef,
    Nullable,
    Operation,
    PagingRule,
    Param,
    ParamLocation,
    Poll,
    Primitive,
    Resource,
    Response,
)
from codegen.models.generate import Models
from codegen.overrides import Overrides
from codegen.spec.resolve import Resolver
from codegen.spec.validate import METHODS

_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$")

# Status errors the runtime ships; other documented statuses get a generated class.
RUNTIME_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
IDEMPOTENCY_HEADER = "idempotency-key"
# Media types a raw bytes body is the right interface for (no warning).
_RAW_MEDIA = frozenset({"application/octet-stream", "application/pdf", "application/zip"})


@dataclass(frozen=True, slots=True)
class Settings:
    """What the command line adds to the overrides file."""

    package: str | None = None
    include_excluded: bool = False
    overrides_source: str = "overrides.toml"
    published_names: Mapping[str, str] = field(default_factory=dict)


def _doc(node: dict[str, Any]) -> Doc:
    mint = node.get("x-mint")
    link = mint.get("href", "") if isinstance(mint, dict) else ""
    summary = node.get("summary", "")
    description = node.get("description", "")
    return Doc(
        summary=summary if isinstance(summary, str) else "",
        description=description if isinstance(description, str) else "",
        link=link if isinstance(link, str) else "",
    )


def error_class_name(status: int) -> tuple[Identifier, bool]:
    """The status error class for ``status`` and whether the runtime already defines it."""
    if status in RUNTIME_ERRORS:
        return naming.pascal(RUNTIME_ERRORS[status]), True
    if status >= 500:
        return naming.pascal("InternalServerError"), True
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = f"Status {status}"
    name = naming.pascal(phrase)
    return naming.pascal(name if name.endswith("Error") else f"{name} Error"), False


class Builder:
    """Walks the bundled document once and produces the IR."""

    def __init__(
        self,
        doc: dict[str, Any],
        models: Models,
        overrides: Overrides,
        settings: Settings,
        diags: Diagnostics,
    ) -> None:
        self.doc = doc
        self.models = models
        self.overrides = overrides
        self.settings = settings
        self.diags = diags
        self.resolver = Resolver(doc)
        self.types = TypeMapper(self.resolver, models)
        self.examples = ExampleBuilder(self.resolver, models, self.types)

    # ---------------------------------------------------------------- helpers

    def deref(self, node: Any, at: str) -> tuple[Any, str]:
        return self.resolver.deref(node, at)

    def _json_media(self, content: dict[str, Any]) -> str | None:
        for media in content:
            base = media.split(";")[0].strip().lower()
            if base == "application/json" or base.endswith("+json"):
                return media
        return None

    # ---------------------------------------------------------------- identity

    def _identity(self) -> tuple[Identifier, Identifier, str, str]:
        info = self.doc["info"]
        title = info.get("title") if isinstance(info.get("title"), str) else "api"
        client = self.overrides.client
        src = self.settings.overrides_source
        package = (
            naming.from_override(self.settings.package, "--package")
            if self.settings.package
            else naming.from_override(client.package, "#/client/package", src)
            if client.package
            else naming.snake(title)
        )
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
            self.diags.warn(
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

    def _base_url(self) -> str:
        servers = self.doc.get("servers") or []
        if not servers or not isinstance(servers[0], dict) or not servers[0].get("url"):
            self.diags.warn(
                "the document names no server", pointer("servers"), "clients must pass base_url"
            )
            return ""
        server = servers[0]
        url = str(server["url"])
        for name, var in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(var.get("default", "")))
        return url.rstrip("/")

    def _auth(self, prefix: str) -> tuple[AuthScheme, ...]:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        out: list[AuthScheme] = []
        api_keys = [n for n, s in schemes.items() if s.get("type") == "apiKey"]
        for name, raw in schemes.items():
            scheme, at = self.deref(raw, pointer("components", "securitySchemes", name))
            kind = scheme.get("type")
            if kind == "apiKey" and scheme.get("in") == "header":
                param = naming.snake("api_key") if len(api_keys) == 1 else naming.snake(name)
                out.append(
                    ApiKeyScheme(
                        param=param,
                        header=str(scheme.get("name", "")),
                        env=f"{prefix}_{naming.constant(param)}",
                        doc=_doc(scheme),
                    )
                )
            elif (kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer") or kind in (
                "oauth2",
                "openIdConnect",
            ):
                if not any(isinstance(s, BearerScheme) for s in out):
                    param = naming.snake("bearer_token")
                    out.append(
                        BearerScheme(param=param, env=f"{prefix}_BEARER_TOKEN", doc=_doc(scheme))
                    )
            else:
                self.diags.warn(
                    f"security scheme {name!r} ({kind}) is not supported",
                    at,
                    "left it out; pass its credential with default_headers",
                )
        return tuple(out)

    # ---------------------------------------------------------------- operations

    def _params(
        self, item: dict[str, Any], op: dict[str, Any], op_at: str
    ) -> list[tuple[dict[str, Any], str]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        item_at = op_at.rsplit("/", 1)[0]
        for source, at in ((item, item_at), (op, op_at)):
            for i, raw in enumerate(source.get("parameters") or []):
                param, p_at = self.deref(raw, child(at, "parameters", i))
                if not isinstance(param, dict) or "name" not in param or "in" not in param:
                    raise CodegenError(
                        "a parameter needs `name` and `in`", pointer=p_at, hint="Add them."
                    )
                merged[param_key(param)] = (param, p_at)
        return list(merged.values())

    def _param(self, param: dict[str, Any], at: str) -> Param:
        location = param["in"]
        if location not in {loc.value for loc in ParamLocation}:
            raise CodegenError(f"unknown parameter location {location!r}", pointer=child(at, "in"))
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            schema = next(iter(param["content"].values())).get("schema")
        type_ = self.types.convert(schema or {}, child(at, "schema"))
        resolved_schema, _ = self.deref(schema or {}, child(at, "schema"))
        pattern = resolved_schema.get("pattern") if isinstance(resolved_schema, dict) else None
        given = given_example(param, *(param.get("content") or {}).values())
        return Param(
            pointer=at,
            example=self.examples.value(
                type_, resolved_schema, given=given, name=str(param["name"])
            ),
            name=naming.param_name(param["name"]),
            wire_name=str(param["name"]),
            location=ParamLocation(location),
            type=type_,
            required=bool(param.get("required")) or location == "path",
            doc=_doc(param),
            pattern=pattern if isinstance(pattern, str) else None,
            deprecated=bool(param.get("deprecated")),
        )

    def _body(self, op: dict[str, Any], op_at: str) -> Body | None:
        if "requestBody" not in op:
            return None
        body, at = self.deref(op["requestBody"], child(op_at, "requestBody"))
        content = body.get("content") or {}
        required = bool(body.get("required"))
        media = self._json_media(content)
        if media is not None:
            schema_at = child(at, "content", media, "schema")
            schema = content[media].get("schema", {})
            type_ = self.types.convert(schema, schema_at)
            resolved, resolved_at = self.deref(schema, schema_at)
            if (
                isinstance(type_, ModelRef)
                and isinstance(resolved, dict)
                and resolved.get("properties")
            ):
                return Body(
                    kind=ContentKind.JSON,
                    media_type=media,
                    required=required,
                    type=type_,
                    model=type_,
                    fields=self._body_fields(
                        resolved, resolved_at, example=given_example(content[media], resolved)
                    ),
                )
            return Body(
                ContentKind.JSON,
                media,
                required,
                type_,
                example=self.examples.value(type_, resolved, given=given_example(content[media])),
            )
        for media, entry in content.items():
            base = media.split(";")[0].strip().lower()
            schema_at = child(at, "content", media, "schema")
            if base == "multipart/form-data" or base == "application/x-www-form-urlencoded":
                kind = ContentKind.MULTIPART if base.startswith("multipart") else ContentKind.FORM
                schema, s_at = self.deref(entry.get("schema", {}), schema_at)
                fields = (
                    self._body_fields(
                        schema, s_at, upload=True, example=given_example(entry, schema)
                    )
                    if isinstance(schema, dict)
                    else ()
                )
                return Body(kind, media, required, self.types.convert(schema, s_at), None, fields)
            if base.startswith("text/"):
                return Body(ContentKind.TEXT, media, required, Primitive("str"))
            if base not in _RAW_MEDIA and not base.startswith(("image/", "audio/", "video/")):
                self.diags.warn(
                    f"request body media type {media!r} is not supported",
                    child(at, "content", media),
                    "the method takes the body as bytes and sends them as they are",
                )
            return Body(ContentKind.BINARY, media, required, Primitive("bytes"))
        return None

    def _body_fields(
        self, schema: dict[str, Any], at: str, *, upload: bool = False, example: Any = NONE
    ) -> tuple[BodyField, ...]:
        shown = example if isinstance(example, dict) else {}
        required = set(schema.get("required") or [])
        fields = []
        for wire, prop in (schema.get("properties") or {}).items():
            prop_at = child(at, "properties", wire)
            resolved, _ = self.deref(prop, prop_at)
            if isinstance(resolved, dict) and resolved.get("readOnly") is True:
                continue
            field_type = self.types.convert(prop, prop_at, upload=upload)
            fields.append(
                BodyField(
                    example=self.examples.value(
                        field_type, resolved, given=shown.get(wire, NONE), name=wire
                    ),
                    name=naming.param_name(wire),
                    wire_name=wire,
                    type=field_type,
                    required=wire in required,
                    doc=_doc(prop if prop.get("description") else resolved)
                    if isinstance(resolved, dict) and isinstance(prop, dict)
                    else Doc(),
                )
            )
        return tuple(fields)

    def _response(
        self, op: dict[str, Any], op_at: str, paged: bool
    ) -> tuple[Response, tuple[ErrorStatus, ...]]:
        responses = op.get("responses") or {}
        success: Response | None = None
        errors: list[ErrorStatus] = []
        for code in responses:
            code_at = child(op_at, "responses", code)
            resp, r_at = self.deref(responses[code], code_at)
            status = int(code) if str(code).isdigit() else None
            if status is not None and 200 <= status < 300:
                if success is None:
                    success = self._success(status, resp, r_at, paged)
            elif status is not None and status >= 400:
                cls, _ = error_class_name(status)
                errors.append(ErrorStatus(status, cls, _doc(resp)))
        if success is None:
            success = Response(200, ContentKind.NONE, Primitive("None"))
        return success, tuple(sorted(errors, key=lambda e: e.status))

    def _success(self, status: int, resp: dict[str, Any], at: str, paged: bool) -> Response:
        content = resp.get("content") or {}
        if not content or status == 204:
            return Response(status, ContentKind.NONE, Primitive("None"), doc=_doc(resp))
        media = self._json_media(content)
        if media is None:
            first = next(iter(content))
            base = first.split(";")[0].strip().lower()
            if base.startswith("text/"):
                return Response(status, ContentKind.TEXT, Primitive("str"), doc=_doc(resp))
            return Response(status, ContentKind.BINARY, Primitive("bytes"), doc=_doc(resp))
        schema_at = child(at, "content", media, "schema")
        schema = content[media].get("schema", {})
        key = self.overrides.envelope.success
        resolved, r_at = self.deref(schema, schema_at)
        props = resolved.get("properties") if isinstance(resolved, dict) else None
        paging = self.overrides.paging
        if paging is not None and paged and isinstance(props, dict):
            items, _ = self.deref(props.get(paging.items), child(r_at, "properties", paging.items))
            if (
                isinstance(items, dict)
                and items.get("type") == "array"
                and paging.next_cursor in props
            ):
                item = self.types.convert(
                    items.get("items", {}), child(r_at, "properties", paging.items, "items")
                )
                return Response(status, ContentKind.JSON, item, doc=_doc(resp), paged=True)
        if key and isinstance(props, dict) and key in props:
            inner = self.types.convert(props[key], child(r_at, "properties", key))
            # The envelope's member is the result: it is always there on success even where
            # the spec does not mark it required, so the call returns it non-optional (and
            # everything built on the result, a poller for one, sees that one type).
            if isinstance(inner, Nullable):
                inner = inner.inner
            return Response(status, ContentKind.JSON, inner, envelope=key, doc=_doc(resp))
        return Response(
            status, ContentKind.JSON, self.types.convert(schema, schema_at), doc=_doc(resp)
        )

    def _operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any]
    ) -> tuple[Identifier, Operation]:
        op_at = pointer("paths", path, method)
        key = f"{method.upper()} {path}"
        override = self.overrides.operations.get(key)
        src = self.settings.overrides_source
        op_id = op.get("operationId") or f"{method} {path}"
        name = (
            naming.from_override(override.name, pointer("operations", key, "name"), src)
            if override and override.name
            else naming.snake(str(op_id), drop_version=True)
        )
        resource = self._resource_name(op, path, override.resource if override else None, key)
        params: list[Param] = []
        idempotency: Param | None = None
        for raw, p_at in self._params(item, op, op_at):
            param = self._param(raw, p_at)
            if (
                param.location == ParamLocation.HEADER
                and param.wire_name.lower() == IDEMPOTENCY_HEADER
            ):
                idempotency = param
            params.append(param)
        body = self._body(op, op_at)
        self._check_names(params, body, op_at)
        cursor = self.overrides.paging.cursor_param if self.overrides.paging else None
        paged = any(p.location == ParamLocation.QUERY and p.wire_name == cursor for p in params)
        response, errors = self._response(op, op_at, paged)
        method_enum = HttpMethod(method.upper())
        timeout = (
            override.timeout
            if override and override.timeout
            else self._default_timeout(method_enum, body)
        )
        doc = _doc(op)
        docs_url = self.overrides.client.docs_url
        if doc.link and docs_url and not urlsplit(doc.link).scheme:
            doc = replace(doc, link=urljoin(docs_url.rstrip("/") + "/", doc.link.lstrip("/")))
        operation = Operation(
            name=name,
            func=name,
            async_func=name,
            method=method_enum,
            path=path,
            operation_id=str(op_id),
            pointer=op_at,
            doc=doc,
            params=tuple(params),
            body=body,
            response=response,
            errors=errors,
            idempotency=idempotency,
            timeout=timeout,
            deprecated=bool(op.get("deprecated")),
        )
        return resource, operation

    def _default_timeout(self, method: HttpMethod, body: Body | None) -> float | None:
        table = self.overrides.default_timeouts
        if body is not None and body.kind == ContentKind.MULTIPART:
            return table.upload
        return table.read if method.idempotent and method != HttpMethod.PUT else table.write

    def _check_names(self, params: list[Param], body: Body | None, at: str) -> None:
        entries = [
            (f"{p.location.value} parameter {p.wire_name!r}", p.name, p.pointer or at)
            for p in params
        ]
        if body is not None:
            entries += [(f"body field {f.wire_name!r}", f.name, at) for f in body.fields]
        naming.ensure_unique(
            entries,
            "in this operation,",
            quote=False,
            hint="Rename the parameter or field in the spec (the wire names are kept as aliases).",
        )

    def _resource_name(
        self, op: dict[str, Any], path: str, override: str | None, key: str
    ) -> Identifier:
        if override:
            return naming.from_override(
                override, pointer("operations", key, "resource"), self.settings.overrides_source
            )
        return default_resource(op, path)

    # ---------------------------------------------------------------- the whole API

    def build(self) -> Api:
        package, client_name, prefix, version = self._identity()
        grouped: dict[Identifier, list[Operation]] = {}
        seen_keys: set[str] = set()
        for path, item in self.doc["paths"].items():
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                seen_keys.add(f"{method.upper()} {path}")
                if op.get("x-excluded") is True and not self.settings.include_excluded:
                    continue
                resource, operation = self._operation(path, method, item, op)
                grouped.setdefault(resource, []).append(operation)
        self._check_override_keys("operations", self.overrides.operations, seen_keys)
        tag_docs = {
            naming.snake(t["name"]): _doc(t)
            for t in self.doc.get("tags") or []
            if isinstance(t, dict) and isinstance(t.get("name"), str)
        }
        resources = []
        names: list[tuple[str, str]] = []
        for res_name in sorted(grouped):
            ops = self._named(res_name, grouped[res_name])
            names += [(o.key, f"{res_name}.{o.name}") for o in ops]
            resources.append(
                Resource(
                    name=res_name,
                    class_name=self._resource_class(res_name),
                    doc=tag_docs.get(res_name, Doc()),
                    operations=tuple(ops),
                    polls=self._polls(ops),
                )
            )
        self._check_override_keys("polling", self.overrides.polling, seen_keys)
        statuses = sorted({e.status for r in resources for o in r.operations for e in o.errors})
        error_classes = tuple(ErrorClass(s, *error_class_name(s)) for s in statuses)
        error_model = self._error_model()
        return Api(
            title=str(self.doc["info"].get("title", "")),
            version=version,
            doc=_doc(self.doc["info"]),
            package=package,
            client_name=client_name,
            env_prefix=prefix,
            base_url=self._base_url(),
            auth=self._auth(prefix),
            resources=tuple(resources),
            error_classes=error_classes,
            error_model=error_model,
            error_envelope=self.overrides.envelope.error,
            paging=PagingRule(**self.overrides.paging.model_dump())
            if self.overrides.paging
            else None,
            names=tuple(sorted(names)),
            models_layout=self.overrides.client.models,
        )

    def _check_override_keys(
        self, section: str, table: Mapping[str, object], seen: set[str]
    ) -> None:
        """Every ``METHOD /path`` key of an overrides section must name an operation of the spec."""
        for key in table:
            if key not in seen:
                raise CodegenError(
                    f"the overrides file's [{section}] names {key!r}, which is not an operation "
                    "of the spec",
                    pointer=pointer(section, key),
                    source=self.settings.overrides_source,
                    hint="Remove the entry, or fix its METHOD /path.",
                )

    def _resource_class(self, name: Identifier) -> Identifier:
        """``VideoTranslate``; ``ClassroomResource`` where a model already has the plain name."""
        models = set(self.models.fields) | set(self.models.classes.values())
        plain = naming.pascal(name)
        variants = {
            plain,
            f"Async{plain}",
            f"{plain}WithRawResponse",
            f"Async{plain}WithRawResponse",
        }
        return naming.pascal(f"{name} resource") if variants & models else plain

    def _polls(self, ops: list[Operation]) -> tuple[Poll, ...]:
        """``wait_for_…`` helpers for the status operations the overrides file declares."""
        polls = []
        src = self.settings.overrides_source
        for op in ops:
            rule = self.overrides.polling.get(op.key)
            if rule is None:
                continue
            at = pointer("polling", op.key)
            if not isinstance(op.response.type, ModelRef):
                raise CodegenError(
                    f"{op.key} cannot be polled: its result is not an object model",
                    pointer=at,
                    source=src,
                    hint="Point [polling] at the operation that reads the job's status.",
                )
            fields = self.models.fields.get(op.response.type.name, ())
            attr = next((f.name for f in fields if f.alias == rule.status_field), None)
            if attr is None:
                raise CodegenError(
                    f"{op.response.type.name} has no field {rule.status_field!r} to poll",
                    pointer=child(at, "status_field"),
                    source=src,
                    hint="Set status_field to the result's status property.",
                )
            noun = op.func.split("_", 1)[1] if "_" in op.func else op.func
            name = (
                naming.from_override(rule.name, child(at, "name"), src)
                if rule.name
                else naming.attribute(f"wait_for_{noun}")
            )
            polls.append(
                Poll(
                    name=name,
                    operation=op,
                    attribute=attr,
                    success=tuple(rule.success),
                    failure=tuple(rule.failure),
                    timeout=rule.timeout,
                    interval=rule.interval,
                    what=noun.replace("_", " "),
                )
            )
        return tuple(polls)

    def _named(self, resource: Identifier, ops: list[Operation]) -> list[Operation]:
        """Give each operation its method and function names (see :mod:`codegen.ir.opnames`)."""
        wanted = []
        for o in ops:
            override = self.overrides.operations.get(o.key)
            fixed = o.name if override is not None and override.name else None
            wanted.append(Wanted(o.key, resource, o.operation_id, o.pointer, fixed))
        methods = assign(wanted, self.settings.published_names)
        funcs = assign(wanted, {}, short=False)
        taken = set(funcs.values())
        out = []
        for o in ops:
            func = funcs[o.key]
            # `<func>_async`, unless another operation's function already has that name.
            options = [naming.suffixed(func, "async"), naming.attribute(f"async_{func}")]
            async_func = next((n for n in options if n not in taken), None)
            if async_func is None:
                raise CodegenError(
                    f"no free name for the async twin of {func!r}",
                    pointer=o.pointer,
                    hint="Rename one of the operations in the overrides file.",
                )
            taken.add(async_func)
            out.append(replace(o, name=methods[o.key], func=func, async_func=async_func))
        return out

    def _error_model(self) -> ModelRef | None:
        """The model of ``body[envelope.error]`` in the first documented error response."""
        key = self.overrides.envelope.error
        if not key:
            return None
        for path, item in self.doc["paths"].items():
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                for code, raw in (op.get("responses") or {}).items():
                    if not (str(code).isdigit() and int(code) >= 400):
                        continue
                    resp, r_at = self.deref(raw, pointer("paths", path, method, "responses", code))
                    media = self._json_media(resp.get("content") or {})
                    if media is None:
                        continue
                    s_at = child(r_at, "content", media, "schema")
                    schema, s_at = self.deref(resp["content"][media].get("schema", {}), s_at)
                    prop = (
                        (schema.get("properties") or {}).get(key)
                        if isinstance(schema, dict)
                        else None
                    )
                    if prop is not None:
                        t = self.types.convert(prop, child(s_at, "properties", key))
                        if isinstance(t, ModelRef):
                            return t
        return None


def build(
    doc: dict[str, Any],
    models: Models,
    overrides: Overrides,
    settings: Settings,
    diags: Diagnostics,
) -> Api:
    return Builder(doc, models, overrides, settings, diags).build()


__all__ = ["Settings", "build", "error_class_name"]
