"""A paging rule as the generated code passes it (``Paging(...)`` keywords) and as api.md
describes it. Every spec string is a Python literal here (``literal``) or, in api.md's prose, inline
code (:func:`inline_code`)."""

from __future__ import annotations

from codegen.ir.records import PagingRule, PagingSource
from codegen.render.text import literal

_FIELDS = (
    "items",
    "cursor_param",
    "next_cursor",
    "next_cursor_header",
    "next_url",
    "next_url_header",
    "next_link",
    "offset_param",
    "page_param",
    "first_page",
    "limit_param",
    "has_more",
    "total",
    "short_page",
)


def _value(value: tuple[str, ...] | str | int | bool) -> str:
    if isinstance(value, tuple):
        return "(" + "".join(f"{literal(v)}, " for v in value) + ")"
    return literal(value)


def paging_args(rule: PagingRule) -> str:
    """``items=("data",), cursor_param="token", ...``: the fields not at their defaults."""
    parts = []
    for name in _FIELDS:
        value: tuple[str, ...] | str | int | bool | None = getattr(rule, name)
        if value is None or value is False or (name == "items" and value == ()):
            continue
        parts.append(f"{name}={_value(value)}")
    return ", ".join(parts)


def inline_code(text: str) -> str:
    """Inline Markdown code of a spec string: one line, no backtick or HTML inside."""
    flat = " ".join(text.split()).replace("`", "'").replace("<", "&lt;").replace(">", "&gt;")
    return f"`{flat}`"


def _path(path: tuple[str, ...]) -> str:
    return inline_code(".".join(path)) if path else "the body"


def paging_doc(rule: PagingRule) -> str:
    """One line for api.md: how the pages are asked for and when they end."""
    if rule.cursor_param is not None:
        where = (
            f"the {inline_code(rule.next_cursor_header)} header"
            if rule.next_cursor_header
            else _path(rule.next_cursor or ())
        )
        way = f"cursor in {inline_code(rule.cursor_param)} from {where}"
    elif rule.next_link is not None:
        way = f"the `Link` header's {inline_code('rel=' + rule.next_link)} URL"
    elif rule.next_url_header is not None:
        way = f"the URL in the {inline_code(rule.next_url_header)} header"
    elif rule.next_url is not None:
        way = f"the URL at {_path(rule.next_url)}"
    elif rule.offset_param is not None:
        way = f"offset in {inline_code(rule.offset_param)}"
    else:
        way = f"page number in {inline_code(rule.page_param or '')}"
    stops = []
    if rule.has_more is not None:
        stops.append(f"{_path(rule.has_more)} is not true")
    if rule.total is not None:
        stops.append(f"{_path(rule.total)} items were received")
    if rule.short_page:
        stops.append(f"a page is shorter than {inline_code(rule.limit_param or '')}")
    items = f"items at {_path(rule.items)}"
    until = f"; also stops when {' or '.join(stops)}" if stops else ""
    source = {
        PagingSource.OPERATION: "its own rule",
        PagingSource.DEFAULT: "the default rule",
        PagingSource.INFERRED: "inferred from the spec",
    }[rule.source]
    return f"Pages: {way}, {items}{until} ({source})."
