# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""The base class of every generated model: the package's pydantic configuration, said once.

Generated models derive from :class:`BaseModel` instead of repeating a ``model_config`` in each
class. What it sets:

- ``populate_by_name=True``: a field whose wire name is not a Python name (``from`` → ``from_``,
  non-ASCII names) is filled by either name, so ``model_body`` can validate keyword arguments by
  field name. Models without aliases are unaffected.

What it leaves at pydantic's defaults, on purpose (the forward-compatibility rules of ``_parse``):
unknown fields are ignored (``extra="ignore"``; models whose schema allows extra members set
``extra="allow"`` themselves), and ``strict_response_validation`` forbids them per call.
"""

from __future__ import annotations

import pydantic

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """A pydantic model with the package's configuration."""

    model_config = pydantic.ConfigDict(populate_by_name=True)
