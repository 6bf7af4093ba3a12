#!/usr/bin/env python3
"""Builds the corpus of Word templates for Qiyue's docxtpl-compatibility tests.

Each case is a .docx made with python-docx, typed the way officers type tags into Word:
tags split across runs of different formatting, {%p %} / {%tr %} / {%tc %} / {%r %} tags,
tags in headers and footers, nested loops, values with XML characters and line breaks,
and Chinese filters. Next to each NAME.docx goes NAME.json, the data it is rendered with.

Usage: scripts/make-word-templates.py Tests/QiyueDraftingTests/Fixtures/WordTemplates
Then:  scripts/docxtpl-oracle.py Tests/QiyueDraftingTests/Fixtures/WordTemplates
"""
import json
import os
import sys

import docx
from docx.shared import Pt

PROJECT = {
    "project": {
        "name": "普洱咖啡精深加工项目",
        "total_yuan": 120000000,
        "area_mu": 85.5,
        "sign_date": "2025-03-08",
        "investor": "云南某某咖啡有限公司",
        "policies": ["申报省级专项资金", "享受高新技术企业所得税优惠", "按规定申报人才补助"],
        "phases": [
            {"name": "一期", "parts": ["厂房", "生产线"]},
            {"name": "二期", "parts": ["检测中心"]},
        ],
        "contacts": [
            {"name": "张三", "phone": "+86 879 1234567"},
            {"name": "李四", "phone": "+86 879 7654321"},
        ],
        "risks": [],
        "special": "A&B <公司> \"引号\" 'single'",
        "multiline": "第一行\n第二行\n第三行",
        "show": True,
        "hide": False,
    }
}


def runs(paragraph, pieces):
    """Adds runs: each piece is text or (text, {'bold': True, 'italic': True, 'size': 14})."""
    for piece in pieces:
        if isinstance(piece, tuple):
            text, style = piece
        else:
            text, style = piece, {}
        run = paragraph.add_run(text)
        run.bold = style.get("bold")
        run.italic = style.get("italic")
        run.underline = style.get("underline")
        if "size" in style:
            run.font.size = Pt(style["size"])


def case_single_run(d):
    d.add_paragraph("项目名称：{{ project.name }}")


def case_split_two_runs(d):
    runs(d.add_paragraph(), ["项目：{{ proj", ("ect.name }}", {"bold": True}), "。"])


def case_split_many_runs(d):
    runs(d.add_paragraph(), ["投资方：", ("{", {}), ("{ pro", {"italic": True}), ("ject.inv", {"bold": True}), ("estor ", {}), ("}}", {"underline": True}), " 签字"])


def case_formatting_inside_tag(d):
    runs(d.add_paragraph(), ["{{ ", ("project", {"bold": True}), ".", ("name", {"italic": True}), " }}"])


def case_several_tags_one_paragraph(d):
    d.add_paragraph("{{ project.name }}位于园区，用地{{ project.area_mu }}亩，总投资{{ project.total_yuan }}元。")


def case_p_if_true(d):
    d.add_paragraph("前文")
    d.add_paragraph("{%p if project.show %}")
    d.add_paragraph("显示的段落")
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("后文")


def case_p_if_false(d):
    d.add_paragraph("前文")
    d.add_paragraph("{%p if project.hide %}")
    d.add_paragraph("不应出现")
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("后文")


def case_p_if_else(d):
    d.add_paragraph("{%p if project.risks %}")
    d.add_paragraph("有风险")
    d.add_paragraph("{%p else %}")
    d.add_paragraph("暂无已知风险")
    d.add_paragraph("{%p endif %}")


