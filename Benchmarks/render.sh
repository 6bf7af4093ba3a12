#!/usr/bin/env bash
# Benchmark: `qiyue render --data-lines` against a Jinja2 mail merge doing the same work.
#
# Builds qiyue in release mode, generates a ~23 KB Markdown investment agreement template
# (loops, conditionals, macros, filters) and N JSON Lines records, then renders one file
# per record with each tool. Whole processes are timed (start-up, parsing, rendering,
# writing files). Each side runs RUNS times; the best wall time counts, as the machine is
# shared; CPU time (user + sys) of that run is printed too, being less sensitive to load.
#
# qiyue runs with --escape none, as the Jinja2 side does not escape (by default a .md
# template escapes printed values for Markdown).
#
# Usage: Benchmarks/render.sh [RECORDS=2000] [RUNS=3]
set -euo pipefail

records="${1:-2000}"
runs="${2:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
# Outputs go to a RAM file system when there is one, so that both tools are measured and
# not the shared VM's disk (each does the same temp-file + rename + one syncfs).
if [[ -d /dev/shm && -w /dev/shm ]]; then work="$(mktemp -d /dev/shm/qiyue-bench.XXXXXX)"; else work="$(mktemp -d)"; fi
trap 'rm -rf "$work"' EXIT

echo "building qiyue (release)…" >&2
(cd "$repo" && swift build -c release --product qiyue >/dev/null)
qiyue="$(cd "$repo" && swift build -c release --show-bin-path)/qiyue"

python3 "$here/render-generate.py" "$work/input" "$records"
template="$work/input/agreement.md"
data="$work/input/records.jsonl"


best() {  # "wall cpu" of the run with the best wall time over $runs runs (cpu = user + sys)
    local best_wall="" best_cpu="" wall cpu
    for _ in $(seq "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null
        read -r wall user sys < "$work/time"
        cpu=$(echo "$user + $sys" | bc -l)
        if [[ -z "$best_wall" ]] || (( $(echo "$wall < $best_wall" | bc -l) )); then best_wall=$wall; best_cpu=$cpu; fi
    done
    echo "$best_wall $best_cpu"
}

read -r qiyue_time qiyue_cpu <<< "$(best "$qiyue" render "$template" --data-lines "$data" --out-dir "$work/out" --name '{{ id }}.md' --escape none)"
qiyue_files=$(ls "$work/out" | wc -l)
cp -r "$work/out" "$work/out-qiyue"
read -r jinja_time jinja_cpu <<< "$(best python3 "$here/render-jinja2.py" "$template" "$data" "$work/out")"
jinja_files=$(ls "$work/out" | wc -l)

# The two tools must have produced the same files, byte for byte.
if ! diff -r -q "$work/out-qiyue" "$work/out" >/dev/null; then
    echo "outputs differ between qiyue and Jinja2:" >&2
    diff -r "$work/out-qiyue" "$work/out" | head -20 >&2
    exit 1
fi

template_kb=$(( $(wc -c < "$template") / 1024 ))
output_mb=$(du -sm "$work/out" | cut -f1)
printf 'template: %d KB, %d records, %d files (%d MB) in %s, identical output\n' "$template_kb" "$records" "$qiyue_files" "$output_mb" "$(df --output=fstype "$work" | tail -1)"
printf 'qiyue render: %.3f s wall (%.3f ms per record), %.3f s CPU\n' "$qiyue_time" "$(echo "$qiyue_time * 1000 / $records" | bc -l)" "$qiyue_cpu"
printf 'Jinja2 3.1:   %.3f s wall (%.3f ms per record), %.3f s CPU\n' "$jinja_time" "$(echo "$jinja_time * 1000 / $records" | bc -l)" "$jinja_cpu"
printf 'ratio: qiyue is %.1f× faster in wall time, %.1f× less CPU time (load average %s)\n' \
    "$(echo "$jinja_time / $qiyue_time" | bc -l)" "$(echo "$jinja_cpu / $qiyue_cpu" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
[[ "$jinja_files" == "$qiyue_files" ]]
