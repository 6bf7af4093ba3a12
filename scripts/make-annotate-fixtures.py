#!/usr/bin/env python3
"""Makes the fixtures `qiyue review --annotate` is tested on, with programs other than Qiyue.

Each draft holds clauses the review objects to, written the ways Word-compatible tools
write them, so the comments must be anchored across what those tools do to text:

  python-docx-draft.docx   python-docx, with XML where it has no API: 第%1条 chineseCounting
                           numbering, an offending phrase split across runs of different
                           formatting (bold, underline, italic) and holding a complex field's
                           result, a hyperlink inside an offending sentence, an entity (&) before a
                           span, a tracked insertion inside an offending sentence and a
                           tracked deletion, an existing comment, a table whose cell holds
                           an offending clause, a header and a footer.
  libreoffice-draft.docx   LibreOffice (soffice --convert-to docx) from a flat ODT: 第X条
                           list numbering, offending phrases in bold and underlined spans,
                           a tracked deletion and insertion inside offending sentences, an
                           existing comment, a table whose cell holds an offending clause.

Usage: python3 scripts/make-annotate-fixtures.py [output-directory]
Requires: python-docx; LibreOffice (soffice) on PATH for the second file.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

OUT = sys.argv[1] if len(sys.argv) > 1 else "Tests/QiyueCLITests/Fixtures/annotate"
W = nsdecls("w")

NUMBERING = f"""
<w:abstractNum {W} w:abstractNumId="80">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/>
    <w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""
NUM = f"""<w:num {W} w:numId="80"><w:abstractNumId w:val="80"/></w:num>"""


def numbered(paragraph):
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="80"/></w:numPr>'))
    return paragraph


def make_python_docx():
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(NUM))
    document.sections[0].header.paragraphs[0].text = "招商引资项目投资协议（草案）"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    document.add_heading("某某县招商引资项目投资协议", level=1)
    document.add_paragraph("甲方：某某县人民政府")
    document.add_paragraph("乙方：云南某某铝业有限公司（A&B 合资）")

    clause = numbered(document.add_paragraph())
    clause.add_run("甲方承诺项目用地")
    clause.add_run("出让").bold = True
    underlined = clause.add_run("价格")
    underlined.underline = True
    clause.add_run("为每亩")
    # The amount is the result of a complex field, as an amount filled in from a form would be.
    for xml in ('<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r {W}><w:instrText xml:space="preserve"> QUOTE "8" </w:instrText></w:r>',
                '<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r {W}><w:t>8</w:t></w:r>',
                '<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        clause._p.append(parse_xml(xml.format(W=W)))
    clause.add_run("万元")
    clause.add_run("，").italic = True
    clause.add_run("不足部分由甲方承担。")

    clause = numbered(document.add_paragraph("乙方项目投产后，甲方按乙方缴纳增值税地方留成部分的80%给予奖励。"))
    clause._p.append(parse_xml(
        f'<w:ins {W} w:id="501" w:author="起草人" w:date="2025-03-01T09:00:00Z">'
        '<w:r><w:t>奖励资金每年兑现一次。</w:t></w:r></w:ins>'))
    clause._p.append(parse_xml(
        f'<w:del {W} w:id="502" w:author="起草人" w:date="2025-03-01T09:00:00Z">'
        '<w:r><w:delText>此条款保密。</w:delText></w:r></w:del>'))

    existing = numbered(document.add_paragraph("乙方应当按期开工建设，并依法纳税。"))
    document.add_comment(existing.runs, text="请核对开工日期。", author="法制办", initials="FZ")

    guarantee = numbered(document.add_paragraph())
    guarantee.add_run("甲方为乙方向")
    guarantee._p.append(parse_xml(f'<w:hyperlink {W} w:anchor="bank"><w:r><w:t>银行</w:t></w:r></w:hyperlink>'))
    guarantee.add_run("申请的贷款提供")
    guarantee.add_run("连带责任担保").bold = True
    guarantee.add_run("。")

    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "事项"
    table.cell(0, 1).text = "约定"
    table.cell(1, 0).text = "税收"
    table.cell(1, 1).text = "甲方按乙方缴纳企业所得税地方留成部分的50%返还乙方。"
    document.add_paragraph("本协议一式四份，甲乙双方各执两份。")
    document.save(os.path.join(OUT, "python-docx-draft.docx"))


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="U" style:family="text"><style:text-properties style:text-underline-style="solid"/></style:style>
  <text:list-style style:name="Articles">
   <text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条" style:num-format="一, 二, 三, ..."/>
  </text:list-style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:tracked-changes>
    <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>起草人</dc:creator><dc:date>2025-03-01T09:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
    <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>起草人</dc:creator><dc:date>2025-03-01T09:00:00</dc:date></office:change-info><text:p>并免收配套费</text:p></text:deletion></text:changed-region>
   </text:tracked-changes>
   <text:h text:outline-level="1">某某县工业园区项目投资协议</text:h>
   <text:p>甲方：某某县人民政府</text:p>
   <text:p>乙方：某某新材料有限公司</text:p>
   <text:list text:style-name="Articles">
    <text:list-item><text:p>甲方承诺项目用地<text:span text:style-name="B">出让价格</text:span>为每亩<text:span text:style-name="U">6万元</text:span><text:change text:change-id="ct2"/>，超出部分由甲方补贴。</text:p></text:list-item>
    <text:list-item><text:p>乙方项目投产后，甲方按乙方缴纳增值税地方留成部分的60%给予奖励<text:change-start text:change-id="ct1"/>，按年度兑现<text:change-end text:change-id="ct1"/>。</text:p></text:list-item>
    <text:list-item><text:p><office:annotation><dc:creator>法制办</dc:creator><dc:date>2025-03-02T10:00:00</dc:date><text:p>请核对开工日期。</text:p></office:annotation>乙方应当按期开工建设，并依法纳税。</text:p></text:list-item>
   </text:list>
   <table:table table:name="约定表">
    <table:table-column table:number-columns-repeated="2"/>
    <table:table-row><table:table-cell><text:p>事项</text:p></table:table-cell><table:table-cell><text:p>约定</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell><text:p>担保</text:p></table:table-cell><table:table-cell><text:p>甲方为乙方融资提供<text:span text:style-name="B">担保</text:span>。</text:p></table:table-cell></table:table-row>
   </table:table>
   <text:p>本协议自双方签字盖章之日起生效。</text:p>
  </office:text>
 </office:body>
</office:document>
"""


def make_libreoffice():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found; skipping libreoffice-draft.docx", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "libreoffice-draft.fodt")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(FODT)
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "libreoffice-draft.docx"), OUT)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_python_docx()
    make_libreoffice()
