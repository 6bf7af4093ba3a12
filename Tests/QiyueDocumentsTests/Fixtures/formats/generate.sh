#!/bin/sh
# Regenerates the fixtures of the RTF, ODT and Word 97–2003 readers.
#
# The example draft and table.md are converted to DOCX by qiyue itself, then LibreOffice
# saves each DOCX as .rtf, .odt and .doc (as a bureau would receive them from a drafter
# who used LibreOffice); gbk.rtf is written the way Word and WPS write Chinese RTF
# (\ansicpg936, GBK bytes as \'hh) by python3. Run from the repository root after
# `swift build`:  sh Tests/QiyueDocumentsTests/Fixtures/formats/generate.sh
set -eu
here=Tests/QiyueDocumentsTests/Fixtures/formats
qiyue=.build/debug/qiyue
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$qiyue" convert Examples/drafts/wenshan-aluminium-draft.md "$work/draft.docx"
"$qiyue" convert "$here/table.md" "$work/table.docx"
for name in draft table; do
    cp "$work/$name.docx" "$here/$name.docx"
    for format in rtf odt doc; do
        soffice --headless --convert-to "$format" --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
        cp "$work/$name.$format" "$here/$name.$format"
    done
done
python3 - "$here/gbk.rtf" <<'PY'
import sys
def hexed(text):
    return ''.join(chr(b) if b < 0x80 else "\\'%02x" % b for b in text.encode('gbk'))
paragraphs = ['投资合作协议', '第一条 甲方承诺土地出让价格为每亩5万元。', '第二条 乙方按期开工。']
body = ''.join('\\pard\\plain\\f1 %s\\par\n' % hexed(p) for p in paragraphs)
rtf = ('{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052'
       '{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fnil\\fcharset134 %s;}}\n'
       '{\\*\\generator Msftedit 5.41.21.2510;}{\\info{\\title %s}}\n%s}\n') % (hexed('宋体'), hexed('隐藏的标题'), body)
open(sys.argv[1], 'w', newline='\n').write(rtf)
PY
