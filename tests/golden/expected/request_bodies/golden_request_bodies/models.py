# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""
