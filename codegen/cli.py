"""Command line: ``python -m codegen generate --spec PATH --out DIR [--package NAME] [--check]
[--strict]``
and ``python -m codegen diff OLD NEW [--overrides PATH] [--old-overrides PATH] [--format
markdown|json] [--fail-on-breaking] [--max-chars N --full-report PATH] [--label-old/--label-new]``.

Exit codes: 0 success, 1 a spec/generation problem (or ``--check`` found changes, or
``--fail-on-breaking`` found a breaking change), 2 bad usage.
Errors print as a few lines naming the spec location; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from codegen.errors import CodegenError
from codegen.output.cache import CACHE_DIR
from codegen.output.fingerprint import fingerprint, up_to_date
from codegen.output.write import Update, diff, published_classes, published_names
from codegen.overrides import default_overrides


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate the client package from a spec")
    gen.add_argument(
        "--spec", type=Path, required=True, help="OpenAPI 3.0/3.1 document (JSON or YAML)"
    )
    gen.add_argument("--out", type=Path, required=True, help="output folder (e.g. generated)")
    gen.add_argument(
        "--package", help="Python package name (default: from the overrides file or the title)"
    )
    gen.add_argument(
        "--overrides", type=Path, help="overrides file (default: overrides.toml beside the spec)"
    )
    gen.add_argument(
        "--include-excluded", action="store_true", help="also generate operations marked x-excluded"
    )
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the output would change"
    )
    gen.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings as errors: list them all, write nothing, exit 1 (for CI)",
    )
    gen.add_argument("--debug", action="store_true", help="show tracebacks")
    chg = sub.add_parser("diff", help="changelog of the public API between two specs")
    chg.add_argument("old", type=Path, help="the spec before")
    chg.add_argument("new", type=Path, help="the spec after")
    chg.add_argument("--format", choices=("markdown", "json"), default="markdown")
    chg.add_argument(
        "--overrides",
        type=Path,
        help="overrides file of the NEW spec (default: overrides.toml beside it, as generate does)",
    )
    chg.add_argument(
        "--old-overrides",
        type=Path,
        help="overrides file of the OLD spec (default: overrides.toml beside it)",
    )
    chg.add_argument(
        "--old-manifest",
        type=Path,
        help="the manifest OLD was generated as (generated/.codegen-manifest.json): its "
        "published method and class names are kept",
    )
    chg.add_argument(
        "--max-chars",
        type=int,
        help="Markdown: at most this many characters (a pull-request comment holds 65536); a "
        "longer report keeps the summary and the breaking entries that fit",
    )
    chg.add_argument(
        "--full-report", type=Path, help="also write the whole Markdown report to this file"
    )
    chg.add_argument("--label-old", help="how the title names OLD (default: its path)")
    chg.add_argument("--label-new", help="how the title names NEW (default: its path)")
    chg.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 if any change breaks SDK users"
    )
    chg.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _diff(args: argparse.Namespace) -> int:
    from codegen.changelog.diff import diff_files  # only the diff command pays for these imports
    from codegen.changelog.report import json_text, markdown

    changes = diff_files(
        args.old,
        args.new,
        old_overrides=args.old_overrides,
        new_overrides=args.overrides,
        old_manifest=args.old_manifest,
    )
    labels = (args.label_old or str(args.old), args.label_new or str(args.new))
    if args.full_report is not None:
        args.full_report.write_text(markdown(changes, *labels), encoding="utf-8")
    if args.format == "json":
        sys.stdout.write(json_text(changes))
    else:
        full = args.full_report.name if args.full_report is not None else ""
        sys.stdout.write(markdown(changes, *labels, limit=args.max_chars, full_report=full))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def _generate(args: argparse.Namespace) -> int:
    overrides = args.overrides if args.overrides is not None else default_overrides(args.spec)
    try:
        inputs = fingerprint(args.spec, overrides, args.package, args.include_excluded)
    except OSError as exc:
        raise CodegenError(
            f"cannot read {exc.filename}: {exc.strerror}",
            hint="Check the --spec and --overrides paths.",
        ) from None
    # --strict must see the warnings, so it never takes the unchanged-inputs shortcut.
    if not args.strict and up_to_date(args.out, inputs):
        # Spec, overrides, options and generator unchanged, and the output intact.
        print(f"{args.out} is up to date")
        return 0
    from codegen.pipeline import generate  # the full pipeline only when there is work to do

    # Unless checking, the files that are final before the rest are compared with the output
    # (and the changed ones staged beside it) while the generator formats the rest.
    update = None if args.check else Update(args.out)
    try:
        result = generate(
            args.spec,
            package=args.package,
            overrides_path=overrides,
            include_excluded=args.include_excluded,
            published_names=published_names(args.out),
            published_classes=published_classes(args.out),
            inputs_sha256=inputs,
            strict=args.strict,
            cache_dir=args.out / CACHE_DIR,
            final=update.offer if update is not None else None,
        )
        if result.diagnostics.warnings:
            print(result.diagnostics.render(), file=sys.stderr)
        change = diff(result.files, args.out) if update is None else update.change(result.files)
        if args.check:
            if change.empty:
                print(f"{args.out} is up to date")
                return 0
            print(f"{args.out} is stale; `make generate` would change:\n{change.render()}")
            return 1
        if change.empty:
            print(f"{args.out} is up to date")
            return 0
        assert update is not None
        update.commit(result.files, cache=result.cache)
    finally:
        if update is not None:
            update.discard()  # (a no-op once committed)
    n = len(change.added) + len(change.changed) + len(change.removed)
    print(f"generated {args.out}: {n} file(s) changed")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _diff(args) if args.command == "diff" else _generate(args)
    except CodegenError as exc:
        if args.debug:
            traceback.print_exc()
        print(exc.render(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a generator bug: still a few readable lines, not a traceback
        if args.debug:
            traceback.print_exc()
        print(
            f"error: internal error in the generator: {type(exc).__name__}: {exc}\n"
            "  hint: this is a bug in codegen, not in your spec; re-run with --debug and report "
            "it with the spec. The output folder was left as it was.",
            file=sys.stderr,
        )
        return 1
