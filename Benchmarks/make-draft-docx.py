#!/usr/bin/env python3
"""Writes a draft agreement of about 100 pages (210 articles, split runs in every clause,
64 offending clauses among lawful ones) with python-docx, for Benchmarks/annotate.sh.

Usage: python3 Benchmarks/make-draft-docx.py OUT.docx
"""
import random
import sys

from docx import Document

random.seed(7)
d = Document()
d.add_heading("某某县招商引资项目投资协议（一百页样本）", level=1)
d.add_paragraph("甲方：某某县人民政府")
d.add_paragraph("乙方：云南某某铝业有限公司")
lawful = "乙方应当按照国家有关规定办理项目备案、环境影响评价、安全生产等手续，依法合规开展建设和生产经营活动，并按期足额缴纳各项税费。"
bad = ["甲方承诺项目用地出让价格为每亩8万元。", "甲方按乙方缴纳增值税地方留成部分的80%给予奖励。", "甲方为乙方向银行申请的贷款提供连带责任担保。"]
n = 0
for article in range(1, 211):
    p = d.add_paragraph(f"第{article}条 ")
    for i in range(6):
        text = lawful
        if random.random() < 0.04:
            text = bad[n % 3]; n += 1
        half = len(text) // 2
        p.add_run(text[:half]); r = p.add_run(text[half:]); r.bold = (i % 2 == 0)
    for k in range(4):
        q = d.add_paragraph()
        q.add_run(lawful[:20]); q.add_run(lawful[20:]).italic = True
d.save(sys.argv[1])

