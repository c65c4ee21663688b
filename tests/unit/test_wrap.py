"""``codegen.render.text.wrap`` cuts lines exactly where ``textwrap.wrap`` does."""

from __future__ import annotations

import json
import random
import textwrap
from collections.abc import Iterator
from typing import Any

from codegen.render.text import wrap
from tests.conftest import SPEC


def _reference(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def test_the_specs_prose_wraps_as_textwrap_wraps_it() -> None:
    texts = set(_strings(json.loads(SPEC.read_text(encoding="utf-8"))))
    assert len(texts) > 500
    for text in texts:
        for block in text.split("\n\n"):
            joined = " ".join(line.strip() for line in block.splitlines())
            for width, indent in ((88, ""), (84, ""), (20, "    "), (6, "")):
                assert wrap(joined, width, indent) == _reference(joined, width, indent), joined


def test_random_texts_wrap_as_textwrap_wraps_them() -> None:
    rnd = random.Random(17)
    words = ["a", "bb", "ccc", "x" * 30, "-", "é", "a-b", "🦉"]
    spaces = [" ", " ", " ", "  ", "\t", "\xa0", "\u3000"]
    for _ in range(20_000):
        plain = rnd.random() < 0.7  # single plain spaces: the quick path
        parts = [rnd.choice(words) for _ in range(rnd.randint(0, 30))]
        text = " ".join(parts) if plain else "".join(p + rnd.choice(spaces) for p in parts)
        width = rnd.randint(1, 60)
        assert wrap(text, width) == _reference(text, width), (text, width)
