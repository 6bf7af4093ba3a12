#!/usr/bin/env bash
# Annotation benchmark: the whole `qiyue review --annotate` process (and with --redline) on a
# python-docx draft of about 100 pages, wall and CPU time, best of five, and peak memory.
# The target is under 200 ms for the whole process.
#
# Usage: Benchmarks/annotate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product qiyue >/dev/null
QIYUE="$(swift build -c release --show-bin-path)/qiyue"
python3 Benchmarks/make-draft-docx.py "$WORK/draft.docx"
if command -v pdfinfo >/dev/null && command -v soffice >/dev/null; then
    soffice -env:UserInstallation=file://"$WORK"/profile --headless --convert-to pdf --outdir "$WORK" "$WORK/draft.docx" >/dev/null 2>&1 || true
    echo "pages: $(pdfinfo "$WORK/draft.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"
fi

best_of_five() {
    local best=""
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" >/dev/null 2>&1 || true
        local line
        line=$(tail -1 "$WORK/time")
        local wall=${line%% *}
        if [ -z "$best" ] || (( $(echo "$wall < ${best%% *}" | bc -l) )); then best=$line; fi
    done
    echo "$best" | awk '{ printf "wall %.0f ms, cpu %.0f ms, peak %d MB\n", $1 * 1000, ($2 + $3) * 1000, $4 / 1024 }'
}

echo "review:             $(best_of_five "$QIYUE" review "$WORK/draft.docx")"
echo "review --annotate:  $(best_of_five "$QIYUE" review --annotate "$WORK/out.docx" "$WORK/draft.docx")"
echo "  with --redline:   $(best_of_five "$QIYUE" review --redline --annotate "$WORK/out.docx" "$WORK/draft.docx")"
