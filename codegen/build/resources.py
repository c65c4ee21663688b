"""Keys and class names of resources: distinct, readable, never numbered.

A resource's key (its namespace and module name) is its path joined by ``_``
(``video_translations.proofreads`` → ``video_translations_proofreads``). Two paths can join to
one key (``user.company`` and ``user_company``, both in one real spec): the shorter path keeps
it and the other reads its path backwards (``company_of_user``), with a warning naming both and
the override that picks another resource.

A resource's class is its key in PascalCase (``VideoTranslationsProofreads``), with ``Resource``
(then ``Namespace``, ``Operations``…) added where that name (or its ``Async``/``WithRawResponse`` forms) is already a model, a request
TypedDict, a name the resource module imports, the client's own class or another resource's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from codegen.build.context import Context
from codegen.errors import CodegenError
from codegen.ir import naming
from codegen.ir.naming import Identifier
from codegen.ir.opnames import resource_name
from codegen.ir.records import Operation

Path = tuple[Identifier, ...]

# Names a resource module imports from the runtime and typing (resource.py.jinja): a resource
# class spelled like one (a `query` or `headers` resource) would shadow the import.
_RESOURCE_MODULE_NAMES = frozenset(
    {"Any", "AsyncPager", "Body", "Endpoint", "FileTypes", "Headers", "Literal", "NotGiven"}
    | {"Paging", "Query", "SyncPage"}
)


# Added to a resource's class name while its plain one (or that plus the previous suffix) is
# taken: a model `Connector` and a model `ConnectorResource` (Apideck's connector API) leave
# `ConnectorNamespace`.
_SUFFIXES = ("", "resource", "namespace", "operations", "endpoints", "api resource")


def _pointer(ops: Iterable[Operation]) -> str:
    return next((o.pointer for o in ops), "#/paths")


def resource_keys(ctx: Context, grouped: Mapping[Path, list[Operation]]) -> dict[Path, Identifier]:
    """Each resource path's key; the shorter of two paths that join alike keeps the plain one."""
    keys: dict[Path, Identifier] = {}
    holders: dict[Identifier, Path] = {}
    for path in sorted(grouped, key=lambda p: (len(p), p)):
        plain = resource_name(path)
        # The other spellings are made only for a path whose plain name is held (snake-casing
        # them for each of GitHub's 537 resources was a third of this step).
        options = [plain] if plain not in holders else _other_keys(path, plain)
        free = next((o for o in options if o not in holders), None)
        if free is None:
            raise CodegenError(
                f"resource {'.'.join(path)} has no free name: {', '.join(options)} are taken",
                pointer=_pointer(grouped[path]),
                hint='Give its operations another `resource` with [operations."METHOD /path"].',
            )
        if free != plain:
            other = holders[plain]
            ctx.diags.warn(
                f"resources {'.'.join(other)} and {'.'.join(path)} would share the name "
                f"{plain!r} (the other is at {_pointer(grouped[other])}); "
                f"{'.'.join(path)} is {free!r}",
                _pointer(grouped[path]),
                'to pick another, give its operations a `resource` with [operations."METHOD '
                '/path"] resource = "..." (with a `reason`)',
            )
        keys[path] = free
        holders[free] = path
    return keys


def _other_keys(path: Path, plain: Identifier) -> list[Identifier]:
    """A resource path's keys, most preferred first: its plain name, then ``<last> of
    <the others, reversed>`` (for a nested one), then ``<path> resource``."""
    options = [plain]
    if len(path) > 1:
        options.append(naming.snake(f"{path[-1]} of {' '.join(reversed(path[:-1]))}"))
    options.append(naming.snake(f"{' '.join(path)} resource"))
    return options


def resource_classes(
    ctx: Context, keys: Mapping[Path, Identifier], client_name: str
) -> dict[Path, Identifier]:
    """Each resource path's class name (see the module docstring)."""
    taken = set(ctx.models.fields) | set(ctx.models.classes.values()) | _RESOURCE_MODULE_NAMES
    taken |= ctx.requests.names()  # the TypedDicts a resource module may import
    taken |= {client_name, f"Async{client_name}"}
    out: dict[Path, Identifier] = {}
    for path in sorted(keys, key=lambda p: (len(p), p)):
        key = keys[path]
        for name in (naming.pascal(f"{key} {suffix}") for suffix in _SUFFIXES):
            forms = {name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"}
            if not forms & taken:
                break
        else:
            raise CodegenError(
                f"resource {'.'.join(path)} has no free class name ({name} is taken)",
                pointer="#/paths",
                hint='Give its operations another `resource` with [operations."METHOD /path"].',
            )
        taken |= forms
        out[path] = name
    return out
