"""Test oracle: opens a DOCX with python-docx and prints what a real client sees, as JSON.

Used by DocxPythonOracleTests; never used at runtime. Exits 3 if python-docx is missing so
the Swift test can skip rather than fail.
"""
import json
import sys

try:
    import docx
    from docx.oxml.ns import qn
except ImportError:
    sys.exit(3)


def describe(path):
    document = docx.Document(path)
    body = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            paragraph = docx.text.paragraph.Paragraph(block, document)
            body.append({"kind": "p", "style": paragraph.style.name, "text": paragraph.text})
        elif block.tag == qn("w:tbl"):
            table = docx.table.Table(block, document)
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            body.append({"kind": "table", "style": table.style.name if table.style is not None else None, "rows": rows})
    section = document.sections[0]
    fonts = {}
    for style in document.styles:
        if style.type == docx.enum.style.WD_STYLE_TYPE.PARAGRAPH:
            rpr = style.element.rPr
            rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
            fonts[style.name] = rfonts.get(qn("w:eastAsia")) if rfonts is not None else None
    return {
        "body": body,
        "section": {
            "page_width_mm": round(section.page_width.mm, 1),
            "page_height_mm": round(section.page_height.mm, 1),
            "top_mm": round(section.top_margin.mm, 1),
            "bottom_mm": round(section.bottom_margin.mm, 1),
            "left_mm": round(section.left_margin.mm, 1),
            "right_mm": round(section.right_margin.mm, 1),
        },
        "footer": "".join(p.text for p in section.footer.paragraphs),
        "header": "".join(p.text for p in section.header.paragraphs),
        "title": document.core_properties.title,
        "east_asia_fonts": fonts,
        "inline_shapes": [[round(s.width.pt), round(s.height.pt)] for s in document.inline_shapes],
    }


print(json.dumps([describe(path) for path in sys.argv[1:]], ensure_ascii=False))
