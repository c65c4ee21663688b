"""``python -m codegen``.

The process ends with ``os._exit`` once the command is done and its output flushed: tearing
down the interpreter (collecting the document, the IR, the loaded libraries' modules) took
longer than writing the output, and nothing is left to clean up by then (files are closed, the
model stage's process has been reaped, the ruff thread has been joined).
"""

import os
import sys

from codegen.cli import main

status = main()
try:
    sys.stdout.flush()
    sys.stderr.flush()
finally:
    os._exit(status)
