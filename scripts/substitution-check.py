#!/usr/bin/env python3
"""Sibling-substitution check of a rule pack: the measure of how far the rules generalise.

Usage: scripts/substitution-check.py QIYUE [--pack PACK.json] [--families FAMILIES.json] [--failures]

For every rule's examples, one slot word (a member of a family in FAMILIES.json) is replaced by
each of its siblings. A triggering variant holds when the rule still fires; a lawful variant holds
when the rule still does not fire. The variants are reviewed by `qiyue rules test --rules` over a
pack that carries the variants as the rules' examples, so the figure is the one the Swift test
Tests/QiyueReviewTests/Generalisation/SubstitutionTests.swift computes over the built-in pack.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIGITS = set('0123456789０１２３４５６７８９.．')


def occurrences(text, family):
    """The first occurrence of the longest member of the family that is not part of a longer one."""
    members = sorted(family['members'], key=len, reverse=True)
    taken = []
    for member in members:
        start = text.find(member)
        while start >= 0:
            end = start + len(member)
            inside = any(s <= start and end <= e for s, e in taken)
            bounded = not (member[0] in DIGITS and start > 0 and text[start - 1] in DIGITS)
            follows = not family.get('before') or any(text.startswith(b, end) for b in family['before'])
            if not inside and bounded and follows:
                return member, start
            taken.append((start, end))
            start = text.find(member, start + 1)
    return None


def variants(text, families):
    for family in families:
        found = occurrences(text, family)
        if not found:
            continue
        member, start = found
        for sibling in family['members']:
            if sibling == member:
                continue
            yield family['name'], text[:start] + sibling + text[start + len(member):]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('qiyue')
    parser.add_argument('--pack', default=str(ROOT / 'Sources/QiyueReview/Resources/default-rules.json'))
    parser.add_argument('--families', default=str(ROOT / 'Tests/QiyueReviewTests/Fixtures/generalisation/families.json'))
    parser.add_argument('--failures', action='store_true')
    args = parser.parse_args()
    pack = json.loads(pathlib.Path(args.pack).read_text(encoding='utf-8'))
    families = json.loads(pathlib.Path(args.families).read_text(encoding='utf-8'))['families']
    rules, meta = [], {}
    for rule in pack['rules']:
        if rule['category'] == 'completeness':
            continue
        trig, lawful = [], []
        for kind, source, target in (('+', rule['examples']['triggering'], trig), ('-', rule['examples']['nonTriggering'], lawful)):
            seen = set(source)
            for example in source:
                if '\n' in example:
                    continue
                for family, variant in variants(example, families):
                    if variant in seen:
                        continue
                    seen.add(variant)
                    target.append(variant)
                    meta[(rule['id'], kind, variant)] = family
        # A pack rule needs examples of both kinds; an unchanged original passes and is not counted.
        copy = dict(rule)
        copy['examples'] = {'triggering': trig or rule['examples']['triggering'][:1],
                            'nonTriggering': lawful or rule['examples']['nonTriggering'][:1]}
        rules.append(copy)
    with tempfile.TemporaryDirectory() as work:
        path = pathlib.Path(work) / 'variants.json'
        path.write_text(json.dumps({'name': 'variants', 'version': '1', 'termSets': pack.get('termSets', {}), 'rules': rules}, ensure_ascii=False), encoding='utf-8')
        run = subprocess.run([args.qiyue, 'rules', 'test', '--rules', str(path)], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f'qiyue rules test exited {run.returncode}: {run.stderr.strip()}')
    failed = collections.Counter()
    lines = []
    for line in run.stdout.splitlines():
        if not line.startswith('✗ '):
            continue
        rule_id, expectation, example = line[2:].split(': ', 2)
        kind = '+' if '应触发但未触发' in expectation or 'should fire' in expectation else '-'
        failed[(kind, meta.get((rule_id, kind, example), '?'))] += 1
        lines.append(f'{kind} {rule_id}\t{meta.get((rule_id, kind, example), "?")}\t{example}')
    totals = collections.Counter()
    for (rule_id, kind, variant), family in meta.items():
        totals[(kind, family)] += 1
    for kind, title in (('+', 'triggering variants that still fire'), ('-', 'lawful variants that stay lawful')):
        total = sum(n for (k, _), n in totals.items() if k == kind)
        bad = sum(n for (k, _), n in failed.items() if k == kind)
        print(f'{title}: {total - bad}/{total} ({(total - bad) / max(total, 1):.3f})')
        for family in sorted({f for (k, f) in totals if k == kind}):
            t, b = totals[(kind, family)], failed[(kind, family)]
            print(f'  {family:22} {t - b}/{t}')
    if args.failures:
        print('\n'.join(lines))


if __name__ == '__main__':
    main()
