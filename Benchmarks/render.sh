#!/usr/bin/env bash
# Benchmark: `qiyue render --data-lines` against a Jinja2 mail merge doing the same work.
#
# Builds qiyue in release mode, generates a ~23 KB Markdown investment agreement template
# (loops, conditionals, macros, filters) and N JSON Lines records, then renders one file
# per record with each tool. Whole processes are timed (start-up, parsing, rendering,
# writing files). Each side runs RUNS times; the best time counts, as the machine is shared.
#
# Usage: Benchmarks/render.sh [RECORDS=2000] [RUNS=3]
set -euo pipefail

records="${1:-2000}"
runs="${2:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building qiyue (release)…" >&2
(cd "$repo" && swift build -c release --product qiyue >/dev/null)
qiyue="$(cd "$repo" && swift build -c release --show-bin-path)/qiyue"

python3 "$here/render-generate.py" "$work/input" "$records"
template="$work/input/agreement.md"
data="$work/input/records.jsonl"


best() {  # best wall time in seconds of "$@" over $runs runs, output directory recreated each run
    local best_time="" start end elapsed
    for _ in $(seq "$runs"); do
        rm -rf "$work/out"
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        elapsed=$(echo "$end - $start" | bc -l)
        if [[ -z "$best_time" ]] || (( $(echo "$elapsed < $best_time" | bc -l) )); then best_time=$elapsed; fi
    done
    echo "$best_time"
}

qiyue_time=$(best "$qiyue" render "$template" --data-lines "$data" --out-dir "$work/out" --name '{{ id }}.md')
qiyue_files=$(ls "$work/out" | wc -l)
cp -r "$work/out" "$work/out-qiyue"
jinja_time=$(best python3 "$here/render-jinja2.py" "$template" "$data" "$work/out")
jinja_files=$(ls "$work/out" | wc -l)

# The two tools must have produced the same files, byte for byte.
if ! diff -r -q "$work/out-qiyue" "$work/out" >/dev/null; then
    echo "outputs differ between qiyue and Jinja2:" >&2
    diff -r "$work/out-qiyue" "$work/out" | head -20 >&2
    exit 1
fi

template_kb=$(( $(wc -c < "$template") / 1024 ))
output_mb=$(du -sm "$work/out" | cut -f1)
printf 'template: %d KB, %d records, %d files (%d MB), identical output\n' "$template_kb" "$records" "$qiyue_files" "$output_mb"
printf 'qiyue render: %.3f s (%.3f ms per record)\n' "$qiyue_time" "$(echo "$qiyue_time * 1000 / $records" | bc -l)"
printf 'Jinja2 3.1:   %.3f s (%.3f ms per record)\n' "$jinja_time" "$(echo "$jinja_time * 1000 / $records" | bc -l)"
printf 'ratio: qiyue is %.1f× faster\n' "$(echo "$jinja_time / $qiyue_time" | bc -l)"
[[ "$jinja_files" == "$qiyue_files" ]]
