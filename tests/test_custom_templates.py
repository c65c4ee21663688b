"""User template folders (`[templates] folder` in overrides.toml), end to end through the CLI.

A template there replaces the built-in one of the same name; editing it regenerates (it is part
of the inputs fingerprint); a missing folder, a name that replaces nothing, an unknown key and a
template that fails to render are each a few readable lines naming the culprit, never a traceback.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT
from tests.test_cli import _run

PETSTORE = ROOT / "tests" / "golden" / "specs" / "petstore.yaml"
API_MD = (
    "{{ api.client_name }} by our team\n{% for r in api.resources %}- {{ r.name }}\n{% endfor %}"
)


def _project(tmp_path: Path, overrides: str, templates: dict[str, str]) -> Path:
    """A spec folder: petstore, its overrides file and a template folder ``tpl/``."""
    spec = tmp_path / "spec" / "petstore.yaml"
    spec.parent.mkdir()
    shutil.copy(PETSTORE, spec)
    (spec.parent / "overrides.toml").write_text(overrides, encoding="utf-8")
    for name, text in templates.items():
        path = spec.parent / "tpl" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return spec


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return _run("generate", "--spec", str(spec), "--out", str(out), "--package", "pets")


def test_override_template_replaces_the_builtin_and_its_edit_regenerates(tmp_path: Path) -> None:
    spec = _project(tmp_path, '[templates]\nfolder = "tpl"\n', {"package/api.md.jinja": API_MD})
    out = tmp_path / "out"
    proc = _generate(spec, out)
    assert proc.returncode == 0, proc.stderr
    api_md = (out / "pets" / "api.md").read_text(encoding="utf-8")
    assert api_md.endswith("Petstore by our team\n- pets\n")
    assert "## Client" not in api_md  # the built-in api.md is not rendered
    assert "class Petstore" in (out / "pets" / "_client.py").read_text(encoding="utf-8")

    assert _generate(spec, out).stdout.strip() == f"{out} is up to date"
    before = _files(out)
    (spec.parent / "tpl" / "package" / "api.md.jinja").write_text(
        API_MD.replace("our team", "the docs team"), encoding="utf-8"
    )
    proc = _generate(spec, out)
    assert proc.returncode == 0, proc.stderr
    after = _files(out)
    changed = sorted(k for k in before if before[k] != after[k])
    assert changed == [".codegen-manifest.json", "pets/api.md"]
    assert "Petstore by the docs team" in (out / "pets" / "api.md").read_text(encoding="utf-8")


def _fails(tmp_path: Path, overrides: str, templates: dict[str, str]) -> str:
    out = tmp_path / "out"
    proc = _generate(_project(tmp_path, overrides, templates), out)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert not out.exists()  # nothing written
    return proc.stderr


def test_missing_template_folder_is_an_error(tmp_path: Path) -> None:
    err = _fails(tmp_path, '[templates]\nfolder = "nowhere"\n', {})
    assert "template folder" in err
    assert "nowhere does not exist" in err
    assert "overrides.toml#/templates/folder" in err


def test_template_that_replaces_nothing_is_an_error(tmp_path: Path) -> None:
    err = _fails(tmp_path, '[templates]\nfolder = "tpl"\n', {"package/apii.md.jinja": "x"})
    assert "apii.md.jinja replaces no built-in template" in err
    assert "package/api.md.jinja" in err  # the hint lists the names that exist


def test_unknown_templates_key_is_rejected(tmp_path: Path) -> None:
    err = _fails(tmp_path, '[templates]\nfolder = "tpl"\npath = "x"\n', {})
    assert "Extra inputs are not permitted" in err
    assert "[templates] takes only `folder`" in err
    assert "#/templates/path" in err


def test_template_that_fails_to_render_names_its_file(tmp_path: Path) -> None:
    template = "{{ api.no_such_field }}\n"
    err = _fails(tmp_path, '[templates]\nfolder = "tpl"\n', {"package/api.md.jinja": template})
    assert "tpl/package/api.md.jinja failed to render" in err
    assert "no_such_field" in err


def test_template_syntax_error_names_its_file_and_line(tmp_path: Path) -> None:
    template = "ok\n{% for r in api.resources %}\n"
    err = _fails(tmp_path, '[templates]\nfolder = "tpl"\n', {"package/api.md.jinja": template})
    assert "tpl/package/api.md.jinja line" in err
