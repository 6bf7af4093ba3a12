#!/usr/bin/env python3
"""Makes the DOCX reader's test fixtures with programs other than Qiyue.

The reader must handle files written by Word-compatible tools, not just by our own
writer, so every fixture here comes from python-docx or LibreOffice:

  python-docx-agreement.docx  python-docx, with XML added where python-docx has no API:
                              第%1条 chineseCounting numbering with nested （%2） levels,
                              a restarted list (w:lvlOverride/w:startOverride), numbering
                              through a paragraph style, tracked changes (w:ins/w:del),
                              a word split across runs, a hyperlink, simple and complex
                              fields, a table with merged cells, a header and a footer.
  libreoffice-agreement.docx  LibreOffice 7 (soffice --convert-to docx) from a flat ODT
                              with a footnote, an endnote, Chinese list numbering, a
                              table with merged cells and a tracked insertion and deletion.

Usage: python3 scripts/make-docx-fixtures.py [output-directory]
Requires: pip install python-docx; LibreOffice (soffice) on PATH for the second file.
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT

OUT = sys.argv[1] if len(sys.argv) > 1 else "Tests/QiyueDocumentsTests/Fixtures/docx"
W = nsdecls("w")

NUMBERING = f"""
<w:abstractNum {W} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/>
    <w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:abstractNum {W} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:abstractNum {W} w:abstractNumId="92">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
