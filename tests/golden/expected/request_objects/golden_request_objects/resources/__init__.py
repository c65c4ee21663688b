# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The client's resource namespaces, one module each."""
