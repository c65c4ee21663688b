# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.webhooks`, whose classes `_webhooks` holds.

Each resource nested in it has a module here, imported when its accessor is first read.
"""

from ._webhooks import (
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)

__all__ = [
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
]
