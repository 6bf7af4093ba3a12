#!/usr/bin/env bash
# Review benchmark: MB/s of `qiyue review` on >= 50 MB of generated agreements, with the
# built-in pack (1x) and a pack four times its size (4x), against a Python baseline that
# applies the same trigger terms as one regular expression per rule. Also reviews a single
# 60 MB line (under the 64 MiB input cap) to show bounded time and memory.
#
# Usage: Benchmarks/review.sh [MB]   (default 60)
# The one-core figures use --jobs 1; a last line compares the wall time of --jobs 1 and --jobs 2.
# Reports CPU time (user + system): on a shared machine wall time measures the neighbours.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-60}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product qiyue >/dev/null
QIYUE="$(swift build -c release --show-bin-path)/qiyue"
PACK=Sources/QiyueReview/Resources/default-rules.json

python3 Benchmarks/review_generate.py "$WORK/corpus" "$MB"
python3 Benchmarks/review_scale_pack.py "$PACK" 4 "$WORK/pack4x.json"
BYTES=$(du -sb "$WORK/corpus" | cut -f1)
RULES1=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["rules"]))' "$PACK")

# CPU seconds (user + system) of a command, best of three. Both tools are single-threaded,
# so CPU time is the one-core cost; it is also robust on a machine shared with other jobs,
# where wall time mostly measures the neighbours.
cpu_best_of_three() {
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -f '%U %S' -o "$WORK/cpu" "$@" >/dev/null 2>&1 || true
        local seconds
        seconds=$(awk '{ print $1 + $2 }' "$WORK/cpu" | tail -1)
        if [ -z "$best" ] || (( $(echo "$seconds < $best" | bc -l) )); then best=$seconds; fi
    done
    echo "$best"
}

T1=$(cpu_best_of_three "$QIYUE" review --jobs 1 --format json --fail-on never "$WORK/corpus")
T4=$(cpu_best_of_three "$QIYUE" review --jobs 1 --format json --fail-on never --rules "$WORK/pack4x.json" "$WORK/corpus")
P1=$(cpu_best_of_three python3 Benchmarks/review_baseline.py "$WORK/corpus" "$PACK")
P4=$(cpu_best_of_three python3 Benchmarks/review_baseline.py "$WORK/corpus" "$PACK" "$WORK/pack4x.json")
FINDINGS=$("$QIYUE" review --jobs 1 --format json --fail-on never "$WORK/corpus" | grep -c '"rule":' || true)
HITS=$(python3 Benchmarks/review_baseline.py "$WORK/corpus" "$PACK" | awk '{ print $4 }')
HALF="$WORK/half"; mkdir -p "$HALF"; ls "$WORK/corpus" | head -n $(( $(ls "$WORK/corpus" | wc -l) / 2 )) | while read -r f; do cp "$WORK/corpus/$f" "$HALF/"; done
HALF_BYTES=$(du -sb "$HALF" | cut -f1)
TH=$(cpu_best_of_three "$QIYUE" review --jobs 1 --format json --fail-on never "$HALF")

mbps() { echo "scale=1; $BYTES / 1000000 / $1" | bc -l; }
printf 'input: %.1f MB in %s files; CPU seconds (user+sys), best of 3; both tools single-threaded\n' "$(echo "$BYTES / 1000000" | bc -l)" "$(ls "$WORK/corpus" | wc -l)"
printf '%-34s %8s %10s\n' "tool" "cpu s" "MB/s"
printf '%-34s %8.2f %10s\n' "qiyue review, 1x rules ($RULES1)" "$T1" "$(mbps "$T1")"
printf '%-34s %8.2f %10s\n' "qiyue review, 4x rules ($((RULES1 * 4)))" "$T4" "$(mbps "$T4")"
printf '%-34s %8.2f %10s\n' "python regex per rule, 1x" "$P1" "$(mbps "$P1")"
printf '%-34s %8.2f %10s\n' "python regex per rule, 4x" "$P4" "$(mbps "$P4")"
printf 'cost of 4x rules: qiyue %.2fx, python %.2fx\n' "$(echo "$T4 / $T1" | bc -l)" "$(echo "$P4 / $P1" | bc -l)"
printf 'speed ratio qiyue/python: 1x %.1fx, 4x %.1fx\n' "$(echo "$P1 / $T1" | bc -l)" "$(echo "$P4 / $T4" | bc -l)"
printf 'linearity: half the input (%.1f MB) took %.2f s, %.2f of the full time\n' "$(echo "$HALF_BYTES / 1000000" | bc -l)" "$TH" "$(echo "$TH / $T1" | bc -l)"
printf 'findings reported by qiyue: %s; raw keyword hits of the baseline: %s\n' "$FINDINGS" "$HITS"

# Batch: wall seconds of --jobs 1 and --jobs 2 (best of three). Wall time is the point here,
# so the figure is only meaningful when the machine has two idle cores.
wall_best_of_three() {
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -f '%e' -o "$WORK/wall" "$@" >/dev/null 2>&1 || true
        local seconds
        seconds=$(tail -1 "$WORK/wall")
        if [ -z "$best" ] || (( $(echo "$seconds < $best" | bc -l) )); then best=$seconds; fi
    done
    echo "$best"
}
W1=$(wall_best_of_three "$QIYUE" review --jobs 1 --format json --fail-on never "$WORK/corpus")
W2=$(wall_best_of_three "$QIYUE" review --jobs 2 --format json --fail-on never "$WORK/corpus")
printf 'batch wall time: --jobs 1 %.2f s (%s MB/s), --jobs 2 %.2f s (%s MB/s), speed-up %.2fx (load average %s)\n' \
    "$W1" "$(mbps "$W1")" "$W2" "$(mbps "$W2")" "$(echo "$W1 / $W2" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"

python3 Benchmarks/review_generate.py "$WORK/line" 0 --single-line 60
if /usr/bin/time -f '%e %M' true 2>/dev/null; then
    /usr/bin/time -f '%U %S %M' -o "$WORK/time" "$QIYUE" review --jobs 1 --format json --fail-on never "$WORK/line/single-line.txt" >/dev/null || true
    read -r USER_S SYS_S KB < <(tail -1 "$WORK/time")
    printf '60 MB single line: %.1f CPU s, peak memory %d MB\n' "$(echo "$USER_S + $SYS_S" | bc -l)" "$((KB / 1024))"
else
    START=$(date +%s.%N); "$QIYUE" review --jobs 1 --format json --fail-on never "$WORK/line/single-line.txt" >/dev/null; END=$(date +%s.%N)
    printf '60 MB single line: %.1f s\n' "$(echo "$END - $START" | bc -l)"
fi
