#!/usr/bin/env python3
"""Writes a rule pack with (FACTOR - 1) extra copies of every built-in rule.

Usage: review_scale_pack.py BUILTIN_PACK FACTOR OUT_PACK

Passing OUT_PACK to `qiyue review --rules` gives FACTOR times the built-in rule count. Each
copy has distinct trigger and context terms (prefixed with a copy marker) so the
automaton really grows; the copies rarely match, as most extra rules in a real pack would not.
"""
import json
import sys

MARKERS = "壹贰叁肆伍陆柒捌玖"


def main():
    source, factor, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as handle:
        pack = json.load(handle)
    copies = []
    term_sets = {}
    for copy in range(1, factor):
        marker = MARKERS[copy % len(MARKERS)] + MARKERS[(copy * 3) % len(MARKERS)]

        def scaled(term):
            # A reference to a term set (@name) points at the copy's own renamed set.
            return "@%s-x%d" % (term[1:], copy) if term.startswith("@") else marker + term

        for name, terms in pack.get("termSets", {}).items():
            term_sets["%s-x%d" % (name, copy)] = [scaled(term) for term in terms]
        for rule in pack["rules"]:
            clone = json.loads(json.dumps(rule))
            clone["id"] = "%s-x%d" % (rule["id"], copy)
            match = clone["match"]
            for key in ("triggers", "excludeAny", "excludeInClause", "expected", "expectedFromInvestor", "lawfulWith", "lawfulIfClaimed"):
                if key in match:
                    match[key] = [scaled(term) for term in match[key]]
            if "requireAll" in match:
                match["requireAll"] = [[scaled(term) for term in group] for group in match["requireAll"]]
            # The copies keep the originals' examples: `review` does not run them, and
            # `rules test` of this pack is not what is measured.
            copies.append(clone)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"name": "scaled", "version": "1", "termSets": term_sets, "rules": copies}, handle, ensure_ascii=False)
    print("%d rules in total" % (len(pack["rules"]) * factor))


if __name__ == "__main__":
    main()
