#!/bin/sh
# Renders every example project's agreement, dossier and brochure into Examples/output/<name>/.
#
# The outputs are committed so that a newcomer sees what the templates produce without
# building anything; a test (DraftingExamplesTests) fails when they are out of date, and
# this script is the only way to re-record them. Output is deterministic: no timestamps.
#
# Usage: scripts/regenerate-examples.sh [--no-build]
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    swift build --product qiyue >&2
fi
qiyue="$(swift build --show-bin-path)/qiyue"
export QIYUE_TEMPLATES="$PWD/Templates"

status=0
# Outputs of projects that no longer exist would mislead a newcomer: remove them.
for directory in Examples/output/*/; do
    [ -d "$directory" ] || continue
    name="$(basename "$directory")"
    if [ ! -f "Examples/projects/$name.json" ]; then
        echo "removing stale $directory" >&2
        rm -r "$directory"
    fi
done
for project in Examples/projects/*.json; do
    name="$(basename "$project" .json)"
    out="Examples/output/$name"
    mkdir -p "$out"
    echo "== $name" >&2
    for ext in md docx html; do
        "$qiyue" agreement "$project" -o "$out/agreement.$ext" || status=1
    done
    for ext in md docx; do
        "$qiyue" dossier "$project" -o "$out/dossier.$ext" || status=1
    done
    for ext in html docx; do
        "$qiyue" dossier "$project" --edition zh-en -o "$out/brochure.$ext" || status=1
    done
done
exit $status
