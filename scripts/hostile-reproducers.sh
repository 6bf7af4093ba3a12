#!/usr/bin/env bash
# Runs every hostile-input reproducer against a built qiyue under a 2 GiB address-space cap
# (ulimit -v 2097152) and a time limit, and prints one line per case: exit status, seconds,
# peak resident memory. A case fails when qiyue is killed by a signal (crash, abort), runs
# out of time (hang), or exits with a status other than 0, 1 or 2.
#
#   scripts/hostile-reproducers.sh [PATH-TO-QIYUE]    (default .build/debug/qiyue)
#   TIME_LIMIT=60 to change the per-case limit in seconds (default 60).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
qiyue="$(realpath "${1:-$root/.build/debug/qiyue}")"
limit="${TIME_LIMIT:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2

python3 - <<'PY'
import json, os
open('e.md', 'w').write('*' * 100000 + 'x' + '*' * 100000 + '\n')
open('macro.txt', 'w').write('{% macro m(n) %}{% if n > 0 %}{{ m(n-1) }}{{ m(n-1) }}{% endif %}{% endmacro %}{{ m(40) }}')
os.makedirs('chain', exist_ok=True)
for i in range(40):
    open(f'chain/t{i}.txt', 'w').write(f"{{% include 't{i+1}.txt' %}}{{% include 't{i+1}.txt' %}}" if i < 39 else 'x')
open('bigloop.txt', 'w').write("{% for i in range(100) %}{% set x = ('x'*60000000)|length %}{% endfor %}")
open('double.txt', 'w').write("{% set ns = namespace(s='x'*1000000) %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}")
for op, expr in [('tilde', 'ns.s ~ ns.s'), ('join', '[ns.s, ns.s]|join'), ('tojson', '[ns.s, ns.s]|tojson'),
                 ('string', '[ns.s, ns.s]|string'), ('sum', '[ns.s, ns.s]|sum(start="")')]:
    open(f'{op}.txt', 'w').write("{% set ns = namespace(s='x'*1000000) %}{% for i in range(40) %}{% set ns.s = " + expr + " %}{% endfor %}")
row = '|' + '|'.join(['c'] * 5000) + '|\n'
open('table.md', 'w').write(row + '|' + '|'.join(['-'] * 5000) + '|\n' + row * 800)
os.makedirs('loop', exist_ok=True)
open('loop/a.txt', 'w').write('第一条 甲方承诺返还土地出让金。\n')
for name in ('l1', 'l2'):
    if not os.path.islink(f'loop/{name}'): os.symlink('.', f'loop/{name}')
project = open(os.environ.get('PROJECT', '')).read() if os.environ.get('PROJECT') else None
if project:
    body = project.lstrip()[1:]
    open('dup.json', 'w').write('{' + ''.join(f'"_note": "{"x" * 100}",' for _ in range(8000)) + body)
open('t.md', 'w').write('{{ x }}')
with open('huge.jsonl', 'w') as f:
    f.write('{"id": "a", "x": "' + 'y' * 300_000_000 + '"}\n')
with open('huge.json', 'w') as f:
    f.write('{"x": "' + 'y' * 300_000_000 + '"}\n')
PY
[ -n "${PROJECT:-}" ] || true

failures=0
run_case() {
    local name="$1"; shift
    local start end status
    start=$(date +%s.%N)
    ( ulimit -v 2097152; exec /usr/bin/time -f '%M' -o "$work/$name.rss" timeout --foreground -s KILL "$limit" "$@" >"$work/$name.out" 2>"$work/$name.err" )
    status=$?
    end=$(date +%s.%N)
    local rss; rss=$(tail -1 "$work/$name.rss" 2>/dev/null | grep -Eo '^[0-9]+' || echo 0)
    local verdict=ok
    if [ "$status" -gt 2 ]; then verdict=FAIL; failures=$((failures + 1)); fi
    printf '%-14s exit %3d  %7.2f s  %7d MiB  %s  %s\n' "$name" "$status" "$(echo "$end - $start" | bc)" "$((rss / 1024))" "$verdict" \
        "$(head -c 120 "$work/$name.err" | tr '\n' ' ')"
}

run_case emphasis "$qiyue" convert e.md e.docx
run_case macro "$qiyue" render macro.txt
run_case includes "$qiyue" render chain/t0.txt
run_case bigloop "$qiyue" render bigloop.txt
for op in double tilde join tojson string sum; do run_case "grow-$op" "$qiyue" render "$op.txt"; done
run_case table "$qiyue" convert table.md table.docx
run_case symlinks "$qiyue" review loop
if [ -f dup.json ]; then run_case dupkeys "$qiyue" agreement dup.json -o dup.md; fi
run_case data-lines "$qiyue" render t.md --data-lines huge.jsonl --out-dir out
run_case data "$qiyue" render t.md --data huge.json
echo "hostile reproducers: $failures failed"
[ "$failures" -eq 0 ]
