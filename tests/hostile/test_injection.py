"""The injection canary: every payload in ``cases/inj_*`` would create ``HOSTILE_CANARY`` in the
working directory if it ever ran — as code in the output, or as a Jinja expression while
rendering. Each case is generated, checked statically (the canary text only ever inside string
tokens, never in a comment), imported, its docstrings read (``pydoc``, as ``help()`` does), its
client constructed and every operation it can call sent to a real local server, its models
round-tripped; then the canary file must not exist. Awkward wire names must survive a round trip
and enum values must equal the spec's strings."""

from __future__ import annotations

import ast
import contextlib
import io
import operator
import pkgutil
import pydoc
import sys
import tokenize
import tomllib
from pathlib import Path
from typing import Any

import pytest

from codegen.ir.records import Primitive
from codegen.pipeline import Result

from ..support.fault_server import FaultServer
from .expected import GENERATES, Generates
from .support import CANARY, ROOT, case, generate_into, imported

_SIMPLE = {"str": "v", "int": 1, "float": 1.5, "bool": True}


def _params() -> list[object]:
    out = []
    for name, exp in sorted(GENERATES.items()):
        marks = [pytest.mark.xfail(strict=True, reason=exp.xfail)] if exp.xfail else []
        out.append(pytest.param(name, exp, id=name, marks=marks))
    return out


_DANGEROUS = {"system", "popen", "exec", "eval", "__import__", "touch", "lipsum", "cycler"}


def _check_source(rel: str, text: str) -> None:
    tree = compile(text, rel, "exec", flags=ast.PyCF_ONLY_AST)
    for node in ast.walk(tree):
        # A payload that became code would call one of these; the output never does.
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            assert name not in _DANGEROUS, f"{rel}:{node.lineno}: call to {name}"
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.COMMENT:
            assert CANARY not in tok.string, f"{rel}:{tok.start[0]}: spec text in a comment"
            assert "os.system" not in tok.string, f"{rel}:{tok.start[0]}: spec text in a comment"
        elif CANARY in tok.string:
            # Inside a string, or folded into a sanitised identifier (a NAME token).
            assert tok.type in (tokenize.STRING, tokenize.NAME), (
                f"{rel}:{tok.start[0]}: payload outside a string literal: {tok.string!r}"
            )


def _check_static(files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        if rel.endswith(".py"):
            _check_source(rel, text)
        elif rel.endswith(".toml"):
            data = tomllib.loads(text)  # parses, and no spec text became a table
            assert set(data.get("tool", {})) <= {"setuptools", "hatch", "ruff", "mypy"}, data


def _value(type_: object) -> Any:
    if isinstance(type_, Primitive) and type_.name in _SIMPLE:
        return _SIMPLE[type_.name]
    raise LookupError(type_)


def _kwargs(op: Any) -> dict[str, Any] | None:
    """Arguments for a call with only the required inputs, or None when one is not simple."""
    kwargs: dict[str, Any] = {}
    try:
        for p in op.params:
            if p.required:
                kwargs[p.name] = _value(p.type)
        if op.body is not None and op.body.required:
            if not op.body.fields:
                return None
            for f in op.body.fields:
                if f.required:
                    kwargs[f.name] = _value(f.type)
    except LookupError:
        return None
    return kwargs


def _exercise_client(pkg: Any, result: Result, server: FaultServer) -> int:
    api = result.api
    creds = {a.param: "secret" for a in api.auth[:1]}
    client = getattr(pkg, api.client_name)(base_url=server.url, max_retries=0, **creds)
    repr(client)
    calls = 0
    with client:
        for res in api.resources:
            namespace = operator.attrgetter(".".join(res.path))(client)  # nested as the URL
            pydoc.render_doc(type(namespace))
            for op in res.operations:
                method = getattr(namespace, op.name)
                assert method.__doc__
                kwargs = _kwargs(op)
                if kwargs is None:
                    continue
                # A reply that does not match the schema is fine here.
                with contextlib.suppress(pkg.APIError):
                    method(**kwargs)
                calls += 1
    return calls


def _roundtrip(models: Any, exp: Generates) -> None:
    for cls_name, payloads in exp.roundtrip.items():
        cls = getattr(models, cls_name)
        for payload in payloads:
            obj = cls.model_validate(payload)
            assert obj.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload
            again = cls.model_validate_json(obj.model_dump_json(by_alias=True, exclude_unset=True))
            assert again == obj
    for enum_name, values in exp.enums.items():
        enum = getattr(models, enum_name)
        assert sorted(m.value for m in enum) == sorted(values)
        for value in values:
            assert enum(value).value == value
            assert isinstance(enum(value).value, str)


# Warnings are errors here: hostile names must not make the package warn when it is imported or
# its models are built (an application running with -W error could not import it).
@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize(("name", "exp"), _params())
def test_injection_case(
    name: str,
    exp: Generates,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault_server: FaultServer,
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # a payload that ran would create cwd/HOSTILE_CANARY
    out = tmp_path / "out"
    result = generate_into(case(name), out)
    _check_static(result.files)
    assert result.api.package not in sys.stdlib_module_names, "the package shadows the stdlib"
    with imported(out, result.api.package) as pkg:
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            module = __import__(info.name, fromlist=["_"])
            pydoc.render_doc(module)  # every docstring, as help() shows it
        pydoc.render_doc(pkg)
        calls = _exercise_client(pkg, result, fault_server)
        _roundtrip(pkg.models, exp)
    assert not (cwd / CANARY).exists(), "an injected payload ran"
    assert not (ROOT / CANARY).exists(), "an injected payload ran"
    assert len(fault_server.requests) == calls, "some calls never reached the server"


def test_hostile_paths_reach_the_server_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    result = generate_into(case("inj_paths.json"), out)
    with imported(out, result.api.package) as pkg:
        client = pkg.Paths(base_url=fault_server.url, max_retries=0)
        methods = {
            o.operation_id: operator.attrgetter(".".join((*r.path, o.name)))(client)
            for r in result.api.resources
            for o in r.operations
        }
        methods["getQuoted"](item_id="a/b c")
        methods["getUnicodePath"](class_="k")
        methods["getPayloadPath"]()
    paths = [r.path for r in fault_server.requests]
    assert paths[0].startswith("/items/a%2Fb%20c/")
    assert paths[1].startswith("/items/k/")
    assert paths[2].startswith("/x")
    assert not (tmp_path / CANARY).exists()


def test_keyword_and_reserved_parameters_keep_their_wire_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    result = generate_into(case("inj_names_keywords.json"), out)
    ((res, op),) = [(r, o) for r in result.api.resources for o in r.operations]
    by_wire = {p.wire_name: p.name for p in op.params}
    fields = {f.wire_name: f.name for f in op.body.fields} if op.body else {}
    with imported(out, result.api.package) as pkg:
        client = pkg.Keywords(base_url=fault_server.url, max_retries=0)
        method = operator.attrgetter(".".join((*res.path, op.name)))(client)
        kwargs = {by_wire["for"]: "F", by_wire["while"]: "W", by_wire["extra_query"]: "EQ"}
        kwargs |= {fields["class"]: "C", fields["self"]: "S", fields["timeout"]: "T"}
        with contextlib.suppress(pkg.APIError):
            method(**kwargs)
    (req,) = fault_server.requests
    assert req.path == "/k/F"
    assert req.query["while"] == ["W"]
    assert req.query["extra_query"] == ["EQ"]
    assert req.json == {"class": "C", "self": "S", "timeout": "T"}
