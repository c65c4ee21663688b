#!/usr/bin/env bash
# Write the API changelog, in SDK terms, between BASE_REF's spec and the working tree's.
# Usage: spec-changelog.sh BASE_REF COMMENT.md [FULL.md]   (run from anywhere inside the repository)
# - COMMENT.md: the pull-request comment: a hidden marker line (the workflow finds its comment by
#   it, to edit it instead of adding one per push), then the report bounded to fit a comment
#   (65,536 characters: the summary and the breaking entries that fit, and a note).
# - FULL.md (default: changelog-full.md beside COMMENT.md): the whole report, uploaded as an artifact.
# Each side is generated with its own openapi/overrides.toml (the base ref's for the base spec).
# Titles name the spec by ref and path, never by a temporary file.
# PYTHON, when set, is the interpreter that has `codegen` importable (default: the repo's .venv).
set -euo pipefail
base_ref=${1:?usage: spec-changelog.sh BASE_REF COMMENT.md [FULL.md]}
output=${2:?usage: spec-changelog.sh BASE_REF COMMENT.md [FULL.md]}
full=${3:-$(dirname "$output")/changelog-full.md}
root=$(git rev-parse --show-toplevel)
spec=openapi/external-api.json
overrides=openapi/overrides.toml
marker="<!-- codegen: API changelog for $spec -->"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/base"

if git -C "$root" cat-file -e "$base_ref:$spec" 2>/dev/null; then
  git -C "$root" show "$base_ref:$spec" > "$work/base/external-api.json"
else
  # The base branch has no spec yet: every operation is new.
  printf '{"openapi": "3.1.0", "info": {"title": "none", "version": "0"}, "paths": {}}\n' \
    > "$work/base/external-api.json"
fi
old_overrides=()
if git -C "$root" cat-file -e "$base_ref:$overrides" 2>/dev/null; then
  git -C "$root" show "$base_ref:$overrides" > "$work/base/overrides.toml"
  old_overrides=(--old-overrides "$work/base/overrides.toml")
fi
manifest=generated/.codegen-manifest.json
if git -C "$root" cat-file -e "$base_ref:$manifest" 2>/dev/null; then
  # The names the base branch published: the changelog keeps them, as `make generate` would.
  git -C "$root" show "$base_ref:$manifest" > "$work/base/manifest.json"
  old_overrides+=(--old-manifest "$work/base/manifest.json")
fi
new_overrides=()
if [ -f "$root/$overrides" ]; then
  new_overrides=(--overrides "$root/$overrides")
fi

python=${PYTHON:-}
if [ -z "$python" ]; then
  make -C "$root" --no-print-directory .venv/.installed > /dev/null
  python="$root/.venv/bin/python"
fi
status=0
"$python" -m codegen diff "$work/base/external-api.json" "$root/$spec" \
  "${old_overrides[@]}" "${new_overrides[@]}" \
  --label-old "$base_ref:$spec" --label-new "$spec" \
  --max-chars $((65536 - ${#marker} - 1)) --full-report "$work/full.md" \
  > "$work/changelog.md" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/changelog.md" >&2
  exit "$status"
fi
{
  echo "$marker"
  sed "s|changelog-full.md|$(basename "$full")|g" "$work/changelog.md"
} > "$output"
cp "$work/full.md" "$full"
echo "wrote $output and $full"
