"""Property: random valid specs — random names, descriptions with quotes, backslashes, newlines and
Jinja syntax, nested and recursive schemas — either generate code that compiles, imports and
round-trips a sample payload, or fail with the generator's own error type. Never anything else."""

from __future__ import annotations

import collections
import contextlib
import importlib
import itertools
import json
import keyword
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.errors import CodegenError

from .support import CANARY, generate_into, imported

_counter = itertools.count()

NASTY = [
    '"""',
    "'''",
    "\\",
    "\\n",
    "\n",
    "\r\n",
    "{{ 7*7 }}",
    "{% if x %}",
    "{# c #}",
    "#",
    '"',
    "'",
    "\t",
    f'"); __import__("os").system("touch {CANARY}") #',
    "class",
    "None",
]
# Every character but lone surrogates, including those str.splitlines() treats as line breaks but
# Python source does not (\x0b \x0c \x1c-\x1e \x85 \u2028 \u2029; see inj_enum_line_separator.json).
_chars = st.characters(blacklist_categories=("Cs",))
text = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(alphabet=_chars, max_size=8)), max_size=6
).map("".join)
wire_name = st.one_of(
    st.sampled_from(
        [
            *("class", "import", "list", "id", "type", "self", "1st", "user-id", "userId"),
            *("a b", "ü", *keyword.kwlist[:10]),
        ]
    ),
    st.from_regex(r"[A-Za-z_$@.\- ][A-Za-z0-9_$@.\- ]{0,10}", fullmatch=True),
)
schema_name = st.from_regex(r"[A-Z][A-Za-z0-9]{0,8}", fullmatch=True)


@st.composite
def specs(draw: st.DrawFn) -> tuple[dict[str, Any], str, dict[str, Any]]:
    """A spec whose ``Root`` schema is returned by ``GET /root``, and a payload for Root."""
    names = draw(st.lists(schema_name, min_size=1, max_size=3, unique=True))
    names = ["Root", *[n for n in names if n != "Root"]]
    schemas: dict[str, Any] = {}
    payloads: dict[str, Any] = {}
    for index, name in reversed(list(enumerate(names))):
        props: dict[str, Any] = {}
        payload: dict[str, Any] = {}
        for prop in draw(st.lists(wire_name, max_size=4, unique_by=str.lower)):
            kind = draw(st.sampled_from(["string", "integer", "enum", "ref", "self", "list"]))
            if kind == "string":
                props[prop] = {"type": "string", "description": draw(text)}
                payload[prop] = draw(text)
            elif kind == "integer":
                props[prop] = {"type": "integer", "title": draw(text)}
                payload[prop] = draw(st.integers(-(2**31), 2**31))
            elif kind == "enum":
                values = draw(st.lists(text, min_size=1, max_size=4, unique=True))
                props[prop] = {"type": "string", "enum": values}
                payload[prop] = values[0]
            elif kind == "ref" and index + 1 < len(names):
                target = names[index + 1]
                props[prop] = {"$ref": f"#/components/schemas/{target}"}
                payload[prop] = payloads[target]
            elif kind == "self":  # recursion
                props[prop] = {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}
                payload[prop] = []
            else:
                props[prop] = {"type": "array", "items": {"type": "string"}}
                payload[prop] = [draw(text)]
        schemas[name] = {"type": "object", "description": draw(text), "properties": props}
        payloads[name] = payload
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Prop", "version": "1.0.0", "description": draw(text)},
        "servers": [{"url": "http://127.0.0.1:1"}],
        "paths": {
            "/root": {
                "get": {
                    "operationId": "getRoot",
                    "tags": ["root"],
                    "summary": draw(text),
                    "description": draw(text),
                    "responses": {
                        "200": {
                            "description": draw(text),
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Root"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }
    return spec, "Root", payloads["Root"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=specs())
def _generate_working_code_or_a_codegen_error(
    outcomes: collections.Counter[str], case: tuple[dict[str, Any], str, dict[str, Any]]
) -> None:
    spec, root, payload = case
    with tempfile.TemporaryDirectory(prefix="hostile-prop-") as tmp:
        base = Path(tmp)
        path = base / "spec.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        package = f"prop_pkg_{next(_counter)}"
        # An injected payload that ran would create HOSTILE_CANARY in the working directory: base.
        with contextlib.chdir(base):
            try:
                result = generate_into(path, base / "out", package=package)
            except CodegenError:
                outcomes["refused"] += 1
                return  # the generator's own error type: an allowed outcome
            for rel, source in result.files.items():
                if rel.endswith(".py"):
                    compile(source, rel, "exec")
            with imported(base / "out", package) as pkg:
                models = importlib.import_module(f"{pkg.__name__}.models")
                model = getattr(models, root)
                obj = model.model_validate(payload)
                dumped = obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
                assert dumped == payload
        assert not (base / CANARY).exists()
        outcomes["generated"] += 1


def test_random_specs_generate_working_code_or_a_codegen_error() -> None:
    outcomes: collections.Counter[str] = collections.Counter()
    _generate_working_code_or_a_codegen_error(outcomes)
    # A refusal is allowed, but a generator that refused most examples would test almost nothing.
    assert outcomes["generated"] > outcomes["refused"], outcomes
