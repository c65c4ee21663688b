"""The pull-request workflow: linted against the Actions schema, and its changelog script run here."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SPEC

WORKFLOW = ROOT / ".github" / "workflows" / "codegen.yml"
SCRIPT = ROOT / ".github" / "scripts" / "spec-changelog.sh"


def test_workflow_is_valid_for_github_actions() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "make check" in text
    assert "run: make test" in text  # the whole suite is a job of its own
    assert "spec-changelog.sh" in text
    # One comment per pull request: found by the script's hidden marker and edited.
    assert "gh pr comment" in text
    assert "--method PATCH" in text
    assert "startswith" in text
    # The full report is an artifact; forks (read-only token) skip only the comment.
    assert "actions/upload-artifact" in text
    assert "GITHUB_STEP_SUMMARY" in text
    assert "github.event.pull_request.head.repo.full_name == github.repository" in text


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_changelog_script_writes_the_pull_request_comment(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    shutil.copy(SPEC, repo / "openapi" / "external-api.json")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".")
    _git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "base")
    # The pull request adds a required request field: a breaking change.
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    request = doc["components"]["schemas"]["CreateProofreadRequest"]
    request["properties"]["region"] = {"type": "string"}
    request["required"].append("region")
    (repo / "openapi" / "external-api.json").write_text(json.dumps(doc), encoding="utf-8")

    out = tmp_path / "changelog.md"
    proc = subprocess.run(
        ["bash", str(SCRIPT), "HEAD", str(out), str(tmp_path / "full.md")],
        cwd=repo,
        env={**os.environ, "PYTHON": sys.executable, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!-- codegen: API changelog for openapi/external-api.json -->\n")
    assert "# API changes: `HEAD:openapi/external-api.json` → `openapi/external-api.json`" in text
    assert "POST /v3/video-translations/proofreads" in text
    assert "`CreateProofreadRequest.region`: added (required" in text
    assert "## Breaking" in text
    assert "/tmp" not in text  # no temporary paths
    assert len(text) <= 65_536
    assert (tmp_path / "full.md").read_text(encoding="utf-8").startswith("# API changes:")
