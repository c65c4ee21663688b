"""An example value tree (:mod:`codegen.ir.examples`) → the Python source a docstring shows."""

from __future__ import annotations

from codegen.ir.examples import DictValue, Example, Expr, ListValue, Value
from codegen.render.text import literal

_EXPRS = {
    "bytes": 'b"..."',
    "file": 'b"file contents"',
    "datetime": "datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)",
    "date": "datetime.date(2025, 1, 1)",
    "time": "datetime.time(12, 0)",
    "uuid": 'uuid.UUID("00000000-0000-4000-8000-000000000000")',
    "decimal": 'decimal.Decimal("1.0")',
}


def render(example: Example) -> str:
    """Python source for an example value."""
    if isinstance(example, Value):
        return literal(example.value)
    if isinstance(example, Expr):
        return _EXPRS[example.kind]
    if isinstance(example, ListValue):
        return "[" + ", ".join(render(i) for i in example.items) + "]"
    if isinstance(example, DictValue):
        return "{" + ", ".join(f"{literal(k)}: {render(v)}" for k, v in example.items) + "}"
    parts = [render(a) for a in example.args]
    parts += [f"{name}={render(v)}" for name, v in example.kwargs]
    return f"{example.cls}({', '.join(parts)})"
