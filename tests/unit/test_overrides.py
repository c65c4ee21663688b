"""The overrides file's plain reader (:mod:`codegen.overrides`) against its schema of record
(:mod:`codegen.spec.overrides_check`, pydantic): whatever the plain reader accepts, the schema accepts
with the same values; everything else is the schema's to report or coerce; and the records have
the schema's fields and defaults."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from codegen import overrides as plain
from codegen.errors import CodegenError
from codegen.spec import overrides_check as schema

ROOT = Path(__file__).resolve().parents[2]

# Each a whole file: accepted as written, accepted after a coercion, or refused.
FILES = [
    "",
    '[client]\npackage = "github"\nname = "GitHub"\nenv_prefix = "GITHUB"\n',
    '[client]\nmodels = "package"\nversion = "1"\ndocs_url = "https://x"\n',
    '[client]\nmodels = "modules"\n',
    "[client]\nversion = 1\n",
    '[client]\ncolour = "red"\n',
    '[templates]\nfolder = "tpl"\n',
    '[templates]\nfolder = " tpl "\n',
    '[templates]\nfolder = ""\n',
    '[envelope]\nsuccess = "data"\nerror = "error"\n',
    "[default_timeouts]\nread = 10.5\nwrite = 60.0\nupload = inf\n",
    "[default_timeouts]\nread = 10\n",
    "[default_timeouts]\nread = 0.0\n",
    "[default_timeouts]\nread = -1.5\n",
    "[default_timeouts]\nread = nan\n",
    '[default_timeouts]\nread = "10"\n',
    "[default_timeouts]\nread = true\n",
    '[paging]\nreason = "all lists"\nitems = "data"\nnext_link = "next"\n',
    '[paging]\nreason = "all lists"\nitems = ["a.b", "c"]\nnext_cursor = "meta.next"\n'
    'cursor_param = "after"\nhas_more = "more"\ntotal = ""\nshort_page = true\n'
    'first_page = 1\nlimit_param = "n"\ninfer = false\nmatch_params = ["page"]\n',
    '[paging]\nreason = "all lists"\nitems = "a..b"\n',
    '[paging]\nreason = "all lists"\nitems = ["a", ""]\n',
    '[paging]\nreason = "all lists"\nfirst_page = 1.0\n',
    '[paging]\nreason = "all lists"\nfirst_page = true\n',
    '[paging]\nreason = "all lists"\nshort_page = 1\n',
    '[paging]\nreason = "  padded  "\n',
    '[paging]\nreason = "no"\n',
    '[paging]\nitems = "data"\n',
    '[paging]\nreason = "all lists"\nstatus = "x"\n',
    '[operations."GET /a"]\nreason = "clearer"\nname = "fetch"\nresource = "things"\n'
    'timeout = 30.0\nparams = {"path.id" = "ident"}\npaging = false\n',
    '[operations."GET /a"]\nreason = "clearer"\ntimeout = 30\n',
    '[operations."GET /a"]\nreason = "clearer"\npaging = true\n',
    '[operations."GET /a"]\nreason = "clearer"\npaging = {items = "data", next_url = "next"}\n',
    '[operations."GET /a"]\nreason = "clearer"\npaging = {items = "data", reason = "x"}\n',
    '[operations."GET /a"]\nreason = "clearer"\nparams = {"path.id" = 1}\n',
    '[operations."GET /a"]\nname = "fetch"\n',
    '[operations."GET /a"]\nreason = "  a reason "\n',
    '[polling."GET /jobs/{id}"]\nreason = "jobs finish"\nsuccess = ["done"]\n',
    '[polling."GET /jobs/{id}"]\nreason = "jobs finish"\nsuccess = ["done"]\nfailure = ["x"]\n'
    'status_field = "state"\nname = "wait"\ntimeout = 60.0\ninterval = 0.5\n',
    '[polling."GET /jobs/{id}"]\nreason = "jobs finish"\nsuccess = []\n',
    '[polling."GET /jobs/{id}"]\nreason = "jobs finish"\nsuccess = ["done"]\ntimeout = 60\n',
    '[polling."GET /jobs/{id}"]\nreason = "jobs finish"\n',
    '[schemas."#/components/schemas/A"]\nreason = "clash"\nname = "Aa"\nfields = {"a-b" = "ab"}\n',
    '[schemas."#/components/schemas/A"]\nreason = "clash"\nfields = ["a"]\n',
    'operations = "none"\n',
    '[extra]\nkey = "value"\n',
]


def _by_schema(data: dict[str, Any]) -> plain.Overrides | str:
    try:
        return schema.check(data, "overrides.toml")
    except CodegenError as exc:
        return f"{exc} @ {exc.pointer}"


@pytest.mark.parametrize("text", FILES)
def test_the_plain_reader_accepts_only_what_the_schema_reads_the_same(text: str) -> None:
    data = tomllib.loads(text)
    expected = _by_schema(data)
    try:
        got: plain.Overrides | str = plain._overrides(data)
    except plain._Refused:
        got = plain.read(data, "overrides.toml") if not isinstance(expected, str) else expected
    if isinstance(got, plain.Overrides) and isinstance(expected, plain.Overrides):
        # (dataclass equality ignores 1 == 1.0: the types must match too)
        assert repr(got) == repr(expected)
    assert got == expected


def test_every_repository_overrides_file_is_read_plainly_and_as_the_schema_reads_it() -> None:
    found = sorted((ROOT / "tests").rglob("*overrides*.toml"))
    paths = [ROOT / "openapi" / "overrides.toml", *found]
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        got = plain._overrides(data)  # (no coercion in the project's own files)
        assert repr(got) == repr(schema.check(data, path.name)), path


def test_a_coerced_value_comes_back_as_the_schema_made_it() -> None:
    data = tomllib.loads('[operations."GET /a"]\nreason = "  slow one  "\ntimeout = 300\n')
    read = plain.read(data, "overrides.toml").operations["GET /a"]
    assert (read.reason, read.timeout, type(read.timeout)) == ("slow one", 300.0, float)


def test_a_problem_is_reported_by_the_schema() -> None:
    data = tomllib.loads('[paging]\nitems = "data"\nnext_link = "next"\n')
    with pytest.raises(CodegenError, match="Field required") as caught:
        plain.read(data, "overrides.toml")
    assert caught.value.pointer == "#/paging/reason"


_PAIRS = [
    (plain.ClientSettings, schema.ClientSettings),
    (plain.EnvelopeSettings, schema.EnvelopeSettings),
    (plain.DefaultTimeouts, schema.DefaultTimeouts),
    (plain.PagingRule, schema.PagingRule),
    (plain.PagingSettings, schema.PagingSettings),
    (plain.OperationOverride, schema.OperationOverride),
    (plain.PollOverride, schema.PollOverride),
    (plain.SchemaOverride, schema.SchemaOverride),
    (plain.TemplateSettings, schema.TemplateSettings),
    (plain.Overrides, schema.Overrides),
]


@pytest.mark.parametrize(("record", "model"), _PAIRS, ids=[p[0].__name__ for p in _PAIRS])
def test_each_record_has_its_models_fields_and_defaults(record: Any, model: Any) -> None:
    fields = {f.name: f for f in dataclasses.fields(record) if f.name != "given"}
    assert list(fields) == list(model.model_fields)
    for name, f in fields.items():
        info = model.model_fields[name]
        if info.is_required():
            assert f.default is dataclasses.MISSING
            assert f.default_factory is dataclasses.MISSING
        else:
            default = (
                f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            )
            wanted = info.get_default(call_default_factory=True)
            if hasattr(wanted, "model_dump"):
                assert dataclasses.asdict(default) == wanted.model_dump(), name
            else:
                assert default == wanted, name
    assert set(plain.PagingRule.model_fields) == set(schema.PagingRule.model_fields)


def test_reading_a_plain_file_does_not_import_pydantic() -> None:
    code = (
        "import sys; from pathlib import Path; import codegen.cli, codegen.pipeline; "
        "from codegen.overrides import load_overrides; "
        f"load_overrides(Path({str(ROOT / 'openapi' / 'overrides.toml')!r})); "
        "print('pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
