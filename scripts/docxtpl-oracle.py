#!/usr/bin/env python3
"""docxtpl oracle for Qiyue's Word templates.

Renders every NAME.docx of a directory with NAME.json using docxtpl (autoescape on, so values
are escaped for XML as Qiyue escapes them) and records, per part, the text of every paragraph
in document order (tables included) as python-docx reads it: expected.json.

    {"NAME": {"document": ["…", …], "header1": […], "footer1": […]}}

With --check DIR_OF_OURS it instead opens each DIR_OF_OURS/NAME.docx with python-docx and
compares its texts with expected.json, printing the differences (exit 1 on any).
"""
import json
import os
import sys

import docx
from docx.oxml.ns import qn
from docxtpl import DocxTemplate


def paragraph_text(p):
    parts = []
    for node in p.iter():
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
    return "".join(parts)


def texts(path):
    document = docx.Document(path)
    result = {"document": [paragraph_text(p) for p in document.element.body.iter(qn("w:p"))]}
    for relationship in document.part.rels.values():
        kind = relationship.reltype.rsplit("/", 1)[-1]
        if kind in ("header", "footer"):
            part = relationship.target_part
            name = part.partname.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            result[name] = [paragraph_text(p) for p in part.element.iter(qn("w:p"))]
    return result


def main():
    directory = sys.argv[1]
    skip = set(open(os.path.join(directory, "qiyue-only.txt"), encoding="utf-8").read().split())
    names = sorted(n[:-5] for n in os.listdir(directory) if n.endswith(".docx") and n[:-5] not in skip)
    if "--check" in sys.argv:
        ours = sys.argv[sys.argv.index("--check") + 1]
        expected = json.load(open(os.path.join(directory, "expected.json"), encoding="utf-8"))
        failures = 0
        for name in names:
            got = texts(os.path.join(ours, f"{name}.docx"))
            if got != expected[name]:
                failures += 1
                print(f"{name}: ours {got!r}\n{' ' * len(name)}  docxtpl {expected[name]!r}")
        print(f"{len(names) - failures}/{len(names)} equal", file=sys.stderr)
        sys.exit(1 if failures else 0)
    results = {}
    for name in names:
        template = DocxTemplate(os.path.join(directory, f"{name}.docx"))
        data = json.load(open(os.path.join(directory, f"{name}.json"), encoding="utf-8"))
        template.render(data, autoescape=True)
        out = f"/tmp/docxtpl-oracle-{os.getpid()}.docx"
        template.save(out)
        results[name] = texts(out)
        os.remove(out)
    with open(os.path.join(directory, "expected.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"{len(results)} templates rendered by docxtpl", file=sys.stderr)


if __name__ == "__main__":
    main()
