"""The quick corpus subset: the code path of `make corpus` (bench/corpus.py) on ten small specs.

Each spec must generate, import every module, build every model and pass `mypy --strict` and
pyright with no error. The whole corpus, failures included, is `make corpus` (bench/CORPUS.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import corpus
from tests.conftest import shared_spec


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache per pytest worker: typeshed and pydantic are analysed once, not per spec."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.parametrize("name", corpus.QUICK)
def test_quick_corpus_spec_is_clean(name: str, tmp_path: Path, mypy_cache: Path) -> None:
    if not corpus.PYRIGHT.exists():
        pytest.fail(f"{corpus.PYRIGHT} is missing; `npm ci` installs it (make test does)")
    row = corpus.run_spec(shared_spec(f"corpus/{name}"), tmp_path, mypy_cache)
    assert row.first_error == ""
    assert row.exit == 0
    assert row.imports_total is not None
    assert row.imports_total > 1
    assert row.imports_ok == row.imports_total
    assert row.models_built == row.models_total
    assert (row.mypy_errors, row.pyright_errors) == (0, 0)
    assert row.clean


def test_quick_subset_is_part_of_the_corpus() -> None:
    listed = {p.name for p in corpus.discover()}
    assert set(corpus.QUICK) <= listed
    assert len(listed) == 68
    assert corpus.package_name(Path("oas-3.0-petstore.json")) == "corpus_oas_3_0_petstore"
    assert corpus.package_name(Path("apideck-crm.yml")).isidentifier()


def test_a_failing_spec_is_recorded_not_raised(tmp_path: Path) -> None:
    spec = tmp_path / "broken.json"
    spec.write_text('{"openapi": "3.0.3", "info": ', encoding="utf-8")
    row = corpus.run_spec(spec, tmp_path / "work")
    assert row.exit == 1
    assert row.first_error.startswith("generate: error:")
    assert (row.imports_ok, row.mypy_errors, row.pyright_errors) == (None, None, None)
    assert not row.clean
    assert "| broken.json | 1 |" in corpus.markdown([row], 1.0, 1)


def test_a_model_naming_a_missing_class_is_counted_unbuilt(tmp_path: Path) -> None:
    spec = shared_spec("petstore-expanded-3.0.yaml")
    package = corpus.package_name(spec)
    row = corpus.Row(spec.name)
    assert corpus.generate_step(row, spec, tmp_path / package, package)
    models = tmp_path / package / package / "models.py"
    with models.open("a", encoding="utf-8") as file:
        file.write("\n\nclass Orphan(BaseModel):\n    owner: NoSuchModel\n")
    corpus.import_and_build(row, tmp_path / package, package)
    assert (row.models_built, row.models_total) == (3, 4)
    assert "Orphan" in row.first_error
    assert "NoSuchModel" in row.first_error
