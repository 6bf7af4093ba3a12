#!/usr/bin/env python3
"""Makes Templates/agreement.docx, the standard agreement as a Word template, from
Templates/agreement.md.jinja, so that the two can never say different things.

Each block of the Markdown template becomes what an officer would type in Word: a paragraph
per paragraph, `#`/`##` as Heading 1/Heading 2, `**甲方**` as a bold run, the `{.title}` block
as Title/Subtitle/Title Page Line paragraphs, `\\pagebreak` as "page break before", the
`{.signature}` list as a borderless two-column table (the third party's row between
`{%tr if three %}` rows), and every statement on a line of its own (`{% set %}`, `{% if %}`…)
as a `{%p … %}` paragraph, which docxtpl and qiyue remove from the output. Jinja comments and
the front matter are dropped; the template's declaration (`{#--- … ---#}`) goes into the
custom document property `qiyue.declaration`, which `qiyue agreement --template` checks.

python-docx writes the document; LibreOffice (headless) then opens and saves it, so the file
shipped is one that LibreOffice made, as a bureau's own template would be.

Usage: scripts/make-agreement-docx-template.py [Templates/agreement.md.jinja] [Templates/agreement.docx]
Needs: pip install python-docx; soffice (libreoffice-writer) on PATH.
"""
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STATEMENT = re.compile(r"^\{%-?\s*(.*?)\s*-?%\}$", re.S)


def fonts(element_rpr, name):
    """Names `name` for Latin and East Asian text alike, as Chinese Word documents need."""
    rfonts = element_rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        element_rpr.insert(0, rfonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attribute), name)


def style(document, name, font, size, bold=False, centred=False, indent=True, before=0, after=0, outline=None):
    s = document.styles[name]
    s.font.size = Pt(size)
    s.font.bold = bold
    s.font.color.rgb = None
    fonts(s.element.get_or_add_rPr(), font)
    p = s.paragraph_format
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    p.first_line_indent = Pt(size * 2) if indent else Pt(0)
    p.space_before = Pt(before)
    p.space_after = Pt(after)
    p.line_spacing = 1.5
    return s


def prepare(document):
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(25.4)
    section.left_margin = section.right_margin = Mm(31.8)
    style(document, "Normal", "宋体", 12)
    style(document, "Title", "宋体", 22, bold=True, centred=True, indent=False, before=180, after=24)
    style(document, "Subtitle", "黑体", 16, centred=True, indent=False, after=12)
    style(document, "Heading 1", "宋体", 22, bold=True, centred=True, indent=False, before=12, after=12)
    style(document, "Heading 2", "黑体", 14, indent=False, before=6, after=6)
    line = document.styles.add_style("Title Page Line", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    line.base_style = document.styles["Normal"]
    line.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line.paragraph_format.first_line_indent = Pt(0)
    line.font.size = Pt(14)
    # Title's bottom border in python-docx's default template is not the agreement's look.
    for name in ("Title",):
        ppr = document.styles[name].element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
    # The cover carries no page number, as in the agreement qiyue writes from Markdown.
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.paragraph_format.first_line_indent = Pt(0)
    footer.add_run("第 ")
    field(footer, "PAGE")
    footer.add_run(" 页 共 ")
    field(footer, "NUMPAGES")
    footer.add_run(" 页")


def field(paragraph, instruction):
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)
        elif text.strip() == "1":
            run.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            run._r.append(element)


def add_text(paragraph, text):
    """Adds `text`, with `**bold**` spans as bold runs."""
    for index, piece in enumerate(re.split(r"\*\*", text)):
        if piece:
            paragraph.add_run(piece).bold = index % 2 == 1


def blocks(source):
    """The template's blocks: ('stmt', text), ('para', lines), ('title', lines), ('signature', lines), ('break',)."""
    source = re.sub(r"\{#.*?#\}\n?", "", source, flags=re.S)
    lines = source.split("\n")
    index = 0
    paragraph = []
    result = []

    def flush():
        if paragraph:
            result.append(("para", list(paragraph)))
            paragraph.clear()

    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped.startswith("{%") and not paragraph:
            statement = line
            while "%}" not in statement:
                index += 1
                statement += " " + lines[index].strip()
            if statement.strip().endswith("%}") and statement.strip().count("{%") == 1:
                result.append(("stmt", STATEMENT.match(statement.strip()).group(1)))
                index += 1
                continue
        if stripped in ("{.title}", "{.signature}"):
            flush()
            kind = stripped[2:-1]
            body = []
            index += 1
            while index < len(lines) and lines[index].strip():
                body.append(lines[index])
                index += 1
            result.append((kind, body))
            continue
        if stripped == "\\pagebreak":
            flush()
            result.append(("break",))
        elif not stripped:
            flush()
        else:
            paragraph.append(line)
        index += 1
    flush()
    return result


def joined(lines):
    """One Word paragraph from a Markdown paragraph's lines; `{%-`/`-%}` whitespace control
    has nothing to remove in Word, where the lines are one paragraph already."""
    text = "".join(line.strip() for line in lines)
    return text.replace("{%-", "{%").replace("-%}", "%}")


DICT_SET = re.compile(r"^set (\w+) = (\{.*\})$", re.S)
DICT_GET = re.compile(r"^set (\w+) = (\w+)\.get\(([^,]+), (.+)\)$", re.S)


