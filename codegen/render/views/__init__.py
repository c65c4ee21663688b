"""IR → view objects: every name, annotation, literal and import set a template prints.

Templates only lay these out, once per mode (sync, async): a view holds each value once and the
template derives the async spelling (``async def``, ``await``, ``AsyncPager``) from the mode.
Each string that originates in the spec is passed through :mod:`codegen.render.text` here, once,
for the context it will appear in.

- :mod:`.records`: the view dataclasses;
- :mod:`.docstrings`: prose for docstrings (summaries, argument entries, raises);
- :mod:`.operations`: one operation (its arguments, wire names, body, endpoint) and one poll;
- :mod:`.client`: a resource (its imports), its entry for the package-wide files, and the
  whole API.
"""

from codegen.render.views.client import api_view, child_input, resource_entry, resource_view
from codegen.render.views.operations import operation_view, poll_view
from codegen.render.views.records import (
    ApiView,
    ArgView,
    AuthView,
    DocView,
    ErrorView,
    OperationView,
    PollView,
    RaisesView,
    ResourceView,
    WireView,
)

__all__ = [
    "ApiView",
    "ArgView",
    "AuthView",
    "DocView",
    "ErrorView",
    "OperationView",
    "PollView",
    "RaisesView",
    "ResourceView",
    "WireView",
    "api_view",
    "child_input",
    "operation_view",
    "poll_view",
    "resource_entry",
    "resource_view",
]
