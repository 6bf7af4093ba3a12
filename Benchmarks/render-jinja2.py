#!/usr/bin/env python3
"""The baseline a user would otherwise write: a Jinja2 mail merge of a JSON Lines file,
one output file per record (temporary file + rename, one syncfs at the end, as qiyue
does), with the environment of issue 3.

Usage: render-jinja2.py TEMPLATE RECORDS.jsonl OUT_DIR
"""
import ctypes
import json
import os
import sys

import jinja2


def main():
    template_path, records_path, out_dir = sys.argv[1:4]
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.dirname(os.path.abspath(template_path))),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html"]),
    )
    template = environment.get_template(os.path.basename(template_path))
    os.makedirs(out_dir, exist_ok=True)
    with open(records_path, encoding="utf-8") as records:
        for line in records:
            if not line.strip():
                continue
            record = json.loads(line)
            text = template.render(record)
            path = os.path.join(out_dir, record["id"] + ".md")
            temporary = path + ".tmp"
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temporary, path)
    # Same durability as qiyue: one syncfs of the output file system at the end.
    descriptor = os.open(out_dir, os.O_RDONLY)
    try:
        ctypes.CDLL(None, use_errno=True).syncfs(descriptor)
    finally:
        os.close(descriptor)


if __name__ == "__main__":
    main()
