"""Runtime test set-up: ``templates/`` and the repository root on ``sys.path`` (so ``runtime.X`` and
``tests.support`` import), the ``fault_server`` fixture, and a small ``ClientConfig`` for tests."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
for _path in (_ROOT / "templates", _ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from tests.support.fault_server import fault_server  # noqa: E402

__all__ = ["fault_server"]
