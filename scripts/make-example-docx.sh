#!/bin/sh
# Makes Examples/drafts/dali-tea-draft.docx from its HTML source with LibreOffice, so the
# examples include a Word file written by an office suite rather than by qiyue itself.
#
# Usage: scripts/make-example-docx.sh   (needs libreoffice on PATH)
set -eu
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
libreoffice --headless -env:UserInstallation="file://$work/profile" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" scripts/example-sources/dali-tea-draft.html >/dev/null
mv -f "$work/dali-tea-draft.docx" Examples/drafts/dali-tea-draft.docx
echo "wrote Examples/drafts/dali-tea-draft.docx"