"""
NUMS = f"""
<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>
<w:num {W} w:numId="92"><w:abstractNumId w:val="91"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num {W} w:numId="93"><w:abstractNumId w:val="92"/></w:num>
"""


def numbered(paragraph, num_id, level=0):
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def add_numbering(document):
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for element in parse_xml(f"<w:root {W}>{NUMBERING}</w:root>"):
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
    for element in parse_xml(f"<w:root {W}>{NUMS}</w:root>"):
        numbering.append(element)


def add_article_style(document):
    """A paragraph style “条款” that numbers its paragraphs 第X条 through numId 90."""
    style = document.styles.add_style("条款", 1)
    style._element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    return style


def add_hyperlink(paragraph, text, url):
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {W} {nsdecls("r")} r:id="{r_id}"><w:r><w:rPr><w:u w:val="single"/></w:rPr>'
        f'<w:t>{text}</w:t></w:r></w:hyperlink>'))


def main():
    os.makedirs(OUT, exist_ok=True)
    document = Document()
    add_numbering(document)
    article = add_article_style(document)
    document.core_properties.title = "招商引资合作协议"
    document.core_properties.author = "python-docx"

    document.add_heading("招商引资合作协议", level=1)
    intro = document.add_paragraph("甲方：某某县人民政府")
    split = document.add_paragraph()
    # “投资协议” split across three runs with different run properties: one word, four characters.
    split.add_run("本")
    split.add_run("投").bold = True
    split.add_run("资协")
    split.add_run("议由双方签订。")

    document.add_heading("第一章 总则", level=2)
    numbered(document.add_paragraph("项目概况。"), 90)
    numbered(document.add_paragraph("项目名称为新能源电池项目。"), 90, 1)
    numbered(document.add_paragraph("项目总投资人民币壹拾亿元。"), 90, 1)
    numbered(document.add_paragraph("首期投资。"), 90, 2)
    numbered(document.add_paragraph("用地。"), 90)
    numbered(document.add_paragraph("用地面积约200亩。"), 90, 1)
    # Through the style only: continues the same list → 第三条, 第四条.
    document.add_paragraph("甲方的权利义务。", style=article)
    document.add_paragraph("乙方的权利义务。", style=article)

    # Tracked changes: an insertion kept, a deletion dropped (and kept on request).
    tracked = document.add_paragraph()
    tracked._p.append(parse_xml(
        f'<w:r {W}><w:t xml:space="preserve">乙方应于</w:t></w:r>'))
    tracked._p.append(parse_xml(
        f'<w:del {W} w:id="1" w:author="律师" w:date="2025-03-08T00:00:00Z"><w:r><w:delText>三十日</w:delText></w:r></w:del>'))
    tracked._p.append(parse_xml(
        f'<w:ins {W} w:id="2" w:author="律师" w:date="2025-03-08T00:00:00Z"><w:r><w:t>六十日</w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(f'<w:r {W}><w:t>内完成注册。</w:t></w:r>'))

    # Lettered list, then a second instance restarting at A through a startOverride.
    numbered(document.add_paragraph("第一项"), 91)
    numbered(document.add_paragraph("第二项"), 91)
    numbered(document.add_paragraph("重新开始"), 92)
    numbered(document.add_paragraph("圆圈编号"), 93)
    numbered(document.add_paragraph("圆圈编号二"), 93)

    link = document.add_paragraph("详见")
    add_hyperlink(link, "云南省人民政府网站", "https://www.yn.gov.cn/")
    link.add_run("。")

    fields = document.add_paragraph()
    fields._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr=" AUTHOR "><w:r><w:t>张三</w:t></w:r></w:fldSimple>'))
    for xml in [
        '<w:r><w:t xml:space="preserve">签署日期：</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r><w:t>2025年3月8日</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ]:
        fields._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {W}>", 1)))

    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    cells = [["项目", "金额（万元）", "备注"], ["土地", "5000", "一次性支付"], ["厂房", "3000", ""]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge in column 3
    table.cell(0, 1).text = "金额（万元）"
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:tblHeader {W}/>"))

    document.add_paragraph("（以下无正文）")
    section = document.sections[0]
    section.header.paragraphs[0].text = "某某县招商引资合作协议（草案）"
    section.footer.paragraphs[0].text = "机密文件"

    document.save(os.path.join(OUT, "python-docx-agreement.docx"))
    make_libreoffice_fixture()


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <text:list-style style:name="Articles">
   <text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条" style:num-format="一, 二, 三, ..."/>
   <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
  </text:list-style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:tracked-changes>
    <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>审查人</dc:creator><dc:date>2025-03-08T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
    <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>审查人</dc:creator><dc:date>2025-03-08T10:00:00</dc:date></office:change-info><text:p>给予税收返还</text:p></text:deletion></text:changed-region>
   </text:tracked-changes>
   <text:h text:outline-level="1">投资合作协议</text:h>
   <text:list text:style-name="Articles">
    <text:list-item><text:p>合作内容<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>依据《中华人民共和国招标投标法》。</text:p></text:note-body></text:note></text:p>
     <text:list><text:list-item><text:p>建设生产基地。</text:p></text:list-item><text:list-item><text:p>设立研发中心。</text:p></text:list-item></text:list>
    </text:list-item>
    <text:list-item><text:p>优惠政策</text:p></text:list-item>
   </text:list>
   <text:p>甲方承诺<text:change text:change-id="ct2"/>依法提供<text:change-start text:change-id="ct1"/>政务服务<text:change-end text:change-id="ct1"/>。</text:p>
   <text:p>合同金额见下表<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>金额以人民币计。</text:p></text:note-body></text:note>。</text:p>
   <table:table table:name="费用表">
    <table:table-column table:number-columns-repeated="3"/>
    <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>费用合计</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>备注</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell><text:p>甲</text:p></table:table-cell><table:table-cell><text:p>100</text:p></table:table-cell><table:table-cell table:number-rows-spanned="2"><text:p>分期</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell><text:p>乙</text:p></table:table-cell><table:table-cell><text:p>200</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
   </table:table>
  </office:text>
 </office:body>
</office:document>
"""


def make_libreoffice_fixture():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found; skipping libreoffice-agreement.docx", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "libreoffice-agreement.fodt")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(FODT)
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "libreoffice-agreement.docx"), OUT)


if __name__ == "__main__":
    main()
