#!/usr/bin/env python3
"""Score a labeled clause corpus with the bare keyword checklist of the corpus README.

Usage: scripts/keyword-baseline.py CORPUS.jsonl...

This is the figure a reviewer would get from a checklist of trigger words: a clause is predicted
positive for a category when, with all whitespace removed, it contains any of that category's
words. Parties, negation and context are ignored, which is exactly what the review engine is
measured against. The word lists are those printed in Tests/QiyueReviewTests/Fixtures/corpus/README.md.
"""
import json
import re
import sys

WORDS = {
    'land': ['土地出让金', '出让价', '地价', '零地价', '协议出让', '划拨', '以租代征', '竞得', '每亩', '出让价款', '供地'],
    'tax': ['返还', '留成', '免征', '减半', '核定征收', '税负', '先征后返', '即征即退', '纳税', '税收', '税'],
    'guarantee': ['担保', '保证', '抵押', '质押', '兜底', '回购', '承诺函', '安慰函', '亏损', '收益', '补足'],
}


def main(paths):
    clauses = []
    for path in paths:
        with open(path, encoding='utf-8') as handle:
            clauses += [json.loads(line) for line in handle if line.strip()]
    print(f'{len(clauses)} clauses; keyword checklist precision / recall')
    for category, words in WORDS.items():
        tp = fp = fn = 0
        for clause in clauses:
            text = re.sub(r'\s', '', clause['text'])
            predicted = any(word in text for word in words)
            actual = category in clause['labels']
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f'{category:10} {precision:.3f} / {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit('usage: scripts/keyword-baseline.py CORPUS.jsonl...')
    main(sys.argv[1:])
