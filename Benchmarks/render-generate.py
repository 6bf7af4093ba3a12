#!/usr/bin/env python3
"""Generates the render benchmark's inputs: a ~20 KB Markdown investment agreement
template (loops, conditionals, macros, filters) and N JSON Lines records.

Usage: render-generate.py OUT_DIR [RECORDS]
"""
import json
import os
import random
import sys

CLAUSE_TEXT = (
    "双方应当遵守国家法律法规和产业政策，依法诚信履行本协议约定的各项义务。"
    "乙方应按照批准的规划条件和建设方案组织实施项目建设，确保工程质量和安全生产，"
    "并依法办理相关手续。"
)

HEADER = """# {{ project.name }}投资合作协议

**协议编号：** {{ agreement.number }}
**签订日期：** {{ agreement.date }}
**签订地点：** {{ agreement.place | default('云南省昆明市') }}

{% macro party(p, role) -%}
**{{ role }}：** {{ p.name }}
- 统一社会信用代码：{{ p.credit_code | default('（待补充）') }}
- 住所：{{ p.address }}
- 法定代表人：{{ p.representative | default('________') }}
{%- if p.contact is defined %}
- 联系人：{{ p.contact.name }}（{{ p.contact.phone }}）
{%- endif %}
{%- endmacro %}
{{ party(parties.a, '甲方') }}

{{ party(parties.b, '乙方') }}

鉴于乙方拟在{{ project.location }}投资建设{{ project.name }}（以下简称“本项目”），
总投资额为人民币{{ '{:,.2f}'.format(project.amount) if false else '%.2f' | format(project.amount / 10000) }}万元，
其中固定资产投资{{ '%.2f' | format(project.fixed_assets / 10000) }}万元，
双方经友好协商，根据《中华人民共和国民法典》等法律法规，达成如下协议：

"""

ARTICLE = """## 第{{ %(n)d }}条　%(title)s

{%% if project.phase == 'construction' %%}
%(text)s
{%% elif project.phase == 'operation' %%}
%(text)s本条在项目投产运营阶段适用。
{%% else %%}
%(text)s本条自协议生效之日起适用。
{%% endif %%}
{%% for item in %(list)s %%}
{{ loop.index }}. {{ item.name | trim }}：{{ item.detail | default('按有关规定执行') | truncate(60) }}{%% if item.amount is defined %%}，金额{{ '%%.2f' | format(item.amount) }}元{%% endif %%}
{%% else %%}
（本条无具体事项。）
{%% endfor %%}
{%% if %(list)s | length > 2 %%}
上述事项共{{ %(list)s | length }}项，合计{{ %(list)s | selectattr('amount', 'defined') | sum(attribute='amount') | round(2) }}元。
{%% endif %%}

"""

FOOTER = """## 附件：里程碑计划

| 序号 | 节点 | 计划日期 | 责任方 |
|---|---|---|---|
{% for m in milestones | sort(attribute='date') %}
| {{ loop.index }} | {{ m.name }} | {{ m.date }} | {{ m.owner | upper }} |
{% endfor %}

{% set ns = namespace(total=0) %}
{% for m in milestones %}{% set ns.total = ns.total + m.weight %}{% endfor %}
权重合计：{{ ns.total }}；主要节点：{{ milestones | map(attribute='name') | join('、') }}。

## 签署

{% for p in [parties.a, parties.b] %}
{{ loop.cycle('甲方', '乙方') }}（盖章）：{{ p.name }}
法定代表人或授权代表（签字）：________
日期：{{ agreement.date }}

{% endfor %}
"""

TITLES = ["项目概况", "投资规模", "项目用地", "建设期限", "政务服务", "环境保护", "安全生产", "就业与培训",
          "税费缴纳", "知识产权", "履约监管", "违约责任", "争议解决",
          "协议变更", "生效条件"]


def template_text():
    text = HEADER
    lists = ["obligations", "services", "deliverables"]
    for n, title in enumerate(TITLES, start=1):
        text += ARTICLE % {"n": n, "title": title, "text": CLAUSE_TEXT, "list": lists[n % 3]}
    return text + FOOTER


def record(index, rng):
    def items(count):
        out = []
        for i in range(count):
            entry = {"name": f"事项{i + 1} ", "detail": "乙方应按期完成并提交相关材料" * rng.randint(1, 4)}
            if rng.random() < 0.6:
                entry["amount"] = round(rng.uniform(1000, 5_000_000), 2)
            out.append(entry)
        return out
    return {
        "id": f"QY-{index:05d}",
        "project": {
            "name": rng.choice(["光伏组件", "锂电池材料", "生物医药", "数据中心", "高原特色农业"]) + f"项目{index}",
            "location": rng.choice(["昆明市呈贡区", "曲靖市经开区", "玉溪市高新区", "红河州蒙自市"]),
            "amount": rng.randint(10, 5000) * 1_000_000,
            "fixed_assets": rng.randint(5, 3000) * 1_000_000,
            "phase": rng.choice(["construction", "operation", "planning"]),
        },
        "agreement": {"number": f"YN-2025-{index:05d}", "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"},
        "parties": {
            "a": {"name": "某县人民政府", "address": "云南省某县政务中心", "representative": "张某"},
            "b": {"name": f"云南某某实业有限公司{index}", "address": "云南省昆明市某路1号", "credit_code": f"91530100MA{index:08d}",
                  "contact": {"name": "李某", "phone": "0871-12345678"}},
        },
        "obligations": items(rng.randint(0, 5)),
        "services": items(rng.randint(1, 4)),
        "deliverables": items(rng.randint(2, 6)),
        "milestones": [{"name": n, "date": f"2026-{m:02d}-01", "owner": o, "weight": w}
                       for n, m, o, w in [("开工", rng.randint(1, 3), "b", 10), ("主体完工", rng.randint(4, 8), "b", 40),
                                          ("竣工验收", rng.randint(9, 12), "a", 30), ("投产", 12, "b", 20)]],
    }


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "agreement.md"), "w", encoding="utf-8") as handle:
        handle.write(template_text())
    rng = random.Random(42)
    with open(os.path.join(out, "records.jsonl"), "w", encoding="utf-8") as handle:
        for index in range(1, count + 1):
            handle.write(json.dumps(record(index, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
