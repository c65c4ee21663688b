# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Per-operation functions, one module per resource; each takes the client as first argument."""
