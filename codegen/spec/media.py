"""Media types the generator reads item by item: server-sent events and JSON Lines (NDJSON,
JSON text sequences). Shared by validation (which warns about other ``itemSchema`` media
types) and the response builder."""

from __future__ import annotations

EVENT_STREAM = "text/event-stream"
JSON_LINES = frozenset(
    {
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/json-seq",
    }
)


def base(media: str) -> str:
    """``Text/Event-Stream; charset=utf-8`` → ``text/event-stream``."""
    return media.split(";")[0].strip().lower()


def is_item_stream(media: str) -> bool:
    """A media type read item by item (events or JSON lines)."""
    return base(media) == EVENT_STREAM or base(media) in JSON_LINES