def case_p_for(d):
    d.add_paragraph("政策：")
    d.add_paragraph("{%p for item in project.policies %}")
    d.add_paragraph("{{ loop.index }}. {{ item }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("完")


def case_p_for_split(d):
    runs(d.add_paragraph(), ["{%p for c in pro", ("ject.contacts %}", {"bold": True})])
    runs(d.add_paragraph(), [("{{ c.name }}", {"bold": True}), "：", "{{ c.ph", "one }}"])
    d.add_paragraph("{%p endfor %}")


def case_p_for_empty(d):
    d.add_paragraph("风险：")
    d.add_paragraph("{%p for r in project.risks %}")
    d.add_paragraph("{{ r }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("以上")


def case_nested_loops(d):
    d.add_paragraph("{%p for phase in project.phases %}")
    d.add_paragraph("{{ phase.name }}：")
    d.add_paragraph("{%p for item in phase.parts %}")
    d.add_paragraph("  {{ loop.index }}）{{ item }}（{{ phase.name }}）")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p endfor %}")


def table(d, rows, cols):
    t = d.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def case_tr_for(d):
    t = table(d, 3, 2)
    t.cell(0, 0).text = "姓名"
    t.cell(0, 1).text = "电话"
    t.cell(1, 0).text = "{%tr for c in project.contacts %}"
    t.cell(2, 0).text = "{{ c.name }}"
    t.cell(2, 1).text = "{{ c.phone }}"
    row = t.add_row()
    row.cells[0].text = "{%tr endfor %}"


def case_tr_for_empty(d):
    t = table(d, 2, 1)
    t.cell(0, 0).text = "风险"
    t.cell(1, 0).text = "{%tr for r in project.risks %}"
    t.add_row().cells[0].text = "{{ r }}"
    t.add_row().cells[0].text = "{%tr endfor %}"
    t.add_row().cells[0].text = "（无）"


def case_tr_if(d):
    t = table(d, 1, 2)
    t.cell(0, 0).text = "项目"
    t.cell(0, 1).text = "{{ project.name }}"
    t.add_row().cells[0].text = "{%tr if project.hide %}"
    r = t.add_row()
    r.cells[0].text = "隐藏行"
    r.cells[1].text = "x"
    t.add_row().cells[0].text = "{%tr endif %}"
    r = t.add_row()
    r.cells[0].text = "面积"
    r.cells[1].text = "{{ project.area_mu }}亩"


def case_tc_for(d):
    t = table(d, 2, 3)
    t.cell(0, 0).text = "{%tc for c in project.contacts %}"
    t.cell(0, 1).text = "{{ c.name }}"
    t.cell(0, 2).text = "{%tc endfor %}"
    t.cell(1, 0).text = "表尾"


def case_r_if(d):
    p = d.add_paragraph()
    runs(p, ["甲方", "{%r if project.show %}", ("（已盖章）", {"bold": True}), "{%r endif %}", "签字"])


def case_r_if_false(d):
    p = d.add_paragraph()
    runs(p, ["乙方", "{%r if project.hide %}", ("（未出现）", {"bold": True}), "{%r endif %}", "签字"])


def case_inline_if(d):
    d.add_paragraph("状态：{% if project.show %}推进中{% else %}暂停{% endif %}。")


def case_inline_for(d):
    d.add_paragraph("联系人：{% for c in project.contacts %}{{ c.name }}{% if not loop.last %}、{% endif %}{% endfor %}")


def case_xml_characters(d):
    d.add_paragraph("特殊：{{ project.special }}")


def case_newlines(d):
    runs(d.add_paragraph(), [("{{ project.multiline }}", {"bold": True})])


def case_header_footer(d):
    section = d.sections[0]
    section.header.paragraphs[0].text = "{{ project.name }}（草稿）"
    section.footer.paragraphs[0].text = "投资方：{{ project.investor }}"
    d.add_paragraph("正文{{ project.area_mu }}")


def case_header_split(d):
    section = d.sections[0]
    p = section.header.paragraphs[0]
    runs(p, ["页眉 {{ pro", ("ject.sign_date }}", {"bold": True})])
    d.add_paragraph("正文")


def case_smart_quotes(d):
    d.add_paragraph("缺省：{{ project.missing|default(\u201c未填写\u201d) }}，{{ project.name|replace(\u2018项目\u2019, \u2018工程\u2019) }}")


def case_comparison_in_tag(d):
    d.add_paragraph("{% if project.area_mu > 50 %}大型{% else %}小型{% endif %}用地")


def case_set_and_math(d):
    d.add_paragraph("{% set wan = project.total_yuan / 10000 %}折合{{ wan|round|int }}万元")


def case_filters(d):
    d.add_paragraph("{{ project.investor|length }}字，{{ project.policies|join('；') }}，{{ project.name|truncate(6, true, '…') }}")


def case_comment(d):
    d.add_paragraph("甲方{# 这里是注释 #}乙方")


def case_table_cell_variables(d):
    t = table(d, 2, 2)
    t.cell(0, 0).text = "名称"
    runs(t.cell(0, 1).paragraphs[0], ["{{ project", (".name }}", {"bold": True})])
    t.cell(1, 0).text = "投资"
    t.cell(1, 1).text = "{{ project.total_yuan }}"


def case_loop_in_cell(d):
    t = table(d, 1, 1)
    cell = t.cell(0, 0)
    cell.paragraphs[0].text = "{%p for item in project.policies %}"
    cell.add_paragraph("· {{ item }}")
    cell.add_paragraph("{%p endfor %}")


def case_macro(d):
    d.add_paragraph("{% macro money(v) %}人民币{{ v }}元{% endmacro %}总投资{{ money(project.total_yuan) }}")


def case_loop_variables(d):
    d.add_paragraph("{%p for c in project.contacts %}")
    d.add_paragraph("{{ loop.index }}/{{ loop.length }} {{ c.name }}{% if loop.first %}（首）{% endif %}")
    d.add_paragraph("{%p endfor %}")


def case_whitespace_values(d):
    d.add_paragraph("[{{ '  前后空格  ' }}]")


def case_chinese_filters(d):
    d.add_paragraph("大写：{{ project.total_yuan|cny_upper(prefix=true) }}")
    d.add_paragraph("万元：{{ project.total_yuan|wan }}")
    d.add_paragraph("日期：{{ project.sign_date|date_zh }}；{{ project.sign_date|date_zh('upper') }}")
    d.add_paragraph("{{ 3|article }}　{{ 12|zh_number }}")


def error_undefined_variable(d):
    for i in range(11):
        d.add_paragraph(f"第{i + 1}段")
    runs(d.add_paragraph(), ["项目：{{ project.nm", ("ae }}", {"bold": True})])


def error_in_table_cell(d):
    d.add_paragraph("前言")
    t = table(d, 2, 2)
    t.cell(1, 1).text = "{{ project.investorr }}"


def error_unclosed_block(d):
    d.add_paragraph("{%p if project.show %}")
    d.add_paragraph("没有结束标签")


def error_in_header(d):
    d.sections[0].header.paragraphs[0].text = "{{ project.name|cny_uper }}"
    d.add_paragraph("正文")


def drafting_agreement(d):
    d.sections[0].header.paragraphs[0].text = "协议编号：{{ project.agreement.number }}"
    d.add_heading("{{ project.name|t('zh') }}投资协议", level=1)
    d.add_paragraph("甲方：{{ project.agreement.government.name }}")
    runs(d.add_paragraph(), ["乙方：", ("{{ project.agreement.investor.name }}", {"bold": True})])
    d.add_paragraph("第一条　建设内容：{{ project.construction.content|t('zh') }}")
    d.add_paragraph("第二条　总投资人民币{{ project.investment.total_yuan|wan }}万元（{{ project.investment.total_yuan|cny_upper(prefix=true) }}）。")
    d.add_paragraph("第三条　乙方可依法申报以下公开政策：")
    d.add_paragraph("{%p for policy in project.policies %}")
    d.add_paragraph("{{ loop.index }}. {{ policy|t('zh') }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("第四条　甲方不为乙方提供任何形式的担保，不对土地出让价格作出承诺。")


def drafting_banned_clause(d):
    d.add_paragraph("{{ project.name|t('zh') }}补充协议")
    d.add_paragraph("第一条　甲方按乙方每年缴纳税款地方留成部分的50%给予乙方奖励。")


# Cases whose filters Jinja2 lacks (Qiyue's Chinese filters) are not rendered by docxtpl;
# the test compares them with the same expressions rendered by the text engine instead.
QIYUE_ONLY = {"chinese_filters"}


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    cases = {name[len("case_"):]: fn for name, fn in globals().items() if name.startswith("case_")}
    for name, build in sorted(cases.items()):
        document = docx.Document()
        build(document)
        document.core_properties.author = "qiyue"
        # python-docx stamps the time; a fixed one keeps the corpus reproducible.
        import datetime
        fixed = datetime.datetime(2025, 1, 1)
        document.core_properties.created = fixed
        document.core_properties.modified = fixed
        document.core_properties.last_printed = fixed
        document.save(os.path.join(directory, f"{name}.docx"))
        with open(os.path.join(directory, f"{name}.json"), "w", encoding="utf-8") as handle:
            json.dump(PROJECT, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    # Templates with mistakes, for the error messages (not part of the docxtpl comparison).
    errors = os.path.join(directory, "errors")
    os.makedirs(errors, exist_ok=True)
    for name, build in sorted((n[len("error_"):], f) for n, f in globals().items() if n.startswith("error_")):
        document = docx.Document()
        build(document)
        import datetime
        fixed = datetime.datetime(2025, 1, 1)
        document.core_properties.created = fixed
        document.core_properties.modified = fixed
        document.save(os.path.join(errors, f"{name}.docx"))
    # Drafting templates for `qiyue agreement --template` (rendered with a project file).
    drafting = os.path.join(directory, "drafting")
    os.makedirs(drafting, exist_ok=True)
    for name, build in sorted((n[len("drafting_"):], f) for n, f in globals().items() if n.startswith("drafting_")):
        document = docx.Document()
        build(document)
        import datetime
        fixed = datetime.datetime(2025, 1, 1)
        document.core_properties.created = fixed
        document.core_properties.modified = fixed
        document.save(os.path.join(drafting, f"{name.replace('_', '-')}.docx"))
    with open(os.path.join(directory, "qiyue-only.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(sorted(QIYUE_ONLY)) + "\n")
    print(f"{len(cases)} templates", file=sys.stderr)


if __name__ == "__main__":
    main()
