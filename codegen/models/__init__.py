"""Pydantic models: datamodel-code-generator run as a library, its output rewritten and split."""
