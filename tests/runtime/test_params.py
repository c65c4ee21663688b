"""``_params``: every row of the OpenAPI style examples table (3.1.0, with the two errata 3.1.1
fixed), plus what the table leaves open: ``allowReserved``, models by wire name, nesting in
``deepObject``, percent-encoding of values but not of a style's delimiters, merging of layers,
cookies and headers.

The table's parameter is ``color`` with ``"blue"``, ``["blue", "black", "brown"]`` or
``{"R": 100, "G": 200, "B": 150}``; "empty" is the empty string. Errata: 3.1.0 writes non-exploded
``label`` arrays and objects with dots (``.blue.black.brown``), which contradicts RFC 6570 section
3.2.5 that it cites (``{.list}`` is ``.red,green,blue``), and leaves the name out of the
``spaceDelimited`` / ``pipeDelimited`` rows; 3.1.1 corrects both, as here.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pydantic import BaseModel, Field
from runtime._build import HeaderMap
from runtime._options import cookie_header
from runtime._params import (
    Styled,
    StyleName,
    cookie_pairs,
    encode_query,
    expand_path,
    param_text,
    path_text,
    query_pairs,
)
from runtime._types import NOT_GIVEN

STRING = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}

# (style, explode, empty, string, array, object); None: n/a in the table.
TABLE: list[tuple[StyleName, bool, str | None, str | None, str | None, str | None]] = [
    ("matrix", False, ";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"),
    ("matrix", True, ";color", ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"),
    ("label", False, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("label", True, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("form", False, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    ("form", True, "color=", "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"),
    ("simple", False, None, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("simple", True, None, "blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("spaceDelimited", False, None, None, "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150"),
    ("pipeDelimited", False, None, None, "color=blue|black|brown", "color=R|100|G|200|B|150"),
    ("deepObject", True, None, None, None, "color[R]=100&color[G]=200&color[B]=150"),
]  # fmt: skip

CELLS = [
    pytest.param(style, explode, value, text, id=f"{style}-{explode}-{kind}")
    for style, explode, *texts in TABLE
    for kind, value, text in zip(("empty", "string", "array", "object"), ("", STRING, ARRAY, OBJECT), texts, strict=True)
    if text is not None
]  # fmt: skip


def serialize(style: StyleName, explode: bool, value: object) -> str:
    """The cell as the table shows it: query styles joined with ``&``, path styles as the
    segment; ``simple`` as a header value (and, percent-encoded the same here, a path)."""
    if style in ("matrix", "label"):
        return path_text("color", value, style, explode=explode)
    if style == "simple":
        text = param_text(value, explode=explode)
        assert path_text("color", value, style, explode=explode) == text
        return text
    return "&".join(query_pairs("color", value, style, explode=explode))


@pytest.mark.parametrize(("style", "explode", "value", "text"), CELLS)
def test_style_examples_table(style: StyleName, explode: bool, value: object, text: str) -> None:
    assert serialize(style, explode, value) == text


def test_every_cell_of_the_table_is_checked() -> None:
    assert len(CELLS) == sum(t is not None for row in TABLE for t in row[2:]) == 35


class Filter(BaseModel):
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = None
    owner: Owner | None = None


class Owner(BaseModel):
    id: str
    active: bool = True


Filter.model_rebuild()


class Color(enum.Enum):
    RED = "red"


def test_deep_object_models_use_wire_names_and_omit_unset_and_none_fields() -> None:
    value = Filter(firstName="Elon", last_name=None, owner=Owner(id="7"))
    assert query_pairs("filter", value, "deepObject") == [
        "filter[firstName]=Elon",
        "filter[owner][id]=7",
    ]


def test_deep_object_nests_dicts_and_repeats_arrays() -> None:
    value = {"name": "Elon", "ids": [1, 2], "owner": {"id": "a b", "since": date(2020, 1, 2)}}
    assert "&".join(query_pairs("filter", value, "deepObject")) == (
        "filter[name]=Elon&filter[ids]=1&filter[ids]=2"
        "&filter[owner][id]=a%20b&filter[owner][since]=2020-01-02"
    )


def test_values_are_percent_encoded_but_not_the_delimiters() -> None:
    assert query_pairs("q", ["a,b", "c d", "é"], "form", explode=False) == ["q=a%2Cb,c%20d,%C3%A9"]
    assert query_pairs("q", ["a|b", "c"], "pipeDelimited", explode=False) == ["q=a%7Cb|c"]
    assert query_pairs("f", {"k]": "v[&"}, "deepObject") == ["f[k%5D]=v%5B%26"]
    assert path_text("id", ["a/b", "c;d"], "matrix", explode=True) == ";id=a%2Fb;id=c%3Bd"
    assert path_text("id", "a.b", "label") == ".a.b"


def test_allow_reserved_keeps_reserved_characters_but_not_hash_or_percent() -> None:
    value = "a/b?c=d&e[f]:@!$'()*+,;#100%"
    assert query_pairs("q", value, allow_reserved=True) == ["q=a/b?c=d&e[f]:@!$'()*+,;%23100%25"]
    assert query_pairs("q", value) == [
        "q=a%2Fb%3Fc%3Dd%26e%5Bf%5D%3A%40%21%24%27%28%29%2A%2B%2C%3B%23100%25"
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (Color.RED, "red"),
        (1.5, "1.5"),
        (datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "2025-01-02T03%3A04%3A05%2B00%3A00"),
    ],
)
def test_scalars_have_their_wire_text(value: object, text: str) -> None:
    assert query_pairs("v", value) == [f"v={text}"]


def test_nested_values_without_a_defined_form_are_json_text() -> None:
    assert query_pairs("v", [{"a": 1}], explode=True) == ["v=%7B%22a%22%3A1%7D"]
    assert param_text({"k": [1, 2]}) == "k,[1,2]"


def test_encode_query_merges_layers_and_writes_each_style() -> None:
    query: dict[str, Any] = {
        "filter": Styled({"name": "Elon"}, "deepObject", explode=True),
        "ids": ["a", "b"],
        "tags": Styled(["x", "y"], "form", explode=False),
        "gone": NOT_GIVEN,
        "later": "1",
        "none": None,
        "absent": Styled(NOT_GIVEN, "deepObject", explode=True),
    }
    assert encode_query(query, {"later": None, "extra": "a b"}) == (
        "filter[name]=Elon&ids=a&ids=b&tags=x,y&extra=a%20b"
    )
    assert encode_query(None, {}) == ""
    assert encode_query({"filter[status]": "open"}) == "filter[status]=open"


def test_empty_arrays_and_objects() -> None:
    assert query_pairs("c", [], explode=True) == []
    assert query_pairs("c", [], explode=False) == ["c="]
    assert query_pairs("c", {}, "deepObject") == []


def test_expand_path_styles_and_refusals() -> None:
    path = expand_path(
        "/a/{x}/{y}/{z}",
        {"x": ["1", "2"], "y": Styled({"k": "v"}, "matrix", explode=True), "z": "a b"},
    )
    assert path == "/a/1,2/;k=v/a%20b"
    for bad in ("", ".", "..", Styled("", "label", explode=False)):
        with pytest.raises(ValueError, match="path parameter `x`"):
            expand_path("/a/{x}", {"x": bad})
    with pytest.raises(ValueError, match="Missing path parameter 'x'"):
        expand_path("/a/{x}", {})


def test_headers_are_simple_without_percent_encoding() -> None:
    assert param_text(Styled({"r": 1, "g": "a b"}, "simple", explode=True)) == "r=1,g=a b"
    assert param_text(Owner(id="7")) == "id,7"


def test_cookies_are_form_style() -> None:
    assert cookie_pairs("color", ARRAY) == ["color=blue", "color=black", "color=brown"]
    assert cookie_pairs("color", OBJECT) == ["R=100", "G=200", "B=150"]
    assert cookie_pairs("color", ARRAY, explode=False) == ["color=blue,black,brown"]
    assert cookie_pairs("color", OBJECT, explode=False) == ["color=R,100,G,200,B,150"]
    assert cookie_header(
        {"s": "a;b c", "t": Styled(["x", "y"], "form", explode=False), "u": None}
    ) == ("s=a%3Bb%20c; t=x,y")
    assert cookie_header({"t": Styled(None, "form", explode=False)}) is NOT_GIVEN


def test_header_map_drops_missing_styled_values() -> None:
    headers = HeaderMap({"X-A": "1"}, {"X-A": Styled(NOT_GIVEN, "simple", explode=True)})
    assert headers.values == {"X-A": "1"}


def test_str_enums_are_written_by_value() -> None:
    class Mode(enum.StrEnum):
        FAST = "fast-mode"

    assert query_pairs("m", Mode.FAST) == ["m=fast-mode"]
    assert param_text([Mode.FAST]) == "fast-mode"
