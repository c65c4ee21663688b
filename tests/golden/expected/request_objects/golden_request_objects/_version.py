# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The package version (the API document's `info.version` unless the overrides file sets one)."""

__version__ = "1.0.0"
