"""Models for the payloads of OpenAPI 3.1 ``webhooks``: what the API sends, for users to parse.

A webhook operation's request body is an event the server posts to the user's endpoint; the
client never calls it, so it gets no resource method, but its payload schema gets a model. A
payload that is a component ``$ref`` already is one (``reachable`` keeps the components
webhooks use); an inline payload schema is named here and added to the component schemas:
``<Webhook>Webhook`` (``newPet`` → ``NewPetWebhook``), with the method when it is not POST
(``NewPetPutWebhook``) and the media type's subtype when a webhook offers several.
A name an existing component already has is reported and the inline payload left out.
"""

from __future__ import annotations

from typing import Any

from codegen.errors import Diagnostics, pointer
from codegen.ir import naming

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _payloads(webhooks: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any], int]]:
    out = []
    for hook, item in webhooks.items():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            body = (
                (item.get(method) or {}).get("requestBody")
                if isinstance(item.get(method), dict)
                else None
            )
            content = body.get("content") if isinstance(body, dict) else None
            if not isinstance(content, dict):
                continue
            for media, entry in content.items():
                schema = entry.get("schema") if isinstance(entry, dict) else None
                if isinstance(schema, dict) and schema and "$ref" not in schema:
                    out.append((hook, method, media, schema, len(content)))
    return out


def with_webhook_payloads(
    document: dict[str, Any], diags: Diagnostics | None = None
) -> dict[str, Any]:
    """``document`` with each inline webhook payload schema added to ``components/schemas``."""
    webhooks = document.get("webhooks")
    if not isinstance(webhooks, dict):
        return document
    components = document.get("components") or {}
    schemas = dict(components.get("schemas") or {})
    added = False
    for hook, method, media, schema, count in _payloads(webhooks):
        words = [hook] + ([] if method == "post" else [method])
        if count > 1:
            words.append(media.split("/")[-1].split(";")[0])
        name = str(naming.pascal(" ".join([*words, "webhook"])))
        at = pointer("webhooks", hook, method, "requestBody", "content", media, "schema")
        if name in schemas:
            if diags is not None:
                diags.warn(
                    f"the inline webhook payload would be named {name!r}, which a component "
                    "schema already is",
                    at,
                    "left its model out; move the payload to components/schemas",
                )
            continue
        schemas[name] = schema
        added = True
    if not added:
        return document
    return {**document, "components": {**components, "schemas": schemas}}
