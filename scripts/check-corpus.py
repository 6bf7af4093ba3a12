#!/usr/bin/env python3
"""Validate the labeled review corpus in Tests/QiyueReviewTests/Fixtures/corpus.

Checks that every clause line is a JSON object of the agreed shape, that ids and texts are
unique, that labels and contexts use the agreed vocabulary, that each category has enough
examples, and that every agreement has an expected-findings file whose line numbers point at
non-empty lines. Prints the counts; exits 1 on the first class of problems found.
"""
import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / 'Tests/QiyueReviewTests/Fixtures/corpus'
CATEGORIES = {'land', 'tax', 'guarantee'}
CONTEXTS = {None, 'government', 'investor'}
COMPLETENESS = {'breach-liability', 'dispute-resolution', 'investment-obligations',
                'schedule-obligations', 'exit-clause'}
MINIMUM = {'land': 100, 'tax': 100, 'guarantee': 100, 'lawful': 200}
MIN_CLAUSES, MIN_AGREEMENTS = 500, 6

errors = []


def check_clauses():
    ids, texts = set(), {}
    counts = collections.Counter()
    contexts = collections.Counter()
    path = ROOT / 'clauses.jsonl'
    raw = path.read_bytes()
    try:
        lines = raw.decode('utf-8').split('\n')
    except UnicodeDecodeError as e:
        errors.append(f'{path}: not UTF-8: {e}')
        return counts, contexts, 0
    if lines and lines[-1] == '':
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f'{path.name}:{n}'
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f'{where}: invalid JSON: {e}')
            continue
        if not isinstance(row, dict) or set(row) != {'id', 'text', 'labels', 'context', 'note'}:
            errors.append(f'{where}: expected keys id, text, labels, context, note')
            continue
        cid, text, labels = row['id'], row['text'], row['labels']
        if not isinstance(cid, str) or not cid:
            errors.append(f'{where}: empty id')
        elif cid in ids:
            errors.append(f'{where}: duplicate id {cid}')
        ids.add(cid)
        if not isinstance(text, str) or not text.strip() or '\n' in text:
            errors.append(f'{where}: text must be one non-empty line')
        elif text in texts:
            errors.append(f'{where}: same text as {texts[text]}')
        else:
            texts[text] = cid
        if (not isinstance(labels, list) or len(set(labels)) != len(labels)
                or not set(labels) <= CATEGORIES):
            errors.append(f'{where}: labels must be a list drawn from {sorted(CATEGORIES)}')
            continue
        if row['context'] not in CONTEXTS:
            errors.append(f'{where}: context must be "government", "investor" or null')
        if not isinstance(row['note'], str) or not row['note'].strip():
            errors.append(f'{where}: empty note')
        for label in labels or ['lawful']:
            counts[label] += 1
        if len(labels) > 1:
            counts['multi-label'] += 1
        contexts[row['context']] += 1
    for label, least in MINIMUM.items():
        if counts[label] < least:
            errors.append(f'clauses: only {counts[label]} {label} clauses, need {least}')
    if len(lines) < MIN_CLAUSES:
        errors.append(f'clauses: only {len(lines)} clauses, need {MIN_CLAUSES}')
    return counts, contexts, len(lines)


def check_agreements():
    folder = ROOT / 'agreements'
    documents = sorted(folder.glob('*.md'))
    findings = collections.Counter()
    for doc in documents:
        size = doc.stat().st_size
        if not 2048 <= size <= 6144:
            errors.append(f'{doc.name}: {size} bytes, expected 2-6 KB')
        lines = doc.read_text(encoding='utf-8').split('\n')
        expected_path = doc.with_suffix('.expected.json')
        if not expected_path.exists():
            errors.append(f'{doc.name}: missing {expected_path.name}')
            continue
        expected = json.loads(expected_path.read_text(encoding='utf-8'))
        if set(expected) != {'findings', 'completeness'}:
            errors.append(f'{expected_path.name}: expected keys findings, completeness')
            continue
        for f in expected['findings']:
            line = f.get('line')
            if f.get('category') not in CATEGORIES:
                errors.append(f'{expected_path.name}: bad category {f.get("category")!r}')
            if not isinstance(line, int) or not 1 <= line <= len(lines) or not lines[line - 1].strip():
                errors.append(f'{expected_path.name}: line {line} is not a non-empty line of {doc.name}')
            findings[f.get('category')] += 1
        bad = set(expected['completeness']) - COMPLETENESS
        if bad:
            errors.append(f'{expected_path.name}: unknown completeness ids {sorted(bad)}')
        print(f'  {doc.name}: {size} bytes, {len(expected["findings"])} findings, '
              f'missing {expected["completeness"] or "nothing"}')
    for orphan in folder.glob('*.expected.json'):
        if not orphan.with_name(orphan.name.replace('.expected.json', '.md')).exists():
            errors.append(f'{orphan.name}: no matching .md')
    if len(documents) < MIN_AGREEMENTS:
        errors.append(f'agreements: only {len(documents)}, need {MIN_AGREEMENTS}')
    return len(documents), findings


def main():
    counts, contexts, total = check_clauses()
    print(f'clauses: {total}')
    for key in ('land', 'tax', 'guarantee', 'lawful', 'multi-label'):
        print(f'  {key}: {counts[key]}')
    print('  context: ' + ', '.join(f'{k or "null"}={v}' for k, v in sorted(contexts.items(), key=lambda kv: str(kv[0]))))
    print('agreements:')
    n, findings = check_agreements()
    print(f'  {n} agreements, findings: ' + ', '.join(f'{k}={v}' for k, v in sorted(findings.items())))
    for e in errors:
        print('error: ' + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
