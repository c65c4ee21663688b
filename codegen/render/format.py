"""Stage 7 — ruff (``check --fix`` then ``format``) over the rendered files, in a scratch folder.

The output directory is not touched: files are formatted in a temporary tree and read back. A
ruff failure is a :class:`CodegenError` with ruff's own words and leaves nothing behind. Files
named in ``verbatim`` (the copied runtime, already linted and formatted where it lives) are
returned untouched: the fix pass would otherwise drop their ``# noqa`` comments.

ruff runs with :data:`RUFF_SETTINGS`, written to a ``ruff.toml`` outside the scratch tree and
passed with ``--config``, so no generated file (the rendered ``pyproject.toml``, which carries
spec text) can configure or break it. The generated package's ``[tool.ruff]`` repeats the same
settings for its users (a test keeps the two equal).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Collection
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from codegen.errors import CodegenError
from codegen.models.background import parallel
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.render.text import toml_string

RUFF_SETTINGS = """\
line-length = 100
target-version = "py311"

[lint]
select = ["E", "F", "W", "I", "UP", "B", "RUF100"]
ignore = ["E501"]
# The copied runtime is linted with the generator's wider rule set; keep its `# noqa: RUF0…`.
external = ["RUF0"]
"""
_DETAIL_LINES = 20


def _run(args: list[str], cwd: Path) -> None:
    proc = subprocess.run(
        [find_ruff_bin(), *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        lines = [line for line in (proc.stderr + proc.stdout).splitlines() if line.strip()]
        detail = "\n".join(lines[:_DETAIL_LINES]) or f"exit status {proc.returncode}"
        raise CodegenError(
            f"ruff {args[0]} failed on the generated code: {detail}",
            hint="This is a generator bug; run with --debug and report it with the spec.",
        )


def _config(packages: list[str]) -> str:
    first_party = ", ".join(toml_string(p) for p in packages)
    return f"{RUFF_SETTINGS}\n[lint.isort]\nknown-first-party = [{first_party}]\n"


def scratch_parent() -> str | None:
    """Where the scratch tree goes: a RAM disk when the machine has one (``/dev/shm``), else the
    default temporary folder. Writing, reading back and deleting GitHub's 1,500 files on a busy
    disk took 0.5 to 3.5 s; in memory it is a few tens of milliseconds."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def format_files(
    files: dict[str, str],
    verbatim: Collection[str] = (),
    cache: Cache | None = None,
    packages: Collection[str] | None = None,
) -> dict[str, str]:
    """``files`` with every Python file not in ``verbatim`` through ruff (:func:`start_format`)."""
    return start_format(files, verbatim, cache, packages)()


def start_format(
    files: dict[str, str],
    verbatim: Collection[str] = (),
    cache: Cache | None = None,
    packages: Collection[str] | None = None,
) -> Callable[[], dict[str, str]]:
    """Begin formatting ``files``; the returned function waits and gives them formatted.

    ruff is a subprocess, started from a thread, so the caller's Python work (rendering the
    rest of the package) goes on beside it. With a ``cache``, a file whose path and text (and
    the settings, ruff and the generator) are unchanged since the previous output takes its
    formatted text from there; only the others go through ruff, in a scratch tree holding all of
    ``files`` (ruff treats each file on its own). ``packages``: the first-party packages for
    isort (default: the top-level packages among ``files``)."""
    if packages is None:
        packages = {
            rel.split("/")[0]
            for rel in files
            if rel.count("/") == 1 and rel.endswith("/__init__.py")
        }
    config_text = _config(sorted(packages))
    targets = sorted(rel for rel in files if rel.endswith(".py") and rel not in verbatim)
    done: dict[str, str] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        table = cache.texts()
        for rel in targets:
            keys[rel] = cache_key("ruff", config_text, rel, files[rel])
            if keys[rel] in table:
                done[rel] = table[keys[rel]]
    todo = [rel for rel in targets if rel not in done]
    failed: list[BaseException] = []

    def work() -> None:
        try:
            done.update(_ruff(files, todo, config_text))
        except BaseException as exc:  # handed to the caller by finish()
            failed.append(exc)

    thread = None
    if todo and parallel():
        thread = threading.Thread(target=work, name="codegen-ruff", daemon=True)
        thread.start()
    elif todo:
        work()

    def finish() -> dict[str, str]:
        if thread is not None:
            thread.join()
        if failed:
            raise failed[0]
        if cache is not None:
            cache.keep_texts((keys[rel], done[rel]) for rel in targets)
        return {
            rel: text if rel in verbatim else done[rel] if rel in done else _read_back(text)
            for rel, text in files.items()
        }

    return finish


def scratch_files(files: Collection[str], todo: Collection[str]) -> tuple[list[str], list[str]]:
    """What of ``files`` the scratch tree for formatting ``todo`` holds, when few of them are to
    be formatted: the files, and the top-level folders left empty. ruff (configured only by
    ``--config``) formats each file on its own; what it reads of the tree around one is the
    ``__init__.py`` files of its folders (its package) and, for isort's sections, which names
    sit at the tree's top (``src = ["."]``). So the tree holds ``todo``, the ``__init__.py`` of
    every folder on their paths, every file at the top or not Python (a few) and the other
    top-level folders empty: the surroundings of the whole tree, for a few writes instead of
    GitHub's 1,400 (0.08 s of an edit's ruff stage)."""
    keep = set(todo)
    for rel in todo:
        parts = rel.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            init = "/".join([*parts[:depth], "__init__.py"])
            if init in files:
                keep.add(init)
    keep.update(rel for rel in files if "/" not in rel or not rel.endswith(".py"))
    folders = {rel.split("/", 1)[0] for rel in files if "/" in rel}
    folders -= {rel.split("/", 1)[0] for rel in keep if "/" in rel}
    return sorted(keep), sorted(folders)


# Below this share of the files to format, the scratch tree holds only their surroundings
# (:func:`scratch_files`); a full run's tree holds everything, as it always has.
_FEW = 0.25


def _ruff(files: dict[str, str], todo: list[str], config_text: str) -> dict[str, str]:
    """``todo`` formatted, in a scratch tree holding all of ``files``, or only what ruff reads
    around ``todo`` when they are few (:func:`scratch_files`: the same output)."""
    with tempfile.TemporaryDirectory(prefix="codegen-format-", dir=scratch_parent()) as tmp:
        root = Path(tmp) / "tree"
        config = Path(tmp) / "ruff.toml"
        config.write_text(config_text, encoding="utf-8")
        kept, folders = list(files), list[str]()
        if len(todo) < _FEW * len(files):
            kept, folders = scratch_files(files, todo)
        made: set[str] = set()
        for rel in kept:
            path = os.path.join(root, rel)
            folder = os.path.dirname(path)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            with open(path, "w", encoding="utf-8") as f:
                f.write(files[rel])
        for name in folders:
            os.makedirs(root / name, exist_ok=True)
        fixed = ["--config", str(config), "--no-cache"]  # not --quiet: it hides the cause
        _run(["check", "--fix", "--exit-zero", *fixed, *todo], root)
        _run(["format", *fixed, *todo], root)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in todo}


def _read_back(text: str) -> str:
    """``text`` as reading it back from the scratch tree gave it (universal newlines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
