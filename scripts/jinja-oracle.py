#!/usr/bin/env python3
"""Jinja2 oracle for Qiyue's differential template tests.

Reads the *.cases files of a directory, renders every case with real Jinja2 3.1 in the
environment issue 3 specifies, and writes (or prints) the expected outputs as JSON:

    {"file.cases/case-name": {"output": "..."} | {"error": "ExceptionType"}}

Case file format (shared with the Swift test that reads it):

    === case-name
    --- template [NAME] [nonl]      main template (default name case.md); nonl: no final newline
    ...text...
    --- file NAME                   another template the main one may include or extend
    ...text...
    --- data                        JSON object (default {})
    {...}

Usage:
    scripts/jinja-oracle.py Tests/QiyueTemplateTests/Fixtures/Differential            # rewrite expected.json
    scripts/jinja-oracle.py Tests/QiyueTemplateTests/Fixtures/Differential --print    # print to stdout
"""
import json
import os
import sys

import jinja2


def parse_cases(path):
    cases = []
    current = None
    section = None
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    # A file ends with "\n", so the last element is empty and not part of any section.
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        if line.startswith("=== "):
            current = {"name": line[4:].strip(), "files": {}, "data": "{}", "main": "case.md", "nonl": False}
            cases.append(current)
            section = None
        elif line.startswith("--- ") and current is not None:
            words = line[4:].split()
            kind = words[0]
            if kind == "template":
                rest = [w for w in words[1:] if w != "nonl"]
                current["main"] = rest[0] if rest else "case.md"
                current["nonl"] = "nonl" in words[1:]
                section = ("file", current["main"])
                current["files"][current["main"]] = []
            elif kind == "file":
                section = ("file", words[1])
                current["files"][words[1]] = []
            elif kind == "data":
                section = ("data", None)
                current["data"] = []
            else:
                raise SystemExit(f"{path}: unknown section {line!r}")
        elif section is not None:
            if section[0] == "file":
                current["files"][section[1]].append(line)
            else:
                current["data"].append(line)
    for case in cases:
        files = {}
        for name, body in case["files"].items():
            text = "\n".join(body) + "\n"
            if name == case["main"] and case["nonl"]:
                text = text[:-1]
            files[name] = text
        case["files"] = files
        if isinstance(case["data"], list):
            case["data"] = "\n".join(case["data"])
    return cases


def make_environment(files):
    return jinja2.Environment(
        loader=jinja2.DictLoader(files),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html"]),
        extensions=["jinja2.ext.loopcontrols"],
    )


def run_case(case):
    try:
        data = json.loads(case["data"])
        environment = make_environment(case["files"])
        output = environment.get_template(case["main"]).render(data)
        return {"output": output}
    except Exception as error:  # every failure is an expected error of the case
        return {"error": type(error).__name__}


def main():
    directory = sys.argv[1]
    results = {}
    for file_name in sorted(os.listdir(directory)):
        if not file_name.endswith(".cases"):
            continue
        for case in parse_cases(os.path.join(directory, file_name)):
            key = f"{file_name}/{case['name']}"
            if key in results:
                raise SystemExit(f"duplicate case {key}")
            results[key] = run_case(case)
    text = json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
    else:
        with open(os.path.join(directory, "expected.json"), "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"{len(results)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
