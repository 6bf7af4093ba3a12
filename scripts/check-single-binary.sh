#!/bin/sh
# Runs one qiyue binary the way a bureau machine would: copied alone into an empty
# directory, no Swift toolchain on PATH, no build folder beside it, nothing in the
# environment. Checks review, agreement, dossier, check and rules, with exit codes.
#
# Usage: scripts/check-single-binary.sh BINARY
set -eu
[ $# -eq 1 ] || { echo "usage: $0 BINARY" >&2; exit 2; }
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/qiyue-single.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/data" "$work/run"
cp "$1" "$work/bin/qiyue"
cp "$repo/Examples/projects/puer-coffee.json" "$repo/Examples/drafts/wenshan-aluminium-draft.md" "$work/data/"
cd "$work/run"

path=/usr/bin:/bin
if env -i PATH="$path" sh -c 'command -v swift' >/dev/null 2>&1; then
    echo "check-single-binary: swift is on $path; cannot hide the toolchain" >&2
    exit 2
fi
if ldd "$work/bin/qiyue" 2>/dev/null | grep -q 'libswift\|libFoundation'; then
    echo "check-single-binary: the binary loads Swift libraries dynamically:" >&2
    ldd "$work/bin/qiyue" >&2
    exit 1
fi

failures=0
# expect STATUS TEXT COMMAND…: runs the binary, checks the exit status and that TEXT is in stdout.
expect() {
    want="$1"; text="$2"; shift 2
    set +e
    env -i PATH="$path" HOME="$work/run" "$work/bin/qiyue" "$@" > "$work/out" 2> "$work/err"
    got=$?
    set -e
    if [ "$got" -ne "$want" ] || ! grep -qF -- "$text" "$work/out"; then
        echo "FAIL qiyue $* → exit $got (want $want, stdout containing '$text')" >&2
        sed 's/^/  stderr: /' "$work/err" | head -5 >&2
        sed 's/^/  stdout: /' "$work/out" | head -5 >&2
        failures=$((failures + 1))
    else
        echo "ok   qiyue $* → exit $got"
    fi
}

expect 1 "错误 3" review "$work/data/wenshan-aluminium-draft.md"
expect 0 "已写入 agreement.docx" agreement "$work/data/puer-coffee.json" -o agreement.docx
expect 0 "已写入 dossier.html" dossier "$work/data/puer-coffee.json" -o dossier.html
expect 0 "已写入 brochure.md" dossier "$work/data/puer-coffee.json" --edition zh-en -o brochure.md
expect 0 "" check "$work/data/puer-coffee.json"
expect 0 "land." rules list
expect 0 "已写入 new.json" init new.json
expect 0 "qiyue" --version
[ -s agreement.docx ] && [ -s dossier.html ] && [ -s brochure.md ] || { echo "FAIL drafts missing or empty" >&2; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then
    echo "check-single-binary: $failures failure(s)" >&2
    exit 1
fi
echo "check-single-binary: the binary runs alone"
