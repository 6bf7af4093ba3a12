#!/bin/sh
# Records `qiyue review` of every example draft into Examples/reviews/<draft>.txt.
#
# The recorded reports show a newcomer what the review prints without building anything;
# ExampleDraftReviewTests fails when one is out of date (after a rule change), and this
# script is the only way to re-record them. Paths in the reports are relative to the
# repository root, as a user running the README's commands sees them.
#
# Usage: scripts/regenerate-draft-reviews.sh [--no-build]
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    swift build --product qiyue >&2
fi
qiyue="$(swift build --show-bin-path)/qiyue"

mkdir -p Examples/reviews
for recorded in Examples/reviews/*.txt; do
    [ -f "$recorded" ] || continue
    draft="Examples/drafts/$(basename "$recorded" .txt)"
    [ -f "$draft" ] || { echo "removing stale $recorded" >&2; rm "$recorded"; }
done
for draft in Examples/drafts/*; do
    [ -f "$draft" ] || continue
    set +e
    NO_COLOR=1 "$qiyue" review "$draft" > "Examples/reviews/$(basename "$draft").txt"
    status=$?
    set -e
    [ "$status" -le 1 ] || { echo "review of $draft failed with exit $status" >&2; exit 1; }
    echo "$draft: exit $status"
done
