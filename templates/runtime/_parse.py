"""Conversions between Python values and wire bodies: ``parse_response`` (response body →
``cast_to``, with optional envelope unwrapping and strict mode) and ``model_body`` /
``validated_body`` / ``to_jsonable`` (request values → JSON). No I/O.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast

import httpx
import pydantic

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter

from ._arguments import argument_error, check_argument_dicts, check_unknown_keys
from ._exceptions import APIResponseValidationError, response_text
from ._types import NOT_GIVEN, NotGiven, strict_enums

__all__ = [
    "JsonBody",
    "model_body",
    "parse_response",
    "strip_not_given",
    "to_jsonable",
    "validate_response_data",
    "validated_body",
]

_NO_FAST_PATH: Any = object()


@functools.lru_cache(maxsize=512)
def _cached_adapter(tp: Any) -> TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def _adapter(tp: Any) -> TypeAdapter[Any]:
    try:
        return _cached_adapter(tp)
    except TypeError:  # unhashable typing form
        return pydantic.TypeAdapter(tp)


def _is_model(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def validate_value(data: object, cast_to: Any, *, strict: bool) -> Any:
    """Validate already-decoded JSON ``data`` as ``cast_to``. Forward compatible by default (extra
    fields ignored or, where the schema allows them, kept; unknown ``OpenStrEnum`` /
    ``OpenIntEnum`` values kept); ``strict`` forbids both."""
    # Generated models never forbid extra fields (the generator drops additionalProperties:
    # false), so the default keeps what the schema says: ignore, or keep where it allows extras.
    if not strict:  # the default: no context to enter (unknown enum values are kept)
        if _is_model(cast_to):
            return cast_to.model_validate(data)
        return _adapter(cast_to).validate_python(data)
    with strict_enums(True):
        if _is_model(cast_to):
            return cast_to.model_validate(data, extra="forbid")
        return _adapter(cast_to).validate_python(data, extra="forbid")


@functools.lru_cache(maxsize=512)
def _json_validator(cast_to: Any, envelope: str | None) -> Callable[[bytes], Any]:
    """Validate raw JSON bytes straight into ``cast_to`` (pydantic parses and validates in one
    pass, without building the intermediate Python objects), unwrapping ``envelope``."""
    if envelope is None:
        if _is_model(cast_to):
            return cast(Callable[[bytes], Any], cast_to.model_validate_json)
        return _adapter(cast_to).validate_json
    # An envelope is an object with (at least) that one member; other members are ignored.
    wrapper: Any = pydantic.create_model(
        "Envelope", value=(cast_to, pydantic.Field(alias=envelope)), __module__=__name__
    )

    def validate(content: bytes) -> Any:
        parsed: Any = wrapper.model_validate_json(content)
        return parsed.value

    return validate


def _validate_json_fast(response: httpx.Response, cast_to: Any, envelope: str | None) -> Any:
    """``cast_to`` from the body in one pass, or ``_NO_FAST_PATH`` when that fails for any reason
    (the slower path then decides, with its precise error)."""
    try:
        validator = _json_validator(cast_to, envelope)
    except TypeError:  # unhashable typing form
        return _NO_FAST_PATH
    try:
        return validator(response.content)
    except (ValueError, TypeError, RecursionError):  # pydantic.ValidationError is a ValueError
        return _NO_FAST_PATH


def parse_response(
    response: httpx.Response, cast_to: Any, *, envelope: str | None = None, strict: bool = False
) -> Any:
    """Turn a read 2xx response into ``cast_to``.

    ``bytes`` → raw content, ``str`` → text, ``None``/``NoneType`` → None, anything else → JSON,
    unwrapped from ``body[envelope]`` when ``envelope`` is set, then validated. Any mismatch (not
    JSON, missing envelope, validation failure) raises ``APIResponseValidationError`` with the raw
    body.
    """
    if cast_to is bytes:
        return response.content
    if cast_to is str:
        return response_text(response)
    if cast_to is None or cast_to is types.NoneType:
        return None
    if not strict and cast_to is not object and cast_to is not Any:
        value = _validate_json_fast(response, cast_to, envelope)
        if value is not _NO_FAST_PATH:
            return value
    try:
        data: object = response.json()
    except ValueError:
        raise APIResponseValidationError(
            response=response,
            body=response_text(response),
            message="Response body is not valid JSON.",
        ) from None
    except RecursionError:  # a small body nested ~1000 levels deep
        raise APIResponseValidationError(
            response=response,
            body=response_text(response),
            message="Response body is nested too deeply.",
        ) from None
    if envelope is not None:
        if not isinstance(data, Mapping) or envelope not in data:
            raise APIResponseValidationError(
                response=response,
                body=response_text(response),
                message=f"Response body has no {envelope!r} member.",
            )
        data = data[envelope]
    if cast_to is object or cast_to is Any:
        return data
    return validate_response_data(response, data, cast_to, strict=strict)


def validate_response_data(
    response: httpx.Response, data: object, cast_to: Any, *, strict: bool
) -> Any:
    """``validate_value`` for (part of) ``response``'s body: a mismatch raises
    ``APIResponseValidationError`` with the raw body."""
    try:
        return validate_value(data, cast_to, strict=strict)
    except RecursionError:
        raise APIResponseValidationError(
            response=response,
            body=response_text(response),
            message="Response body is nested too deeply.",
        ) from None
    except pydantic.ValidationError as exc:
        # Not chained (``from None``): pydantic's text quotes the input values, and a body may echo
        # anything, credentials included. ``.errors`` keeps locations and messages, without inputs.
        errors = cast(list[dict[str, Any]], exc.errors(include_input=False, include_url=False))
        name = getattr(cast_to, "__name__", repr(cast_to))
        details = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in errors[:3]
        )
        raise APIResponseValidationError(
            response=response,
            body=response_text(response),
            message=f"Response body does not match {name}: {exc.error_count()} error(s): {details}",
            errors=list(errors),
        ) from None


def strip_not_given(value: object) -> object:
    """Recursively drop ``NOT_GIVEN`` entries from dicts and lists (``None`` is kept)."""
    if isinstance(value, Mapping):
        return {k: strip_not_given(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, list | tuple):
        return [strip_not_given(v) for v in value if not isinstance(v, NotGiven)]
    return value


@functools.cache
def _any_adapter() -> TypeAdapter[Any]:
    return pydantic.TypeAdapter(Any)


def to_jsonable(value: object) -> object:
    """``value`` with NOT_GIVEN dropped and models, enums, dates... made JSON-able. Models are
    dumped as ``model_body`` dumps them: only the fields that were set (an explicit ``None`` is
    sent as null, an optional field left out is not sent), discriminator constants included."""
    value = strip_not_given(value)
    _mark_constants_set(value)
    return _any_adapter().dump_python(value, mode="json", by_alias=True, exclude_unset=True)


class JsonBody(Mapping[str, object]):
    """A request body made by :func:`model_body` from a validated model. Sent as it is, pydantic
    writes its JSON text in one pass (``to_json``), faster than dumping to Python objects and then
    ``json.dumps``; read as a mapping (``extra_body`` merging, multipart fields, ``==``), it is
    dumped to JSON-able Python values once."""

    __slots__ = ("_model", "_values")

    def __init__(self, model: BaseModel) -> None:
        self._model = model
        self._values: dict[str, object] | None = None

    def to_json(self) -> bytes:
        # The serializer's own bytes: ``model_dump_json`` would decode them to ``str`` first.
        model = self._model
        return model.__pydantic_serializer__.to_json(model, by_alias=True, exclude_unset=True)

    def as_dict(self) -> dict[str, object]:
        if self._values is None:
            self._values = self._model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return self._values

    def __getitem__(self, key: str) -> object:
        return self.as_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())

    def __repr__(self) -> str:
        return f"JsonBody({self.as_dict()!r})"


def model_body(model_cls: type[BaseModel], values: Mapping[str, object]) -> JsonBody:
    """Build a JSON request body through ``model_cls``.

    ``NOT_GIVEN`` values are dropped; the rest are validated by field name; the body is the model
    dumped with ``by_alias=True, exclude_unset=True`` (JSON mode), so defaults are not sent unless
    set and an explicit ``None`` is sent as null. A dict given for a nested object (its
    ``TypedDict``) is validated into its model, so it is sent exactly as the model would be. Bad
    input, or a dict key its model has no field for, raises ``InvalidArgumentError`` naming the
    field (client-side, nothing sent).
    """
    given = {k: v for k, v in values.items() if v is not NOT_GIVEN}  # a singleton
    try:
        model = model_cls.model_validate(given, by_name=True)
    except pydantic.ValidationError as exc:
        raise argument_error(exc, model_cls, given) from None  # pydantic's text quotes inputs
    check_argument_dicts(given, model)
    _mark_constants_set(model)
    return JsonBody(model)


def validated_body(tp: Any, value: object) -> object:
    """A JSON body that is not one model's fields (``A | B``, ``list[A]``) through ``tp``: a dict
    standing for a model becomes the model, then the value is dumped as ``to_jsonable`` dumps
    models. ``NOT_GIVEN`` passes through (no body); bad input raises ``InvalidArgumentError``."""
    if isinstance(value, NotGiven):
        return value
    try:
        checked = _adapter(tp).validate_python(value, by_name=True)
    except pydantic.ValidationError as exc:
        raise argument_error(exc, tp, value) from None
    check_unknown_keys(value, checked)
    if isinstance(checked, pydantic.BaseModel):
        _mark_constants_set(checked)
        return JsonBody(checked)
    return to_jsonable(checked)


@functools.lru_cache(maxsize=1024)
def _constant_fields(model_cls: type[BaseModel]) -> tuple[str, ...]:
    """Fields typed as a single ``Literal`` value with that value as default (``type="url"``)."""
    names = []
    for name, info in model_cls.model_fields.items():
        args: tuple[object, ...] = getattr(info.annotation, "__args__", ())
        if (
            getattr(info.annotation, "__origin__", None) is Literal
            and len(args) == 1
            and info.default == args[0]
        ):
            names.append(name)
    return tuple(names)


# Modules whose classes are plain data, never holding a model (``str``, ``datetime``, ``UUID``).
_PLAIN_MODULES = frozenset({"builtins", "datetime", "decimal", "uuid", "enum", "ipaddress"})


def _may_hold_model(tp: Any) -> bool:
    """Whether a field declared as ``tp`` can hold a model, directly or inside a list, tuple or
    dict: False only for types known to be plain data (``str``, ``list[int]``, a ``Literal``, an
    enum, a date), True for anything else (``Any``, ``object``, a type variable, ...)."""
    if tp is None or tp is types.NoneType:
        return False
    origin = typing.get_origin(tp)
    if origin is Literal:
        return False
    if origin is Annotated:
        return _may_hold_model(typing.get_args(tp)[0])
    if origin is not None:  # a union, list[...], dict[...], tuple[..., ...]
        return any(_may_hold_model(arg) for arg in typing.get_args(tp) if arg is not Ellipsis)
    if not isinstance(tp, type) or tp is object:
        return True  # ``Any``, a type variable, a forward reference: anything
    if issubclass(tp, pydantic.BaseModel | list | tuple | dict | set | frozenset):
        return True
    return not (tp.__module__ in _PLAIN_MODULES or issubclass(tp, enum.Enum))


@functools.lru_cache(maxsize=1024)
def _model_walk(model_cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What ``_mark_constants_set`` needs of a model class, worked out once: its constant
    fields and the fields that may hold models (the only ones it has to look into)."""
    nested = tuple(
        name for name, info in model_cls.model_fields.items() if _may_hold_model(info.annotation)
    )
    return _constant_fields(model_cls), nested


_SCALARS = frozenset({str, int, float, bool, type(None), bytes})


def _mark_constants_set(value: object) -> None:
    """Count discriminator constants as set, so ``exclude_unset`` still sends them.

    A caller writes ``AssetUrl(url=...)`` without ``type="url"``; the server needs the ``type``.
    Only the set fields that may hold models are looked into (``_model_walk``), and the extra
    members of a model that allows them.
    """
    if type(value) in _SCALARS:
        return  # the common case, checked first: this runs for every field of every body
    if isinstance(value, pydantic.BaseModel):
        constants, nested = _model_walk(type(value))
        fields_set = value.model_fields_set
        if constants:
            fields_set.update(constants)
        for name in nested:
            if name in fields_set:
                field = getattr(value, name, None)
                if type(field) not in _SCALARS:
                    _mark_constants_set(field)
        extra = value.__pydantic_extra__
        if extra:
            for item in extra.values():
                if type(item) not in _SCALARS:
                    _mark_constants_set(item)
    elif isinstance(value, list | tuple | dict):
        for item in value.values() if isinstance(value, dict) else value:
            if type(item) not in _SCALARS:
                _mark_constants_set(item)
