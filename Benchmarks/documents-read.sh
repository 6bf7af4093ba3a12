#!/usr/bin/env bash
# Reads two ~5 MB DOCX files (written by python-docx) back to text with Qiyue (release build)
# and with python-docx, the tool a user would otherwise script, and prints times and ratios:
#   - illustrated: about 100 pages of agreement text plus ten pictures (site photos, scanned
#     licences) — how agreements usually reach 5 MB;
#   - text-only: 5 MB of compressed text (44 MB of WordprocessingML, 109,000 paragraphs,
#     some 5,000 pages) — the worst case for a reader.
# For each: DocxReader in-process with the document model (what `qiyue convert` needs) and
# review text alone (what `qiyue review` needs), best of N (Benchmarks/read-driver);
# `qiyue convert FILE.docx FILE.txt` end to end; python-docx reading the same file and
# writing its paragraphs and table cells as text. Target: under 100 ms.
#
# Usage: Benchmarks/documents-read.sh [megabytes]   (default 5; needs `pip install python-docx`)
set -euo pipefail
cd "$(dirname "$0")/.."
MEGABYTES="${1:-5}"
WORK="${TMPDIR:-/tmp}/qiyue-bench-read"
mkdir -p "$WORK"
TEXT_ONLY="$WORK/agreement-${MEGABYTES}mb.docx"
ILLUSTRATED="$WORK/illustrated-${MEGABYTES}mb.docx"

swift build -c release --product qiyue >/dev/null
QIYUE="$(swift build -c release --show-bin-path)/qiyue"
(cd Benchmarks/read-driver && swift build -c release >/dev/null)
DRIVER="Benchmarks/read-driver/.build/release/read-driver"

if [ ! -f "$ILLUSTRATED" ]; then python3 Benchmarks/make-illustrated-docx.py "$ILLUSTRATED" "$MEGABYTES"; fi
if [ ! -f "$TEXT_ONLY" ]; then
  echo "writing $TEXT_ONLY with python-docx (takes a few minutes once; cached)…"
  python3 Benchmarks/make-large-docx.py "$TEXT_ONLY" "$MEGABYTES"
fi

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

measure() {
  local name=$1 input=$2 runs=$3
  local size xml model_ms text_ms lines qiyue_ms python_ms
  size=$(stat -c %s "$input")
  xml=$(python3 -c "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).getinfo('word/document.xml').file_size)" "$input")
  read -r model_ms text_ms lines _ < <("$DRIVER" "$input" "$runs")
  qiyue_ms=$(best_ms 5 "$QIYUE" convert "$input" "$WORK/$name-qiyue.txt")
  python_ms=$(best_ms 3 python3 "$WORK/python_docx_read.py" "$input" "$WORK/$name-python-docx.txt")
  printf '%s: %s (%.1f MB DOCX, word/document.xml %.2f MB, %d review lines; 1 MB = 10^6 bytes)\n' \
    "$name" "$input" "$(echo "$size / 1000000" | bc -l)" "$(echo "$xml / 1000000" | bc -l)" "$lines"
  printf '  DocxReader, text + model (in-process) : %6d ms (best of %d; target < 100 ms)\n' "$model_ms" "$runs"
  printf '  DocxReader, review text (in-process)  : %6d ms (best of %d)\n' "$text_ms" "$runs"
  printf '  qiyue convert → txt (whole process)   : %6d ms (best of 5)\n' "$qiyue_ms"
  printf '  python-docx → txt (whole process)     : %6d ms (best of 3)\n' "$python_ms"
  printf '  ratio python-docx / DocxReader (model): %.1fx\n' "$(echo "$python_ms / ($model_ms + 0.5)" | bc -l)"
  printf '  ratio python-docx / qiyue convert     : %.1fx\n' "$(echo "$python_ms / $qiyue_ms" | bc -l)"
  printf '  characters: qiyue convert %d, python-docx %d\n' "$(wc -m < "$WORK/$name-qiyue.txt")" "$(wc -m < "$WORK/$name-python-docx.txt")"
}

measure illustrated "$ILLUSTRATED" 20
measure text-only "$TEXT_ONLY" 7
printf 'load average while measuring: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
