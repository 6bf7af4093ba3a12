#!/usr/bin/env python3
"""The tool a reviewer would otherwise script: one regular expression per rule.

Usage: review_baseline.py DIR PACK [PACK...]

For every rule of the packs it compiles the alternation of the rule's trigger terms (no
context, no actor, no negation — a keyword screen), reads every file and counts the
matches. It prints `files bytes seconds hits` for the benchmark script to compare.
"""
import json
import os
import re
import sys
import time


def main():
    directory, packs = sys.argv[1], sys.argv[2:]
    patterns = []
    for path in packs:
        with open(path, encoding="utf-8") as handle:
            for rule in json.load(handle)["rules"]:
                terms = rule["match"].get("triggers") or rule["match"].get("expected") or []
                if terms:
                    patterns.append(re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))))
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(directory) for name in names if name.endswith((".md", ".txt")))
    start = time.perf_counter()
    total, hits = 0, 0
    for path in files:
        with open(path, "rb") as handle:
            data = handle.read()
        total += len(data)
        text = data.decode("utf-8")
        for pattern in patterns:
            hits += sum(1 for _ in pattern.finditer(text))
    print(len(files), total, time.perf_counter() - start, hits)


if __name__ == "__main__":
    main()
