r"""The spec: load a document, validate it, resolve and bundle its ``$ref``\s."""
