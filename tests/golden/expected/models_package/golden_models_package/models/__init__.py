# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas.

Each model lives in a private module and is built on first use: importing one model from
here loads that model and the models it refers to, not every model of the API.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._dog import Dog as Dog
    from ._file import File as File
    from ._file import Folder as Folder
    from ._node import Node as Node
    from ._owner import Owner as Owner
    from ._pet import Pet as Pet
    from ._size import Size as Size

__all__ = [
    "Dog",
    "File",
    "Folder",
    "Node",
    "Owner",
    "Pet",
    "Size",
]

_MODULES: dict[str, str] = {
    "Dog": "_dog",
    "File": "_file",
    "Folder": "_file",
    "Node": "_node",
    "Owner": "_owner",
    "Pet": "_pet",
    "Size": "_size",
}


# The modules each module imports: loaded first, deepest first, so a chain of models
# 200 deep is 200 imports one after another, never 200 imports inside each other.
_NEEDS: dict[str, tuple[str, ...]] = {
    "_dog": (
        "_owner",
        "_pet",
    ),
    "_file": ("_owner",),
    "_pet": ("_size",),
}


def _load(module: str) -> Any:
    order: list[str] = []
    seen: set[str] = set()
    stack = [(module, False)]
    while stack:
        current, ready = stack.pop()
        if ready:
            order.append(current)
        elif current not in seen and f"{__name__}.{current}" not in sys.modules:
            seen.add(current)
            stack.append((current, True))
            stack.extend((dep, False) for dep in _NEEDS.get(current, ()))
    for item in order:
        importlib.import_module(f".{item}", __name__)
    return importlib.import_module(f".{module}", __name__)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_load(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
