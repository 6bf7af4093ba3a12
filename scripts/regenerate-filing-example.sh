#!/bin/sh
# Files the five example agreements in Examples/register/备案登记簿.jsonl, exports the 备案 list,
# and scans the example project library into Examples/portfolio/.
#
# Dates are given explicitly (filing seven days after signing, the collective decision ten days
# before it, the scan as of 2026-12-01), so the outputs are the same on every run; a test
# (FilingExampleTests) fails when they are out of date or the agreements no longer match.
#
# Usage: scripts/regenerate-filing-example.sh [--no-build]
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    swift build --product qiyue >&2
fi
qiyue="$(swift build --show-bin-path)/qiyue"
register=Examples/register/备案登记簿.jsonl
mkdir -p Examples/register Examples/portfolio
rm -f "$register"

# name  collective-decision  filing-date
while read -r name decided filed; do
    "$qiyue" register add "Examples/output/$name/agreement.docx" --project "Examples/projects/$name.json" \
        --register "$register" --collective-decision "$decided" --filing-date "$filed" \
        --fair-competition 通过 --reviewer 市投资促进局法制审查科 >/dev/null
done <<LIST
puer-coffee 2025-02-26 2025-03-15
qujing-pv-modules 2025-04-06 2025-04-23
mohan-cold-chain-logistics 2025-05-10 2025-05-27
wenshan-green-aluminium 2025-06-08 2025-06-25
ruili-electronics-three-party 2025-06-30 2025-07-17
LIST

for format in csv html json; do
    "$qiyue" register export --register "$register" --format "$format" -o "Examples/register/备案清单.$format"
done
for format in text csv html json; do
    extension=$format
    [ "$format" = text ] && extension=txt
    # Exit status 1 means projects were flagged, which is what the example shows.
    "$qiyue" portfolio Examples/projects --register "$register" --as-of 2026-12-01 --format "$format" \
        -o "Examples/portfolio/清理清单.$extension" || [ $? -eq 1 ]
done
