"""The model files are formatted where the models are made (the forked model process, or this
one under ``CODEGEN_JOBS=1``), the rest here: either way every Python file comes out formatted
exactly as one ruff run over the whole package gives it, and the cache of formatted texts holds
every one of them, so the next run formats nothing that did not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.output.cache import TEXT_SHARDS, unpack_texts
from codegen.pipeline import default_overrides, generate
from codegen.render.format import format_files
from codegen.render.package import runtime_paths
from tests.conftest import SPEC


@pytest.mark.parametrize("jobs", ["", "1"])
def test_model_files_formatted_in_either_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.setenv("CODEGEN_JOBS", jobs)
    result = generate(SPEC, overrides_path=default_overrides(SPEC), inputs_sha256="")
    package = result.api.package
    python = {
        rel: text
        for rel, text in result.files.items()
        if rel.endswith(".py") and rel not in runtime_paths(package)
    }
    models = [rel for rel in python if rel.startswith(f"{package}/models")]
    assert len(models) > 10
    # Formatting again changes nothing: each file is ruff's output already.
    assert format_files(python, packages=[package]) == python
    # Every formatted file, models included, is in the cache of formatted texts.
    table = {
        name: text
        for shard in TEXT_SHARDS
        if shard in result.cache
        for name, text in unpack_texts(result.cache[shard].partition(b"\n")[2]).items()
    }
    assert sorted(set(table.values()) & set(python.values())) == sorted(set(python.values()))
    assert len(table) == len(python)


@pytest.mark.parametrize("jobs", ["", "1"])
def test_a_second_run_keeps_every_entry_the_model_process_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """The model process names the entries it read from the cache folder instead of sending
    them (the finished models', megabytes on a large spec); this process takes them from the
    folder, so the next output's cache holds them as before, as read."""
    monkeypatch.setenv("CODEGEN_JOBS", jobs)
    first = generate(SPEC, overrides_path=default_overrides(SPEC), inputs_sha256="")
    folder = tmp_path / "cache"
    folder.mkdir()
    for name, raw in first.cache.items():
        (folder / name).write_bytes(raw)
    again = generate(
        SPEC, overrides_path=default_overrides(SPEC), inputs_sha256="", cache_dir=folder
    )
    assert again.files == first.files
    finished = [n for n in again.cache if n.startswith(("finished-", "facts-"))]
    assert len(finished) == 3  # the finished models and their statements' facts (2)
    assert set(finished) <= again.cache.as_read
    assert all(again.cache[n] == first.cache.get(n) for n in finished)
    assert again.models is not None
    assert again.models.source == ""  # the model module's text is in the files
    assert again.models.classes == first.models.classes if first.models else False
