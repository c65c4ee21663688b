#!/usr/bin/env bash
# Write the Markdown changelog of the public API between BASE_REF's spec and the working tree's.
# Usage: spec-changelog.sh BASE_REF OUTPUT.md   (run from anywhere inside the repository)
# PYTHON, when set, is the interpreter that has `codegen` importable (default: the repo's .venv).
set -euo pipefail
base_ref=${1:?usage: spec-changelog.sh BASE_REF OUTPUT.md}
output=${2:?usage: spec-changelog.sh BASE_REF OUTPUT.md}
root=$(git rev-parse --show-toplevel)
spec=openapi/external-api.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if git -C "$root" cat-file -e "$base_ref:$spec" 2>/dev/null; then
  git -C "$root" show "$base_ref:$spec" > "$work/base.json"
else
  # The base branch has no spec yet: every operation is new.
  printf '{"openapi": "3.1.0", "info": {"title": "none", "version": "0"}, "paths": {}}\n' > "$work/base.json"
fi

python=${PYTHON:-}
if [ -z "$python" ]; then
  make -C "$root" --no-print-directory .venv/.installed > /dev/null
  python="$root/.venv/bin/python"
fi
status=0
"$python" -m codegen diff "$work/base.json" "$root/$spec" > "$work/changelog.md" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/changelog.md" >&2
  exit "$status"
fi
{
  echo "<!-- codegen: API changelog for $spec -->"
  cat "$work/changelog.md"
} > "$output"
echo "wrote $output"
