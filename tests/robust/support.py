"""Generate a spec (a dict or a file) into a temp folder, import it fresh, type-check it."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen.output.write import write
from codegen.pipeline import Result, generate


def generate_spec(
    spec: dict[str, Any] | Path, out: Path, package: str, overrides: str | None = None
) -> Result:
    if isinstance(spec, dict):
        path = out.parent / f"{package}.spec.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        spec = path
    over = None
    if overrides:
        over = out.parent / f"{package}.overrides.toml"
        over.write_text(overrides, encoding="utf-8")
    result = generate(spec, package=package, overrides_path=over)
    write(result.files, out)
    return result


@contextmanager
def imported(out: Path, package: str) -> Iterator[ModuleType]:
    def forget() -> None:
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]

    forget()
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        forget()


def build_all(models: ModuleType) -> list[str]:
    """``model_rebuild(force=True)`` on every model class of ``models`` (a module or package);
    a class that refers to a name nobody defines fails here. Returns the class names."""
    import pydantic

    names = list(getattr(models, "__all__", None) or dir(models))
    built = []
    for name in names:
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
            cls.model_rebuild(force=True)
            built.append(name)
    return built


def mypy_strict(out: Path, package: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
