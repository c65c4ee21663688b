# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Shared value types of the runtime: the NOT_GIVEN sentinel, request-shaped aliases,
per-call ``RequestOptions`` and the forward-compatible ``OpenStrEnum`` base.

Nothing here does I/O or knows about a particular API.
"""

from __future__ import annotations

import contextvars
import enum
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Final, Literal, TypedDict, final

import httpx

__all__ = [
    "NOT_GIVEN",
    "Body",
    "HeaderParams",
    "Headers",
    "NotGiven",
    "OpenIntEnum",
    "OpenStrEnum",
    "Query",
    "RequestOptions",
    "Timeout",
    "strict_enums",
]


@final
class NotGiven:
    """Marks an argument the caller did not pass, as opposed to ``None`` ("send null").

    Falsy, a singleton, and its ``repr`` is ``NOT_GIVEN`` so signatures read well.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers = Mapping[str, str | NotGiven]
# Header parameters of an operation: any value of its schema (numbers, booleans, dates, lists,
# objects), written in OpenAPI's ``simple`` style when sent; NOT_GIVEN and None are dropped.
HeaderParams = Mapping[str, object]
Query = Mapping[str, object]
Body = Mapping[str, object]
Timeout = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """Per-call options; every generated method accepts them as keywords.

    - ``extra_headers``: merged over the client's and the endpoint's headers (a ``NOT_GIVEN`` value
      removes nothing, it is simply dropped).
    - ``extra_query``: merged over the query parameters.
    - ``extra_body``: merged into a JSON object body (an error for non-object bodies).
    - ``timeout``: seconds or ``httpx.Timeout``; wins over the endpoint and client defaults.
    - ``max_retries``: wins over the client's ``max_retries``.
    - ``idempotency_key``: the key for endpoints that declare an idempotency header.
    """

    extra_headers: Headers
    extra_query: Query
    extra_body: Body
    timeout: float | httpx.Timeout | None
    max_retries: int
    idempotency_key: str


# ---------------------------------------------------------------------------------------------
# Forward-compatible string enums
# ---------------------------------------------------------------------------------------------

_STRICT_ENUMS: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "_runtime_strict_enums", default=False
)


@contextmanager
def strict_enums(strict: bool = True) -> Iterator[None]:
    """Within this block, unknown values of ``OpenStrEnum`` subclasses are rejected.

    The client enters it while validating a response when ``strict_response_validation=True``.
    """
    token = _STRICT_ENUMS.set(strict)
    try:
        yield
    finally:
        _STRICT_ENUMS.reset(token)


def _pseudo_member(cls: Any, base: type[str] | type[int], value: object) -> Any:
    """An ``UNKNOWN`` instance of ``cls`` carrying ``value``, or None (strict mode, wrong type)."""
    if not isinstance(value, base) or isinstance(value, bool) or _STRICT_ENUMS.get():
        return None
    pseudo: Any = base.__new__(cls, value)
    pseudo._name_ = "UNKNOWN"
    pseudo._value_ = value
    return pseudo


class OpenStrEnum(enum.StrEnum):
    """A string enum that accepts values the server added after the SDK was generated.

    ``MyEnum("new_value")`` returns a *pseudo-member*: an instance of ``MyEnum`` whose ``.value`` is
    the string received, whose ``.name`` is ``"UNKNOWN"``, and for which ``.is_known`` is False.
    It compares equal to its string, is not listed by ``list(MyEnum)`` and does not become a
    member. Pydantic validation goes through ``MyEnum(value)``, so a model field typed ``MyEnum``
    accepts it. Inside ``strict_enums()`` (``strict_response_validation=True`` on the client)
    unknown values raise as in a plain ``Enum``.

    Generator usage: ``class VideoStatus(OpenStrEnum):`` with the usual ``NAME = "value"`` members,
    instead of ``class VideoStatus(str, Enum)``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _pseudo_member(cls, str, value)

    @property
    def is_known(self) -> bool:
        """True for declared members, False for pseudo-members made from unknown values."""
        return self._value_ in type(self)._value2member_map_


class OpenIntEnum(enum.IntEnum):
    """The integer twin of :class:`OpenStrEnum`: an unknown integer from the server becomes a
    pseudo-member (``.name == "UNKNOWN"``, ``.is_known`` False) unless strict validation is on."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _pseudo_member(cls, int, value)

    @property
    def is_known(self) -> bool:
        """True for declared members, False for pseudo-members made from unknown values."""
        return self._value_ in type(self)._value2member_map_
