#!/usr/bin/env python3
"""Migrates a rule pack to format v2: the categories its rules use are declared as data.

Usage: scripts/migrate-pack-v2.py [PACK.json ...]
(default: Sources/QiyueReview/Resources/default-rules.json)

The script adds a `categories` list right after `version` (before `termSets`) with the id,
titles, description, summary order, opinion table label and preference flag of each of the
built-in categories the pack's rules use. It is idempotent: a category the pack already
declares is left exactly as it is (an edit made by hand survives a re-run), and a file that
needs nothing is not rewritten. Key order is kept and the file is written the way it is
kept in the repository (two-space indent, Chinese unescaped, newline at the end), so the
script can be re-run after other branches have changed rules, terms or examples.
"""
import json
import sys
from collections import OrderedDict

DEFAULT = "Sources/QiyueReview/Resources/default-rules.json"

# The display data the Swift enum used to hold, now data of the pack.
BUILT_IN = [
    OrderedDict([
        ("id", "land"),
        ("title", OrderedDict([("zh", "土地"), ("en", "land")])),
        ("description", OrderedDict([
            ("zh", "政府方约定或承诺土地价格、返还土地出让金、零地价或负地价，以及违法供地方式"),
            ("en", "the government side fixing or promising a land price, rebating the land fee, zero or negative land prices, unlawful ways of supplying land"),
        ])),
        ("order", 10),
        ("opinionLabel", OrderedDict([("zh", "土地"), ("en", "land")])),
        ("preference", True),
    ]),
    OrderedDict([
        ("id", "tax"),
        ("title", OrderedDict([("zh", "税收"), ("en", "tax")])),
        ("description", OrderedDict([
            ("zh", "地方先征后返、与纳税挂钩的奖励、超出国家规定的减免，以及由政府承担税款"),
            ("en", "local refunds of tax paid, rewards pegged to tax, exemptions beyond national law, tax borne by the government side"),
        ])),
        ("order", 20),
        ("opinionLabel", OrderedDict([("zh", "税收"), ("en", "tax")])),
        ("preference", True),
    ]),
    OrderedDict([
        ("id", "guarantee"),
        ("title", OrderedDict([("zh", "担保与隐性债务"), ("en", "guarantee and hidden debt")])),
        ("description", OrderedDict([
            ("zh", "政府方提供担保或兜底、保本保收益、回购承诺、将偿债纳入预算等违法违规融资担保和变相举债"),
            ("en", "guarantees and backstops by the government side, guaranteed returns, buy-back promises, repayment put into the budget and other disguised borrowing"),
        ])),
        ("order", 30),
        ("opinionLabel", OrderedDict([("zh", "担保与隐性债务"), ("en", "guarantee and hidden debt")])),
        ("preference", False),
    ]),
    OrderedDict([
        ("id", "completeness"),
        ("title", OrderedDict([("zh", "协议完整性"), ("en", "completeness")])),
        ("description", OrderedDict([
            ("zh", "一份完整的投资协议应当约定的要素（投资义务、违约责任、争议解决、退出等）"),
            ("en", "elements a whole investment agreement should contain (investment obligations, breach liability, disputes, exit…)"),
        ])),
        ("order", 90),
        ("opinionLabel", OrderedDict([("zh", "协议完整性"), ("en", "completeness")])),
        ("preference", False),
    ]),
]


def render(pack):
    return json.dumps(pack, ensure_ascii=False, indent=2) + "\n"


def migrate(pack):
    """The pack with every built-in category its rules use declared; the rest untouched."""
    used = {rule.get("category") for rule in pack.get("rules", [])}
    declared = pack.get("categories", [])
    known = {category.get("id") for category in declared}
    missing = [category for category in BUILT_IN if category["id"] in used and category["id"] not in known]
    if not missing and "categories" in pack:
        return pack
    result = OrderedDict()
    for key, value in pack.items():
        if key == "categories":
            continue
        result[key] = value
        if key == "version":
            result["categories"] = declared + missing
    if "categories" not in result:
        result = OrderedDict([("categories", declared + missing)] + list(result.items()))
    return result


def main(paths):
    for path in paths or [DEFAULT]:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        migrated = render(migrate(json.loads(text, object_pairs_hook=OrderedDict)))
        if migrated != text:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(migrated)
            print(f"{path}: migrated")
        else:
            print(f"{path}: already v2")


if __name__ == "__main__":
    main(sys.argv[1:])
