# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""The base class of every generated model: the package's pydantic configuration, said once.

Generated models derive from :class:`BaseModel` instead of repeating a ``model_config`` in each
class. What it sets:

- ``populate_by_name=True``: a field whose wire name is not a Python name (``from`` → ``from_``,
  non-ASCII names) is filled by either name, so ``model_body`` can validate keyword arguments by
  field name. Models without aliases are unaffected.
- ``protected_namespaces=()``: a spec's property may start with ``model_dump`` or
  ``model_validate`` (``model_dump_format``, or ``model_dump_``, the name given to a property
  called ``model_dump`` so that it does not shadow the method). Under pydantic's default every
  such model class warns when it is built, and an application that runs with warnings as errors
  (``-W error``, pytest's ``filterwarnings = error``) cannot import it. A field that really
  shadows a ``BaseModel`` attribute is renamed by the generator, and pydantic still warns
  ("shadows an attribute in parent") should one get through.

What it leaves at pydantic's defaults, on purpose (the forward-compatibility rules of ``_parse``):
unknown fields are ignored (``extra="ignore"``; models whose schema allows extra members set
``extra="allow"`` themselves), and ``strict_response_validation`` forbids them per call.
"""

from __future__ import annotations

import pydantic

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """A pydantic model with the package's configuration."""

    model_config = pydantic.ConfigDict(populate_by_name=True, protected_namespaces=())
