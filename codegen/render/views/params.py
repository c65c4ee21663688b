"""The view of the ``params`` module: the ``TypedDict`` of each request object, the named
literals of long enums, and their imports.

A key the dict must carry is written ``Required[...]`` when some other key may be left out
(``total=False``); a dict whose keys are all required is a plain (total) ``TypedDict``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from codegen.ir.records import Api, Import, RequestDict
from codegen.render.text import literal, paragraphs
from codegen.render.views.docstrings import arg_text, doc_lines


@dataclass(frozen=True, slots=True)
class KeyView:
    name: str
    annotation: str  # ``Required[...]`` included where needed
    doc: tuple[str, ...]  # docstring lines, escaped; () when undocumented


@dataclass(frozen=True, slots=True)
class DictView:
    name: str
    total: bool
    docstring: tuple[str, ...]
    keys: tuple[KeyView, ...]


@dataclass(frozen=True, slots=True)
class AliasView:
    name: str
    value: str  # ``Literal[...] | Enum``
    value_text: str  # the same, the enum quoted: it is imported for type checkers only
    enum: str


@dataclass(frozen=True, slots=True)
class ParamsView:
    typing_imports: tuple[str, ...]  # names from ``typing``
    other_imports: tuple[Import, ...]  # the standard library's (``datetime``, ``UUID``)
    model_imports: tuple[str, ...]
    aliases: tuple[AliasView, ...]
    dicts: tuple[DictView, ...]
    example: tuple[str, str]  # a (TypedDict or alias, its model or enum) for the docstring


def _dict_view(d: RequestDict) -> DictView:
    total = all(k.required for k in d.keys)
    keys = []
    for k in d.keys:
        annotation = k.type.annotation()
        if k.required and not total:
            annotation = f"Required[{annotation}]"
        text = arg_text(k.doc)
        keys.append(KeyView(k.name, annotation, tuple(paragraphs(text, width=84)) if text else ()))
    fallback = f"A `{d.model}` as a dict: what a request accepts in its place."
    return DictView(d.name, total, tuple(doc_lines(d.doc, fallback=fallback)), tuple(keys))


def params_view(api: Api) -> ParamsView | None:
    """``None`` when no request takes an object (no ``params`` module is written)."""
    if not api.params and not api.literals:
        return None
    dicts = tuple(_dict_view(d) for d in api.params)
    imports = {i for d in api.params for k in d.keys for i in k.type.imports()}
    imports |= {i for n in api.literals for i in replace(n.values, alias=None).imports()}
    typing = {i.name for i in imports if i.module == "typing"}
    typing |= {"TYPE_CHECKING"} if any(i.module == ".models" for i in imports) else set()
    typing |= {"TypedDict"} if dicts else set()
    typing |= {"TypeAlias"} if api.literals else set()
    if any(not d.total and any("Required[" in k.annotation for k in d.keys) for d in dicts):
        typing.add("Required")
    return ParamsView(
        typing_imports=tuple(sorted(typing)),
        other_imports=tuple(
            sorted(
                (i for i in imports if i.module not in ("typing", ".models", ".params")),
                key=lambda i: (i.module, i.name),
            )
        ),
        model_imports=tuple(sorted(i.name for i in imports if i.module == ".models")),
        aliases=tuple(
            AliasView(
                n.name,
                f"{n.values.literal()} | {n.values.enum}",
                f"{n.values.literal()} | {literal(n.values.enum)}",
                n.values.enum,
            )
            for n in api.literals
        ),
        dicts=dicts,
        example=(api.params[0].name, api.params[0].model)
        if api.params
        else (api.literals[0].name, api.literals[0].values.enum),
    )


__all__ = ["AliasView", "DictView", "KeyView", "ParamsView", "params_view"]
