#!/usr/bin/env python3
"""Score a labeled clause corpus with a built `qiyue`: per-category TP, FP, FN, precision, recall.

Usage: scripts/score-corpus.py QIYUE CORPUS.jsonl [--misses OUT.tsv] [--rules PACK.json]...

The semantics are those of Tests/QiyueReviewTests/Accuracy/CorpusAccuracyTests.swift, so a
blind corpus measured here gives the figure the test would give:
- each clause stands after a preamble that defines the parties the way its `context` says
  (甲方 the company only when the context is `investor`, otherwise 甲方 the county government);
- a clause is predicted positive for a category when any finding of that category with
  severity error or warning fires on it; completeness and suppression findings do not count.

All clauses are reviewed by one `qiyue review --format jsonl` call over a temporary
directory holding one .txt file per clause, so a corpus of a thousand clauses takes seconds.
The misses file has one tab-separated line per misclassified clause and category:
FN|FP, category, id, the rules that fired (any category), the clause text.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

CATEGORIES = ['land', 'tax', 'guarantee']
GOVERNMENT_FIRST = '甲方：某某县人民政府\n乙方：某某科技有限公司\n\n'
INVESTOR_FIRST = '甲方：某某科技有限公司\n乙方：某某县人民政府\n\n'


def load(path):
    clauses = []
    for number, line in enumerate(pathlib.Path(path).read_text(encoding='utf-8').split('\n'), 1):
        if not line.strip():
            continue
        try:
            clauses.append(json.loads(line))
        except json.JSONDecodeError as error:
            sys.exit(f'{path}:{number}:{error.colno}: error: {error.msg}')
    return clauses


def document(clause):
    preamble = INVESTOR_FIRST if clause.get('context') == 'investor' else GOVERNMENT_FIRST
    return preamble + clause['text'] + '\n'


def review(qiyue, clauses, packs=()):
    """The findings of every clause, by its index: one review call over one file per clause."""
    with tempfile.TemporaryDirectory(prefix='qiyue-score-') as work:
        root = pathlib.Path(work)
        names = {}
        for index, clause in enumerate(clauses):
            name = f'{index:06d}.txt'
            (root / name).write_text(document(clause), encoding='utf-8')
            names[name] = index
        extra = [argument for pack in packs for argument in ('--rules', pack)]
        run = subprocess.run([qiyue, 'review', '--format', 'jsonl', '--fail-on', 'never', *extra, str(root)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f'qiyue review exited {run.returncode}: {run.stderr.strip()}')
        findings = {}
        for line in run.stdout.splitlines():
            record = json.loads(line)
            if 'summary' in record:
                continue
            name = pathlib.Path(record['path']).name
            if record.get('error'):
                sys.exit(f'{name}: {record["error"]}')
            findings[names[name]] = record['findings']
        missing = set(range(len(clauses))) - set(findings)
        if missing:
            sys.exit(f'qiyue review reported no result for {len(missing)} clause files')
        return findings


def main():
    parser = argparse.ArgumentParser(description='Per-category precision and recall of qiyue review on a labeled corpus.')
    parser.add_argument('qiyue', help='the built qiyue executable')
    parser.add_argument('corpus', help='a clauses.jsonl file')
    parser.add_argument('--misses', metavar='OUT.tsv', help='write the misclassified clauses here')
    parser.add_argument('--rules', metavar='PACK.json', action='append', default=[],
                        help='a rule pack handed to qiyue review (repeatable): measures an edited pack without a rebuild')
    arguments = parser.parse_args()

    clauses = load(arguments.corpus)
    findings = review(arguments.qiyue, clauses, arguments.rules)
    counts = {category: {'TP': 0, 'FP': 0, 'FN': 0} for category in CATEGORIES}
    misses = []
    for index, clause in enumerate(clauses):
        fired = [f for f in findings[index] if f['severity'] in ('error', 'warning')]
        predicted = {f['category'] for f in fired}
        rules = ','.join(sorted({f['rule'] for f in findings[index]})) or '-'
        for category in CATEGORIES:
            actual = category in clause['labels']
            guessed = category in predicted
            if guessed and actual:
                counts[category]['TP'] += 1
            elif guessed:
                counts[category]['FP'] += 1
                misses.append(('FP', category, clause['id'], rules, clause['text']))
            elif actual:
                counts[category]['FN'] += 1
                misses.append(('FN', category, clause['id'], rules, clause['text']))

    print(f'{arguments.corpus} ({len(clauses)} clauses)')
    print('category   clauses  TP   FP   FN   precision  recall')
    for category in CATEGORIES:
        c = counts[category]
        precision = c['TP'] / (c['TP'] + c['FP']) if c['TP'] + c['FP'] else 1.0
        recall = c['TP'] / (c['TP'] + c['FN']) if c['TP'] + c['FN'] else 1.0
        print(f'{category:<10} {c["TP"] + c["FN"]:7d} {c["TP"]:4d} {c["FP"]:4d} {c["FN"]:4d}   {precision:.3f}     {recall:.3f}')
    if arguments.misses:
        with open(arguments.misses, 'w', encoding='utf-8') as out:
            for miss in misses:
                out.write('\t'.join(field.replace('\t', ' ').replace('\n', '⏎') for field in miss) + '\n')


if __name__ == '__main__':
    main()