def without_braces(statements):
    """docxtpl's `{%p %}` tag cannot hold a `}` (its pattern stops there), so a lookup table
    (`set names = {'a': '…'}` then `set x = names.get(key, default)`) becomes one conditional
    expression: `set x = '…' if key == 'a' else … else default`."""
    tables = {}
    result = []
    for statement in statements:
        match = DICT_SET.match(statement)
        if match:
            tables[match.group(1)] = ast.literal_eval(match.group(2))
            continue
        match = DICT_GET.match(statement)
        if match and match.group(2) in tables:
            name, key, default = match.group(1), match.group(3).strip(), match.group(4).strip()
            chain = " else ".join(f"{value!r} if {key} == {entry!r}" for entry, value in tables[match.group(2)].items())
            statement = f"set {name} = {chain} else {default}"
        assert "}" not in statement, statement
        result.append(statement)
    return result


def add_statement(document, statement, style_name=None):
    paragraph = document.add_paragraph("{%p " + statement + " %}", style=style_name)
    return paragraph


def signature(document, lines):
    """The `{.signature}` list as a table: two parties a row, a conditional party in rows of its own."""
    parties = []
    condition = None
    for line in lines:
        stripped = line.strip()
        match = STATEMENT.match(stripped)
        if match:
            statement = match.group(1)
            condition = None if statement.startswith("endif") else statement
        elif stripped.startswith("- "):
            parties.append({"lines": [stripped[2:]], "condition": condition})
        else:
            parties[-1]["lines"].append(stripped)
    plain = [p for p in parties if not p["condition"]]
    conditional = [p for p in parties if p["condition"]]
    rows = [plain[i:i + 2] for i in range(0, len(plain), 2)]
    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row_of(parties_in_row):
        cells = table.add_row().cells
        for cell, party in zip(cells, parties_in_row + [None]):
            cell.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
            if party is None:
                continue
            for number, text in enumerate(party["lines"]):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                paragraph.paragraph_format.first_line_indent = Pt(0)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
                paragraph.add_run(text)

    def tag_row(text):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(text)

    for row in rows:
        row_of(row)
    for party in conditional:
        tag_row("{%tr " + party["condition"] + " %}")
        row_of([party])
        tag_row("{%tr endif %}")


def build(source, output):
    document = docx.Document()
    prepare(document)
    break_before = False
    parsed = blocks(source)
    statements = iter(without_braces([block[1] for block in parsed if block[0] == "stmt"]))
    for block in parsed:
        if block[0] == "stmt" and DICT_SET.match(block[1]):
            continue
        if block[0] == "stmt":
            block = ("stmt", next(statements))
        kind = block[0]
        if kind == "stmt":
            add_statement(document, block[1])
        elif kind == "break":
            break_before = True
        elif kind == "title":
            styles = ["Title", "Subtitle"]
            number = 0
            for line in block[1]:
                match = STATEMENT.match(line.strip())
                if match:
                    add_statement(document, match.group(1), "Title Page Line")
                    continue
                name = styles[number] if number < 2 else "Title Page Line"
                paragraph = document.add_paragraph(style=name)
                add_text(paragraph, line.strip())
                if number == 2:
                    paragraph.paragraph_format.space_before = Pt(120)
                number += 1
            break_before = True
        elif kind == "signature":
            signature(document, block[1])
        else:
            text = joined(block[1])
            level = len(text) - len(text.lstrip("#"))
            if level and text[level:level + 1] == " ":
                paragraph = document.add_paragraph(style=f"Heading {level}")
                text = text[level + 1:]
            else:
                paragraph = document.add_paragraph()
            add_text(paragraph, text)
            if break_before:
                paragraph.paragraph_format.page_break_before = True
                break_before = False
    document.core_properties.title = "标准投资协议（Word 模板）"
    document.core_properties.author = "Qiyue"
    document.core_properties.comments = "由 scripts/make-agreement-docx-template.py 从 Templates/agreement.md.jinja 生成"
    document.save(output)


CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
DOC_PROPS_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word gives every user-defined custom property.
USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def declaration(source):
    """The lines of the Markdown template's declaration, between `{#---` and `---#}`."""
    lines = source.split("\n")
    if not lines or lines[0].strip() != "{#---":
        return None
    end = next(index for index, line in enumerate(lines) if line.strip() == "---#}")
    return "\n".join(lines[1:end])


def declare(path, text):
    """Writes `text` into the package's custom property qiyue.declaration, after LibreOffice
    has saved it, so that the Word template requires what the Markdown template requires."""
    from xml.sax.saxutils import escape
    import zipfile
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<Properties xmlns="{CUSTOM_PROPERTIES}" xmlns:vt="{DOC_PROPS_TYPES}">'
              f'<property fmtid="{USER_DEFINED}" pid="2" name="qiyue.declaration"><vt:lpwstr>{escape(text)}</vt:lpwstr></property>'
              '</Properties>')
    with zipfile.ZipFile(path) as package:
        entries = [(info, package.read(info)) for info in package.infolist()]
    if not any(info.filename == "docProps/custom.xml" for info, _ in entries):
        raise SystemExit("the saved template has no docProps/custom.xml")
    temporary = path + ".tmp"
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in entries:
            package.writestr(info, custom.encode("utf-8") if info.filename == "docProps/custom.xml" else data)
    os.replace(temporary, path)


def main():
    source_path = sys.argv[1] if len(sys.argv) > 1 else "Templates/agreement.md.jinja"
    output_path = sys.argv[2] if len(sys.argv) > 2 else "Templates/agreement.docx"
    with open(source_path, encoding="utf-8") as handle:
        source = handle.read()
    with tempfile.TemporaryDirectory() as work:
        draft = os.path.join(work, "agreement.docx")
        build(source, draft)
        saved = os.path.join(work, "lo")
        os.mkdir(saved)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", saved, draft],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(os.path.join(saved, "agreement.docx"), output_path)
    text = declaration(source)
    if text is not None:
        declare(output_path, text)
    print(f"wrote {output_path}")


if __name__ == "__main__":
    main()
