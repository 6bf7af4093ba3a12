#!/usr/bin/env python3
"""Writes a text-only DOCX of about the requested size with python-docx, for the read benchmark.

The text varies (articles, amounts, dates, table rows drawn from a fixed seed) so the
XML compresses like a real agreement, about 10:1, rather than like a repeated sentence.
python-docx slows down quadratically as a body grows, so it writes about half a megabyte
and the body of that file is then repeated (by plain text surgery on word/document.xml,
keeping python-docx's markup) until the package reaches the requested size.
Usage: python3 Benchmarks/make-large-docx.py OUT.docx [megabytes]
"""
import io
import math
import random
import sys
import zipfile

from docx import Document

TERMS = ["甲方", "乙方", "项目公司", "县人民政府", "投资促进局", "自然资源局", "固定资产投资", "土地使用权", "出让金",
         "税收", "违约金", "不可抗力", "争议解决", "仲裁委员会", "知识产权", "环境保护", "安全生产", "竣工验收", "达产",
         "就业岗位", "研发投入", "亩均税收", "用地面积", "建设周期", "基础设施", "营商环境", "政务服务", "保密义务"]
VERBS = ["应当", "有权", "负责", "协助", "依法办理", "按期完成", "不得", "书面通知", "承担", "支付", "提供", "配合"]
NUMERALS = "一二三四五六七八九十"


def sentence(rng):
    words = [rng.choice(TERMS) + rng.choice(VERBS) + rng.choice(TERMS) for _ in range(rng.randint(3, 7))]
    return "，".join(words) + f"，金额为人民币{rng.randint(1, 99999):,}万元，期限{rng.randint(1, 60)}个月。"


def add_chapters(document, rng, chapters, articles_per_chapter, after_article=lambda number: None):
    """Chapters of numbered articles (a bold 第N条 run, then one to three sentences), each
    chapter closed by a 6 × 4 table; `after_article(n)` may add to the document after article n."""
    article = 0
    for chapter in range(chapters):
        document.add_heading(f"第{chapter + 1}章 {rng.choice(TERMS)}", level=2)
        for _ in range(articles_per_chapter):
            article += 1
            paragraph = document.add_paragraph()
            paragraph.add_run(f"第{article}条 ").bold = True
            for _ in range(rng.randint(1, 3)):
                paragraph.add_run(sentence(rng))
            after_article(article)
        table = document.add_table(rows=6, cols=4)
        for row in table.rows:
            for cell in row.cells:
                cell.text = rng.choice(TERMS) + str(rng.randint(1, 9999))


def main():
    out = sys.argv[1]
    target = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    rng = random.Random(2025)
    document = Document()
    document.add_heading("招商引资合作协议（基准测试）", level=1)
    # About 140 chapters of 40 articles make half a megabyte of compressed DOCX.
    add_chapters(document, rng, chapters=140, articles_per_chapter=40)
    buffer = io.BytesIO()
    document.save(buffer)
    repeat(buffer.getvalue(), out, target)


def repeat(package, out, target_megabytes):
    """Repeats the body of word/document.xml until the DOCX is about the target size."""
    source = zipfile.ZipFile(io.BytesIO(package))
    xml = source.read("word/document.xml").decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.rindex("<w:sectPr")
    copies = max(1, math.ceil(target_megabytes * 1_048_576 / len(package)))
    body = xml[start:end]
    xml = xml[:start] + body * copies + xml[end:]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = xml.encode("utf-8") if item.filename == "word/document.xml" else source.read(item.filename)
            archive.writestr(item.filename, data)


if __name__ == "__main__":
    main()
