"""Client-side validation errors of request arguments, named the way the caller wrote them.

pydantic locates an error by the fields it walked, by alias, with a step of its own at each union
(the member's class name or the discriminator's tag: ``('video', 'url', 'url')``). The caller
wrote ``video={"type": "url"}`` and wants to read ``video.url``: :func:`argument_error` walks the
location along the declared types, drops the union steps and spells each field by its Python
name (``files[0].url``). Inputs are not quoted: an argument may be a credential.

A dict key that names no field would be dropped by validation (models ignore unknown fields, for
responses' sake), so a typo would silently go unsent: :func:`check_unknown_keys` refuses it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Union, cast

import pydantic

from ._exceptions import InvalidArgumentError

__all__ = ["argument_error", "check_argument_dicts", "check_unknown_keys"]

_UNKNOWN: Any = object()  # the walk lost track of the types: the rest is written as pydantic has it


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _members(tp: Any) -> tuple[Any, ...]:
    """The members of a union other than None (``()`` when ``tp`` is no union)."""
    if typing.get_origin(tp) in (Union, types.UnionType):
        return tuple(_strip(m) for m in typing.get_args(tp) if m is not type(None))
    return ()


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def _tags(model: type[pydantic.BaseModel]) -> set[object]:
    tags: set[object] = set()
    for info in model.model_fields.values():
        if typing.get_origin(_strip(info.annotation)) is Literal:
            tags.update(typing.get_args(_strip(info.annotation)))
    return tags


def _member(members: tuple[Any, ...], step: object) -> Any:
    """The union member pydantic names with ``step``: its class name or its tag."""
    for m in members:
        if getattr(m, "__name__", None) == step:
            return m
    found = [m for m in members if _is_model(m) and step in _tags(m)]
    return found[0] if len(found) == 1 else _UNKNOWN


def _field(model: type[pydantic.BaseModel], step: object) -> tuple[str, Any]:
    for name, info in model.model_fields.items():
        if step in (name, info.alias, info.validation_alias):
            return name, info.annotation
    return str(step), _UNKNOWN


def _mismatch(member: Any, value: object) -> bool:
    """Whether ``value`` carries a tag (a constant field) that ``member`` does not accept."""
    if not (_is_model(member) and isinstance(value, Mapping)):
        return False
    for name, info in member.model_fields.items():
        tp = _strip(info.annotation)
        key = name if name in value else info.alias
        if typing.get_origin(tp) is Literal and key in value and value[key] not in tp.__args__:
            return True
    return False


def _path(loc: tuple[int | str, ...], root: Any, value: object) -> tuple[str, bool]:
    """The caller's path of an error at ``loc``, and whether it went through a union member
    that the value's own tag rules out (an error the caller need not read)."""
    text = ""
    current = _strip(root)
    steps = list(loc)
    ruled_out = False
    while steps:
        step = steps.pop(0)
        if current is _UNKNOWN:
            text += f"[{step}]" if isinstance(step, int) else f".{step}" if text else str(step)
            continue
        members = _members(current)
        if len(members) > 1:
            current = _member(members, step)  # a union step: not part of the caller's path
            ruled_out = ruled_out or _mismatch(current, value)
            continue
        if len(members) == 1:
            current = members[0]
        origin, args = typing.get_origin(current), typing.get_args(current)
        if _is_model(current) and isinstance(step, str):
            name, current = _field(current, step)
            text += f".{name}" if text else name
            value = (
                value.get(step, value.get(name))
                if isinstance(value, Mapping)
                else getattr(value, name, None)
            )
        elif isinstance(step, int) and origin in (list, tuple, set, frozenset):
            text += f"[{step}]"
            current = args[0] if args else _UNKNOWN
            value = value[step] if isinstance(value, list | tuple) and step < len(value) else None
        elif origin is dict and len(args) == 2:
            text += f"[{step!r}]"
            current = args[1]
            value = value.get(step) if isinstance(value, Mapping) else None
        else:
            current = _UNKNOWN
            steps.insert(0, step)
        current = _strip(current)
    return text or "body", ruled_out


def argument_error(exc: pydantic.ValidationError, root: Any, value: object) -> InvalidArgumentError:
    """``exc`` (validating ``value`` as ``root``, a model class or a type) as the package's
    error, each problem with the path the caller wrote. Of a union, only the members the value's
    tag names are reported (``{"type": "video", ...}``: not why it is no photo), when any is."""
    errors = cast(list[dict[str, Any]], exc.errors(include_input=False, include_url=False))
    found = [(*_path(tuple(e["loc"]), root, value), str(e["msg"])) for e in errors]
    kept = [(path, msg) for path, ruled_out, msg in found if not ruled_out]
    shown = kept or [(path, msg) for path, _, msg in found]
    return InvalidArgumentError(tuple(dict.fromkeys(shown)))  # members may repeat a problem


def _join(path: str, key: object) -> str:
    return f"{path}.{key}" if path else str(key)


def _unknown(value: object, checked: object, path: str) -> list[tuple[str, str]]:
    """Keys of the caller's dicts in ``value`` that its validated form ``checked`` dropped."""
    problems: list[tuple[str, str]] = []
    if isinstance(checked, pydantic.BaseModel) and isinstance(value, Mapping):
        cls = type(checked)
        known: dict[object, str] = {}
        for name, info in cls.model_fields.items():
            known[name] = name
            if info.alias is not None:
                known[info.alias] = name
        for key, item in value.items():
            field = known.get(key)
            if field is not None:
                problems += _unknown(item, getattr(checked, field, None), _join(path, field))
            elif cls.model_config.get("extra") != "allow":
                problems.append(
                    (_join(path, key), f"unknown key: {cls.__name__} has no such field")
                )
    elif isinstance(value, list | tuple) and isinstance(checked, list | tuple):
        for i, (item, done) in enumerate(zip(value, checked, strict=False)):
            problems += _unknown(item, done, f"{path}[{i}]")
    elif isinstance(value, Mapping) and isinstance(checked, Mapping):
        for key, item in value.items():
            problems += _unknown(item, checked.get(key), f"{path}[{key!r}]")
    return problems


def check_unknown_keys(value: object, checked: object) -> None:
    """Raise ``InvalidArgumentError`` when a dict in ``value`` (a body the caller gave) has a
    key that its validated model ``checked`` has no field for."""
    problems = _unknown(value, checked, "")
    if problems:
        raise InvalidArgumentError(tuple(problems))


_PLAIN = frozenset({str, int, float, bool, type(None), bytes})


def _holds_containers(items: list[object] | tuple[object, ...]) -> bool:
    """Whether any item is a mapping, list or tuple (only those can hide an unknown key)."""
    return any(type(x) not in _PLAIN and isinstance(x, Mapping | list | tuple) for x in items)


def check_argument_dicts(arguments: Mapping[str, object], model: pydantic.BaseModel) -> None:
    """:func:`check_unknown_keys` for a body built from a method's keyword arguments (by wire
    name, made by generated code): only the dicts given as their values are checked."""
    problems: list[tuple[str, str]] = []
    for key, item in arguments.items():
        if type(item) in _PLAIN or (isinstance(item, list | tuple) and not _holds_containers(item)):
            continue  # the common case: nothing in it can be a dict with a stray key
        if isinstance(item, Mapping | list | tuple):
            name = _field(type(model), key)[0]
            problems += _unknown(item, getattr(model, name, None), name)
    if problems:
        raise InvalidArgumentError(tuple(problems))
