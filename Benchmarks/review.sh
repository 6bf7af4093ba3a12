#!/usr/bin/env bash
# Review benchmark: MB/s of `qiyue review` on >= 50 MB of generated agreements, with the
# built-in pack (1x) and a pack four times its size (4x), against a Python baseline that
# applies the same trigger terms as one regular expression per rule. Also reviews a single
# 100 MB line to show bounded time and memory.
#
# Usage: Benchmarks/review.sh [MB]   (default 60)
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

# Seconds of wall time of a command, best of three (the machine is shared).
best_of_three() {
    local best=""
    for _ in 1 2 3; do
        local start end elapsed
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        elapsed=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || (( $(echo "$elapsed < $best" | bc -l) )); then best=$elapsed; fi
    done
    echo "$best"
}

T1=$(best_of_three taskset -c 0 "$QIYUE" review --format json --fail-on never "$WORK/corpus")
T4=$(best_of_three taskset -c 0 "$QIYUE" review --format json --fail-on never --rules "$WORK/pack4x.json" "$WORK/corpus")
read -r _ _ P1 H1 < <(taskset -c 0 python3 Benchmarks/review_baseline.py "$WORK/corpus" "$PACK")
read -r _ _ P4 H4 < <(taskset -c 0 python3 Benchmarks/review_baseline.py "$WORK/corpus" "$PACK" "$WORK/pack4x.json")
FINDINGS=$("$QIYUE" review --format json --fail-on never "$WORK/corpus" | grep -c '"rule":' || true)

mbps() { echo "scale=1; $BYTES / 1000000 / $1" | bc -l; }
printf 'input: %.1f MB in %s files, one core (taskset -c 0), best of 3\n' "$(echo "$BYTES / 1000000" | bc -l)" "$(ls "$WORK/corpus" | wc -l)"
printf '%-34s %8s %10s\n' "tool" "seconds" "MB/s"
printf '%-34s %8.2f %10s\n' "qiyue review, 1x rules (31)" "$T1" "$(mbps "$T1")"
printf '%-34s %8.2f %10s\n' "qiyue review, 4x rules (124)" "$T4" "$(mbps "$T4")"
printf '%-34s %8.2f %10s\n' "python regex per rule, 1x" "$P1" "$(mbps "$P1")"
printf '%-34s %8.2f %10s\n' "python regex per rule, 4x" "$P4" "$(mbps "$P4")"
printf 'qiyue 4x/1x time: %.2f   python 4x/1x time: %.2f\n' "$(echo "$T4 / $T1" | bc -l)" "$(echo "$P4 / $P1" | bc -l)"
printf 'speed ratio qiyue/python: 1x %.1fx, 4x %.1fx\n' "$(echo "$P1 / $T1" | bc -l)" "$(echo "$P4 / $T4" | bc -l)"
printf 'findings reported by qiyue: %s; raw keyword hits of the baseline: %s\n' "$FINDINGS" "$H1"

python3 Benchmarks/review_generate.py "$WORK/line" 0 --single-line 100
if /usr/bin/time -f '%e %M' true 2>/dev/null; then
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$QIYUE" review --format json --fail-on never "$WORK/line/single-line.txt" >/dev/null
    read -r SECONDS_LINE KB < "$WORK/time"
    printf '100 MB single line: %.1f s, peak memory %d MB\n' "$SECONDS_LINE" "$((KB / 1024))"
else
    START=$(date +%s.%N); "$QIYUE" review --format json --fail-on never "$WORK/line/single-line.txt" >/dev/null; END=$(date +%s.%N)
    printf '100 MB single line: %.1f s\n' "$(echo "$END - $START" | bc -l)"
fi
