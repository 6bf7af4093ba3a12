#!/usr/bin/env bash
# Benchmark: `qiyue check` against Python's jsonschema, the validator an officer's IT staff
# would otherwise script, on the same files.
#
# qiyue does more per file (units, consistency, maturity, admission, glossary QA) than
# jsonschema (schema only), so the ratio understates qiyue's schema-validation speed.
#
#   Benchmarks/project-check.sh [RUNS]     (default 20 runs over each example)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"

swift build -c release --product qiyue >/dev/null
qiyue=.build/release/qiyue
python3 -c 'import jsonschema' 2>/dev/null || { echo "python3 jsonschema is not installed (pip install jsonschema)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/validate.py" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
errors = 0
for path in sys.argv[2:]:
    errors += sum(1 for _ in validator.iter_errors(json.load(open(path, encoding="utf-8"))))
sys.exit(1 if errors else 0)
PY

# A large project: 20,000 bilingual policy lines (about 4 MB), to measure throughput
# rather than process start-up.
python3 - "$work/large.json" <<'PY'
import json, sys
project = json.load(open("Examples/projects/puer-coffee.json", encoding="utf-8"))
project["policies"] = [{"zh": "符合条件的，可按规定申报中国（云南）自由贸易试验区相关专项资金第%d项。" % i,
                        "en": "Where eligible, the project may apply for special funds of the China (Yunnan) Pilot Free Trade Zone, item %d." % i}
                       for i in range(20000)]
json.dump(project, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY

seconds() { python3 -c 'import time; print(time.perf_counter())'; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }

examples=(Examples/projects/*.json)
echo "qiyue check vs python jsonschema — ${#examples[@]} example projects × $runs runs, then one 4 MB project"
echo

start=$(seconds)
for _ in $(seq "$runs"); do for f in "${examples[@]}"; do "$qiyue" check "$f" >/dev/null || true; done; done
end=$(seconds); q_small=$(elapsed "$start" "$end")

start=$(seconds)
for _ in $(seq "$runs"); do for f in "${examples[@]}"; do python3 "$work/validate.py" Templates/project.schema.json "$f" || true; done; done
end=$(seconds); p_small=$(elapsed "$start" "$end")

start=$(seconds)
"$qiyue" check "$work/large.json" >/dev/null || true
end=$(seconds); q_large=$(elapsed "$start" "$end")

start=$(seconds)
python3 "$work/validate.py" Templates/project.schema.json "$work/large.json" || true
end=$(seconds); p_large=$(elapsed "$start" "$end")

files=$(( ${#examples[@]} * runs ))
printf '%-34s %10s %10s %8s\n' "case" "qiyue (s)" "python (s)" "ratio"
printf '%-34s %10s %10s %8s\n' "$files example checks, one per process" "$q_small" "$p_small" "$(python3 -c "print(f'{$p_small / $q_small:.1f}x')")"
printf '%-34s %10s %10s %8s\n' "one 4 MB project" "$q_large" "$p_large" "$(python3 -c "print(f'{$p_large / $q_large:.1f}x')")"
echo
echo "ratio = python time / qiyue time (above 1: qiyue is faster). qiyue also runs units, consistency,"
echo "maturity, admission and glossary checks; python validates the schema only."
