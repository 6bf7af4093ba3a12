#!/usr/bin/env bash
# Reads a ~5 MB DOCX (written by python-docx) back to text with Qiyue (release build) and
# with python-docx, the tool a user would otherwise script, and prints the times and ratios:
#   - DocxReader in-process (Benchmarks/read-driver: review text + document model, best of 5),
#   - `qiyue convert FILE.docx FILE.txt` end to end (start-up, reader, plain-text writer, atomic write),
#   - python-docx reading the same file and writing its paragraphs and table cells as text.
# Target: under 100 ms.
#
# Usage: Benchmarks/documents-read.sh [megabytes]   (default 5; needs `pip install python-docx`)
set -euo pipefail
cd "$(dirname "$0")/.."
MEGABYTES="${1:-5}"
WORK="${TMPDIR:-/tmp}/qiyue-bench-read"
mkdir -p "$WORK"
INPUT="$WORK/agreement-${MEGABYTES}mb.docx"

swift build -c release --product qiyue >/dev/null
QIYUE="$(swift build -c release --show-bin-path)/qiyue"
(cd Benchmarks/read-driver && swift build -c release >/dev/null)
DRIVER="Benchmarks/read-driver/.build/release/read-driver"

if [ ! -f "$INPUT" ]; then
  echo "writing $INPUT with python-docx (takes a few minutes once; cached)…"
  python3 Benchmarks/make-large-docx.py "$INPUT" "$MEGABYTES"
fi
SIZE=$(stat -c %s "$INPUT")
XML=$(python3 -c "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).getinfo('word/document.xml').file_size)" "$INPUT")

cat > "$WORK/python_docx_read.py" <<'PY'
import sys
from docx import Document
document = Document(sys.argv[1])
lines = [p.text for p in document.paragraphs]
for table in document.tables:
    for row in table.rows:
        lines.append(" | ".join(cell.text for cell in row.cells))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("\n\n".join(lines))
PY

# Best wall-clock time in milliseconds of N runs of a command.
best_ms() {
  local runs=$1; shift
  local best=""
  for _ in $(seq "$runs"); do
    local start end elapsed
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    elapsed=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  echo "$best"
}

read -r READER_MS READER_LINES READER_CHARS < <("$DRIVER" "$INPUT" 5)
QIYUE_MS=$(best_ms 7 "$QIYUE" convert "$INPUT" "$WORK/qiyue.txt")
PYTHON_MS=$(best_ms 3 python3 "$WORK/python_docx_read.py" "$INPUT" "$WORK/python-docx.txt")

printf 'input: %s (%.1f MB DOCX, word/document.xml %.1f MB; 1 MB = 10^6 bytes)\n' "$INPUT" "$(echo "$SIZE / 1000000" | bc -l)" "$(echo "$XML / 1000000" | bc -l)"
printf 'DocxReader (in-process): %6d ms (best of 5; %d review lines; target < 100 ms)\n' "$READER_MS" "$READER_LINES"
printf 'qiyue convert → txt    : %6d ms (best of 7, whole process)\n' "$QIYUE_MS"
printf 'python-docx → txt      : %6d ms (best of 3, whole process)\n' "$PYTHON_MS"
printf 'ratio python-docx / DocxReader   : %.1fx\n' "$(echo "$PYTHON_MS / $READER_MS" | bc -l)"
printf 'ratio python-docx / qiyue convert: %.1fx\n' "$(echo "$PYTHON_MS / $QIYUE_MS" | bc -l)"
printf 'characters: qiyue convert %d, python-docx %d\n' "$(wc -m < "$WORK/qiyue.txt")" "$(wc -m < "$WORK/python-docx.txt")"
printf 'load average while measuring: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
