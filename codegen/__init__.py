"""OpenAPI → Python client generator.

The pipeline (see :mod:`codegen.pipeline`) is a chain of plain functions: load, validate, resolve,
build the IR, generate models, render, format, write. Only the last one touches the output directory.
"""

__version__ = "0.1.0"
