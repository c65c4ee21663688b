"""The generated package can be published: README and metadata from the spec's ``info``, a
wheel and an sdist that build offline and pass ``twine check``."""

from __future__ import annotations

import email
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import ROOT, shared_spec

HEYGEN_OVERRIDES = ROOT / "openapi" / "overrides.toml"  # the product's own rules


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("publishable") / "out"
    spec = shared_spec("heygen-external-api-2026-04.json")
    write(generate(spec, overrides_path=HEYGEN_OVERRIDES).files, out)
    return out


def test_metadata_comes_from_info(package_dir: Path) -> None:
    project = tomllib.loads((package_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["readme"] == "README.md"
    assert project["description"].startswith("HeyGen's external API")
    assert project["authors"] == [{"name": "HeyGen Product Infra"}]
    assert project["urls"] == {
        "Homepage": "https://heygen.com",
        "Documentation": "https://docs.heygen.com",
    }


def test_readme_covers_what_users_need(package_dir: Path) -> None:
    text = (package_dir / "README.md").read_text(encoding="utf-8")
    for heading in (
        "Install",
        "Authentication",
        "Calls",
        "Errors",
        "Retries",
        "Paging",
        "Polling",
        "Raw responses",
        "Logging",
    ):
        assert f"\n## {heading}" in text
    assert "client.video_translations.proofreads.create(" in text  # an example from the spec
    assert "client.webhooks.endpoints.list()" in text
    assert "HEYGEN_API_KEY" in text
    assert "HEYGEN_LOG=info" in text


def test_wheel_and_sdist_build_offline_and_pass_twine_check(
    package_dir: Path, tmp_path: Path
) -> None:
    dist = tmp_path / "dist"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--sdist",
            "--wheel",
            "--outdir",
            str(dist),
            str(package_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    built = sorted(p.name for p in dist.iterdir())
    assert sorted(n.rsplit(".", 1)[-1] for n in built) == ["gz", "whl"], built
    proc = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dist.iterdir()))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("PASSED") == 2, proc.stdout
    [wheel] = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
        message = email.message_from_bytes(zf.read(meta))
    assert message["Description-Content-Type"] == "text/markdown"
    assert "heygen/py.typed" in names
    assert "heygen/api.md" in names
    assert "Project-URL" in message
