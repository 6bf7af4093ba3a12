#!/usr/bin/env python3
"""A fuzz campaign against a built `qiyue`, run from outside like a user would.

It takes the committed seed inputs (DOCX fixtures, HTML, RTF, .doc, Markdown, plain text
re-encoded as GB18030 and UTF-16, JSON projects, Markdown and Word templates, rule packs, the
filing register), mutates them (byte flips, truncation, ZIP entry surgery, XML surgery, huge
lines, NULs, deep nesting, template recursion) and runs the commands that read each kind under
a time limit and an address-space limit. Every run happens in a fresh directory holding only
its inputs, so what a run writes is visible.

A run is flagged when qiyue
  - dies of a signal, or exits with a status other than 0, 1 or 2;
  - takes longer than --slow seconds (default 10) on an input under 10 MB, or is killed at 3x;
  - peaks above --max-rss MiB (default 1024) resident;
  - exits 2 with no `error:` on stderr (the runs use `--lang en`);
  - exits 0 or 1 from `review` on a file its JSON report says was not reviewed, finds
    fewer problems than in the seed after a mutation that keeps the document's text
    (a re-packed ZIP, a data descriptor, an entry comment), or misses a land-fee rebate
    clause put where Word shows text (a content control, a text box, a tracked insertion,
    an imported chunk…) without refusing the file: a false "clean";
  - leaves any file behind after exiting 2 (except the review report of `review -o`, which
    records the files not reviewed), or a temporary file after any exit;
  - changes one of its inputs.

Usage:
  scripts/fuzz-campaign.py [--qiyue PATH] [--seed N] [--budget SECONDS] [--out DIR] [--only KIND,...]
Defaults: .build/release/qiyue, seed 20261204, 600 s, failures kept in fuzz-failures/ (each with
its input and a `case.json` naming the command and what was wrong). The same seed and the same
qiyue give the same sequence of inputs; the budget only decides how far along it gets.
"""
import argparse
import hashlib
import io
import json
import os
import random
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def find(folder, suffixes):
    """Repository files under `folder` whose names end in one of `suffixes`, sorted."""
    found = []
    for base, dirs, files in os.walk(os.path.join(ROOT, folder)):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(suffixes):
                found.append(os.path.relpath(os.path.join(base, name), ROOT))
    return found


# ---------------------------------------------------------------------------------------------
# Seeds


def load_seeds():
    """Kind -> list of (name, bytes). Markdown and text drafts are also re-encoded."""
    seeds = {k: [] for k in ("docx", "html", "rtf", "doc", "md", "txt", "project", "template",
                             "wordtemplate", "pack", "register")}
    for path in find("Tests/QiyueDocumentsTests/Fixtures/docx", (".docx",)) + \
            find("Tests/QiyueCLITests/Fixtures/annotate", (".docx",)) + find("Examples/drafts", (".docx",)) + \
            find("Tests/QiyueDocumentsTests/Fixtures/formats", (".docx",)):
        seeds["docx"].append((os.path.basename(path), read(path)))
    for path in find("Tests/QiyueDocumentsTests/Fixtures/html", (".html",)) + find("Examples/output", ("agreement.html",))[:1]:
        seeds["html"].append((os.path.basename(path), read(path)))
    for path in find("Tests/QiyueDocumentsTests/Fixtures/formats", (".rtf",)):
        seeds["rtf"].append((os.path.basename(path), read(path)))
    for path in find("Tests/QiyueDocumentsTests/Fixtures/formats", (".doc",)):
        seeds["doc"].append((os.path.basename(path), read(path)))
    for path in find("Examples/drafts", (".md",)) + ["Tests/QiyueDocumentsTests/Fixtures/formats/table.md"]:
        seeds["md"].append((os.path.basename(path), read(path)))
    for path in find("Examples/drafts", (".txt",)) + find("Examples/drafts", (".md",))[:2]:
        text = read(path).decode("utf-8")
        stem = os.path.basename(path).rsplit(".", 1)[0]
        seeds["txt"].append((stem + ".txt", text.encode("utf-8")))
        seeds["txt"].append((stem + "-gb18030.txt", text.encode("gb18030")))
        seeds["txt"].append((stem + "-utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le")))
        seeds["txt"].append((stem + "-utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be")))
    for path in find("Examples/projects", (".json",)):
        seeds["project"].append((os.path.basename(path), read(path)))
    for path in find("Templates", (".jinja",)):
        seeds["template"].append((os.path.basename(path).replace(".jinja", ""), read(path)))
    for path in find("Tests/QiyueDraftingTests/Fixtures/WordTemplates", (".docx",)):
        data_path = path[:-5] + ".json"
        if os.path.exists(os.path.join(ROOT, data_path)):
            seeds["wordtemplate"].append((os.path.basename(path), read(path), read(data_path)))
    seeds["pack"].append(("default-rules.json", read("Sources/QiyueReview/Resources/default-rules.json")))
    seeds["pack"].append(("procurement.json", read("Tests/QiyueCLITests/Fixtures/packs/procurement.json")))
    seeds["register"].append(("备案登记簿.jsonl", read("Examples/register/备案登记簿.jsonl")))
    return seeds


# ---------------------------------------------------------------------------------------------
# Generic byte mutations


def flip(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def interesting_bytes(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if len(data) < 4:
            break
        at = rng.randrange(len(data) - 3)
        value = rng.choice([0, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, 1, 0xFFFFFFFE])
        data[at:at + 4] = struct.pack("<I", value)
    return bytes(data)


def truncate(rng, data):
    return data[:rng.randrange(max(1, len(data)))]


def insert(rng, data, piece):
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


def nuls(rng, data):
    return insert(rng, data, b"\x00" * rng.choice([1, 7, 4096]))


def bad_utf8(rng, data):
    return insert(rng, data, rng.choice([b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xe4\xb8", b"\xf4\x90\x80\x80", b"\x80" * 9]))


def huge_line(rng, data):
    """One line of 1 to 8 MB, so that the input stays under the 10 MB the time limit is for."""
    unit = rng.choice(["甲方承诺返还土地出让金", "x", " ", "第", "、"]).encode()
    return insert(rng, data, unit * (rng.choice([1 << 20, 3 << 20, 8 << 20]) // len(unit)))


def splice(rng, data):
    if len(data) < 2:
        return data
    a, b = sorted(rng.randrange(len(data)) for _ in range(2))
    return data[:a] + data[a:b] * rng.randint(2, 50) + data[b:]


BYTE_MUTATORS = [flip, interesting_bytes, truncate, nuls, bad_utf8, huge_line, splice]


# ---------------------------------------------------------------------------------------------
# ZIP surgery: a hand-written writer so that every header field can be made to lie


class Entry:
    def __init__(self, name, data, method=8):
        self.name = name if isinstance(name, bytes) else name.encode("utf-8")
        self.data = data
        self.method = method
        self.crc = zlib.crc32(data)
        self.size = len(data)
        self.descriptor = False
        self.extra = b""
        self.comment = b""


def compress(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def write_zip(entries, lie=None, comment=b""):
    """Writes `entries`; `lie(entry, field)` may replace a header value to make it lie."""
    lie = lie or (lambda entry, field, value: value)
    out = io.BytesIO()
    central = []
    for e in entries:
        payload = compress(e.data) if e.method == 8 else e.data
        flags = 0x0800 | (0x0008 if e.descriptor else 0)
        offset = out.tell()
        crc = lie(e, "crc", e.crc)
        csize = lie(e, "csize", len(payload))
        usize = lie(e, "usize", e.size)
        name = lie(e, "name", e.name)
        local_crc, local_c, local_u = (0, 0, 0) if e.descriptor else (crc, lie(e, "local_csize", csize), lie(e, "local_usize", usize))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, e.method, 0, 0x21, local_crc,
                              local_c & 0xFFFFFFFF, local_u & 0xFFFFFFFF, len(name), len(e.extra)))
        out.write(name + e.extra + payload)
        if e.descriptor:
            out.write(struct.pack("<IIII", 0x08074B50, crc, csize & 0xFFFFFFFF, usize & 0xFFFFFFFF))
        central.append((e, name, crc, csize, usize, flags, lie(e, "offset", offset)))
    cd_start = out.tell()
    for e, name, crc, csize, usize, flags, offset in central:
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, e.method, 0, 0x21, crc,
                              csize & 0xFFFFFFFF, usize & 0xFFFFFFFF, len(name), len(e.extra), len(e.comment),
                              0, 0, 0, offset & 0xFFFFFFFF))
        out.write(name + e.extra + e.comment)
    cd_size = out.tell() - cd_start
    count = lie(None, "count", len(central))
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count & 0xFFFF, count & 0xFFFF, cd_size, cd_start, len(comment)))
    out.write(comment)
    return out.getvalue()


def read_entries(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [Entry(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]


def main_part(entries):
    for e in entries:
        if e.name == b"word/document.xml":
            return e
    return entries[0]


def zip_repack_preserving(rng, data):
    """Same parts and text, different packaging: the review must find exactly what it found before."""
    entries = read_entries(data)
    choice = rng.choice(["descriptor", "stored", "reorder", "extra", "comment", "all"])
    for e in entries:
        if choice in ("descriptor", "all"):
            e.descriptor = True
        if choice in ("stored", "all") and rng.random() < 0.5:
            e.method = 0
        if choice in ("extra", "all"):
            e.extra = struct.pack("<HH", 0xCAFE, 4) + b"junk"
        if choice in ("comment", "all"):
            e.comment = b"c" * rng.randint(1, 300)
    if choice in ("reorder", "all"):
        first = entries[:1]
        rest = entries[1:]
        rng.shuffle(rest)
        entries = first + rest
    return write_zip(entries, comment=b"z" * rng.randint(0, 100)), choice


def zip_surgery(rng, data):
    entries = read_entries(data)
    target = main_part(entries) if rng.random() < 0.6 else rng.choice(entries)
    kind = rng.choice(["crc", "csize", "usize", "local", "duplicate", "bomb", "deep", "traversal", "offset",
                       "count", "overlap", "descriptor-lie", "many", "method", "empty-name", "zip64"])
    lie = None
    if kind == "crc":
        lie = lambda e, f, v: (v ^ 0x1234) if e is target and f == "crc" else v
    elif kind == "csize":
        delta = rng.choice([-1, 1, 1000, 1 << 30, -(1 << 20)])
        lie = lambda e, f, v: max(0, v + delta) if e is target and f == "csize" else v
    elif kind == "usize":
        value = rng.choice([0, 1, 0xFFFFFFFF, 0x7FFFFFFF])
        lie = lambda e, f, v: value if e is target and f == "usize" else v
    elif kind == "local":
        lie = lambda e, f, v: (v + 7) if e is target and f == "local_usize" else v
    elif kind == "duplicate":
        twin = Entry(target.name, rng.choice([b"", b"<x/>", target.data[: len(target.data) // 2]]))
        entries.insert(rng.randrange(len(entries) + 1), twin)
    elif kind == "bomb":
        target.data = target.data[:-20] + b" " * rng.choice([50 << 20, 300 << 20]) + target.data[-20:]
        target.crc, target.size = zlib.crc32(target.data), len(target.data)
        if rng.random() < 0.5:
            lie = lambda e, f, v: 1000 if e is target and f == "usize" else v
    elif kind == "deep":
        entries.append(Entry("/".join(["d"] * rng.choice([100, 2000, 20000])) + "/x.xml", b"<x/>"))
    elif kind == "traversal":
        entries.append(Entry(rng.choice(["../../evil.txt", "/abs/evil.xml", "word/../../x", "C:\\x"]), b"x"))
    elif kind == "offset":
        value = rng.choice([0, 1, 0xFFFFFFF0, len(data) * 3])
        lie = lambda e, f, v: value if e is target and f == "offset" else v
    elif kind == "count":
        value = rng.choice([0, 1, 0xFFFF, len(entries) + 5])
        lie = lambda e, f, v: value if f == "count" else v
    elif kind == "overlap":
        lie = lambda e, f, v: 0 if f == "offset" else v
    elif kind == "descriptor-lie":
        target.descriptor = True
        lie = lambda e, f, v: v + 3 if e is target and f == "csize" else v
    elif kind == "many":
        entries += [Entry(f"customXml/item{i}.xml", b"<a/>", 0) for i in range(rng.choice([1000, 70000]))]
    elif kind == "method":
        target.method = 0
        lie = None
        out = write_zip(entries)
        at = out.find(b"PK\x03\x04" + b"\x14\x00")
        return out[:at + 8] + struct.pack("<H", rng.choice([1, 9, 12, 14, 99])) + out[at + 10:], kind
    elif kind == "empty-name":
        target.name = b""
    elif kind == "zip64":
        lie = lambda e, f, v: 0xFFFFFFFF if e is target and f in ("csize", "usize", "offset") else v
    return write_zip(entries, lie=lie), kind


# ---------------------------------------------------------------------------------------------
# XML surgery on the main part of a DOCX (and on HTML, which shares the tricks)


def xml_surgery(rng, xml):
    kind = rng.choice(["deep", "entity", "laughs", "external", "attribute", "badutf8", "unclosed", "nul",
                       "huge-text", "many-paras", "cdata", "pi", "namespace", "bad-char-ref"])
    body = xml.find(b"<w:body>")
    body = body + len(b"<w:body>") if body >= 0 else len(xml) // 2
    if kind == "deep":
        n = rng.choice([1000, 100_000, 1_000_000])
        tag = rng.choice([b"w:r", b"w:p", b"w:tbl", b"x", b"w:sdt"])
        piece = b"<" + tag + b">" * 1
        piece = (b"<" + tag + b">") * n + (b"</" + tag + b">") * n
    elif kind == "entity":
        return xml.replace(b"?>", b"?><!DOCTYPE w [<!ENTITY e \"\xe8\xbf\x94\xe8\xbf\x98\">]>", 1).replace(b"<w:t>", b"<w:t>&e;", 3), kind
    elif kind == "laughs":
        decl = b"<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">" + b"".join(
            b"<!ENTITY %c \"%s\">" % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9)) + b"]>"
        return xml.replace(b"?>", b"?>" + decl, 1).replace(b"<w:t>", b"<w:t>&j;", 1), kind
    elif kind == "external":
        decl = b"<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        return xml.replace(b"?>", b"?>" + decl, 1).replace(b"<w:t>", b"<w:t>&x;", 1), kind
    elif kind == "attribute":
        piece = b"<w:p w:rsidR=\"" + b"A" * rng.choice([1 << 20, 20 << 20]) + b"\"><w:r><w:t>x</w:t></w:r></w:p>"
    elif kind == "badutf8":
        return bad_utf8(rng, xml), kind
    elif kind == "unclosed":
        return xml[: rng.randrange(len(xml))], kind
    elif kind == "nul":
        return nuls(rng, xml), kind
    elif kind == "huge-text":
        piece = b"<w:p><w:r><w:t>" + "甲方承诺返还土地出让金".encode() * rng.choice([100_000, 600_000]) + b"</w:t></w:r></w:p>"
    elif kind == "many-paras":
        piece = b"<w:p><w:r><w:t>\xe7\xac\xac</w:t></w:r></w:p>" * rng.choice([100_000, 500_000])
    elif kind == "cdata":
        piece = b"<w:p><w:r><w:t><![CDATA[" + b"]]" * 1000 + b"</w:t></w:r></w:p>"
    elif kind == "pi":
        piece = b"<?x " + b"?" * 100_000
    elif kind == "namespace":
        return xml.replace(b"xmlns:w=", b"xmlns:w0=", 1), kind
    else:
        piece = rng.choice([b"&#0;", b"&#x110000;", b"&#99999999999999999999;", b"&#xD800;", b"&amp", b"&;", b"&#;"])
        at = xml.find(b"<w:t>")
        if at < 0:
            at = body
        return xml[:at + 5] + piece + xml[at + 5:], kind
    return xml[:body] + piece + xml[body:], kind


CLAUSE = "第九条 甲方承诺返还乙方土地出让金。".encode()
CLAUSE_RULE = "land.fee-rebate"
CLAUSE_RUN = b"<w:r><w:t>" + CLAUSE + b"</w:t></w:r>"
# Places Word shows text in; a clause put in any of them must be found, or the file refused.
WRAPPERS = {
    "plain": b"<w:p>" + CLAUSE_RUN + b"</w:p>",
    "sdt": b"<w:sdt><w:sdtContent><w:p>" + CLAUSE_RUN + b"</w:p></w:sdtContent></w:sdt>",
    "sdt-run": b"<w:p><w:sdt><w:sdtContent>" + CLAUSE_RUN + b"</w:sdtContent></w:sdt></w:p>",
    "ins": b"<w:p><w:ins w:id=\"1\" w:author=\"a\">" + CLAUSE_RUN + b"</w:ins></w:p>",
    "moveTo": b"<w:p><w:moveTo w:id=\"2\" w:author=\"a\">" + CLAUSE_RUN + b"</w:moveTo></w:p>",
    "smartTag": b"<w:p><w:smartTag w:uri=\"u\" w:element=\"e\">" + CLAUSE_RUN + b"</w:smartTag></w:p>",
    "customXml": b"<w:p><w:customXml w:element=\"e\">" + CLAUSE_RUN + b"</w:customXml></w:p>",
    "hyperlink": b"<w:p><w:hyperlink w:anchor=\"x\">" + CLAUSE_RUN + b"</w:hyperlink></w:p>",
    "field": b"<w:p><w:fldSimple w:instr=\"PAGE\">" + CLAUSE_RUN + b"</w:fldSimple></w:p>",
    "textbox": b"<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p>"
               + CLAUSE_RUN + b"</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
    "table": b"<w:tbl><w:tr><w:tc><w:p>" + CLAUSE_RUN + b"</w:p></w:tc></w:tr></w:tbl>",
    "bidi": b"<w:p><w:dir w:val=\"rtl\"><w:bdo w:val=\"ltr\">" + CLAUSE_RUN + b"</w:bdo></w:dir></w:p>",
    "alternate": b"<w:p><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                 b"<mc:Choice Requires=\"w14\">" + CLAUSE_RUN + b"</mc:Choice><mc:Fallback>" + CLAUSE_RUN + b"</mc:Fallback></mc:AlternateContent></w:p>",
    "altChunk": b"<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rIdQfz\"/>",
}


def docx_wrap_clause(rng, data):
    """The seed with a rebate clause in one of the places Word shows text."""
    entries = read_entries(data)
    how = rng.choice(sorted(WRAPPERS))
    for e in entries:
        if e.name == b"word/document.xml":
            at = e.data.find(b"<w:body>") + len(b"<w:body>")
            e.data = e.data[:at] + WRAPPERS[how] + e.data[at:]
        if how == "altChunk" and e.name == b"word/_rels/document.xml.rels":
            e.data = e.data.replace(b"</Relationships>", b"<Relationship Id=\"rIdQfz\" Type=\"http://schemas.openxmlformats.org/"
                                    b"officeDocument/2006/relationships/aFChunk\" Target=\"chunk.html\"/></Relationships>")
        e.crc, e.size = zlib.crc32(e.data), len(e.data)
    if how == "altChunk":
        entries.append(Entry("word/chunk.html", b"<html><body><p>" + CLAUSE + b"</p></body></html>"))
    return write_zip(entries), how


def docx_mutate(rng, data):
    r = rng.random()
    if r < 0.15:
        out, how = zip_repack_preserving(rng, data)
        return out, "repack-" + how, True
    if r < 0.5:
        out, how = zip_surgery(rng, data)
        return out, "zip-" + how, False
    if r < 0.8:
        entries = read_entries(data)
        target = main_part(entries) if rng.random() < 0.75 else rng.choice([e for e in entries if e.name.endswith(b".xml") or e.name.endswith(b".rels")] or entries)
        target.data, how = xml_surgery(rng, target.data)
        target.crc, target.size = zlib.crc32(target.data), len(target.data)
        return write_zip(entries), "xml-" + how + "-" + target.name.decode("utf-8", "replace"), False
    m = rng.choice(BYTE_MUTATORS)
    return m(rng, data), "bytes-" + m.__name__, False


# ---------------------------------------------------------------------------------------------
# Text formats


def html_mutate(rng, data):
    kind = rng.choice(["deep", "unclosed", "entities", "charset", "attribute", "script", "comment", "bytes"])
    at = data.find(b"<body")
    at = data.find(b">", at) + 1 if at >= 0 else len(data) // 2
    if kind == "deep":
        n = rng.choice([10_000, 200_000, 1_000_000])
        tag = rng.choice([b"div", b"ol", b"table", b"b", b"p"])
        piece = (b"<" + tag + b">") * n + "返还土地出让金".encode() + (b"</" + tag + b">") * (n if rng.random() < 0.5 else 0)
    elif kind == "unclosed":
        piece = rng.choice([b"<", b"<div", b"<!--", b"<![CDATA[", b"<script>", b"<a href=\"", b"&#"])
    elif kind == "entities":
        piece = b"".join(rng.choice([b"&#0;", b"&#x110000;", b"&#99999999999999;", b"&#xD800;", b"&nbsp", b"&amp;amp;", b"&unknown;"]) for _ in range(20))
    elif kind == "charset":
        return data.replace(b"<head>", b"<head><meta charset=\"" + rng.choice([b"gb18030", b"utf-16", b"x-nonsense", b"ebcdic", b""]) + b"\">", 1), kind
    elif kind == "attribute":
        piece = b"<p title=\"" + b"a" * (20 << 20) + b"\">x</p>"
    elif kind == "script":
        piece = b"<script>" + b"x" * 100000
    elif kind == "comment":
        piece = b"<!--" * 100000
    else:
        m = rng.choice(BYTE_MUTATORS)
        return m(rng, data), "bytes-" + m.__name__
    return data[:at] + piece + data[at:], kind


def rtf_mutate(rng, data):
    kind = rng.choice(["groups", "unicode", "bin", "hex", "param", "dest", "unclosed", "font", "bytes"])
    at = rng.randrange(len(data))
    if kind == "groups":
        n = rng.choice([1000, 100_000, 1_000_000])
        piece = b"{" * n + (b"}" * n if rng.random() < 0.5 else b"")
    elif kind == "unicode":
        piece = rng.choice([b"\\u-99999999 ", b"\\u99999999999 ", b"\\uc999999 \\u36820?", b"\\u55296?\\u55296?", b"\\uc0\\u0 "])
    elif kind == "bin":
        piece = rng.choice([b"\\bin999999999 ", b"\\bin-5 ", b"\\bin4 ab"])
    elif kind == "hex":
        piece = rng.choice([b"\\'", b"\\'z", b"\\'f", b"\\'ff\\'ff\\'ff"])
    elif kind == "param":
        piece = b"\\fs" + b"9" * rng.choice([20, 5000]) + b" "
    elif kind == "dest":
        piece = b"{\\*\\fldinst " * 10000
    elif kind == "unclosed":
        return data[:at], kind
    elif kind == "font":
        piece = b"{\\fonttbl{\\f0\\fcharset134 a;}{\\f99999999999\\fcharset999 b;}}\\f99999999999 \\'b7\\'b5"
    else:
        m = rng.choice(BYTE_MUTATORS)
        return m(rng, data), "bytes-" + m.__name__
    return data[:at] + piece + data[at:], kind


def cfb_mutate(rng, data):
    """Compound File surgery: header fields, FAT chains that loop, directory entries that lie."""
    data = bytearray(data)
    kind = rng.choice(["header", "fat-loop", "dir", "difat", "sector-shift", "bytes", "truncate"])
    shift = struct.unpack_from("<H", data, 30)[0] if len(data) > 32 else 9
    sector = 1 << shift if 7 <= shift <= 16 else 512
    if kind == "header":
        offset = rng.choice([44, 48, 56, 60, 64, 68, 72, 76])
        struct.pack_into("<I", data, offset, rng.choice([0, 1, 0xFFFFFFFE, 0xFFFFFFFF, 0x7FFFFFFF, len(data) // sector + 3]))
    elif kind == "sector-shift":
        struct.pack_into("<H", data, 30, rng.choice([0, 1, 20, 31, 0xFFFF, 12]))
    elif kind == "fat-loop":
        first_fat = struct.unpack_from("<I", data, 76)[0]
        base = (first_fat + 1) * sector
        for _ in range(rng.randint(1, 6)):
            if base + 4 <= len(data):
                index = rng.randrange(min(128, (len(data) - base) // 4))
                struct.pack_into("<I", data, base + index * 4, rng.choice([index, 0, 0xFFFFFFFD, 0x7FFFFFFF, index + 1]))
    elif kind == "dir":
        first_dir = struct.unpack_from("<I", data, 48)[0]
        base = (first_dir + 1) * sector
        entry = base + 128 * rng.randrange(4)
        if entry + 128 <= len(data):
            field = rng.choice([68, 72, 76, 116, 120, 64])
            struct.pack_into("<I", data, entry + field, rng.choice([0, 1, 2, 0xFFFFFFFF, 0x7FFFFFFF, 0xFFFFFFF0]))
    elif kind == "difat":
        for i in range(109):
            if rng.random() < 0.2:
                struct.pack_into("<I", data, 76 + 4 * i, rng.choice([0, 1, 0xFFFFFFFF, 0x7FFFFFFF]))
    elif kind == "truncate":
        return bytes(data[: rng.randrange(len(data))]), kind
    else:
        m = rng.choice(BYTE_MUTATORS)
        return m(rng, bytes(data)), "bytes-" + m.__name__
    return bytes(data), kind


def markdown_mutate(rng, data):
    kind = rng.choice(["quotes", "lists", "emphasis", "links", "comment", "disable", "table", "fence", "html", "bytes", "heading"])
    n = rng.choice([1000, 50_000, 500_000])
    if kind == "quotes":
        piece = b">" * n + " 甲方承诺返还土地出让金。\n".encode()
    elif kind == "lists":
        piece = b"".join(b"  " * i + b"- x\n" for i in range(min(n, 2000)))
    elif kind == "emphasis":
        piece = b"*" * n + b"x" + b"_" * n + b"\n"
    elif kind == "links":
        piece = b"[" * n + b"x" + b"](" * n + b"\n"
    elif kind == "comment":
        piece = rng.choice([b"<!--", b"<!-- qiyue-disable", b"<!-- qiyue-disable land.rebate: " + b"x" * n]) + b"\n"
    elif kind == "disable":
        piece = b"<!-- qiyue-disable " + rng.choice([b"", b":", b"*", b"land", b"x" * 1000]) + b" -->\n" * rng.choice([1, 10000])
    elif kind == "table":
        piece = b"|" + b"a|" * 60 + b"\n|" + b"-|" * 60 + b"\n" + (b"|" + b"b|" * 60 + b"\n") * min(n, 4000)
    elif kind == "fence":
        piece = b"```" * 3 + b"\n" + b"~" * n + b"\n"
    elif kind == "html":
        piece = b"<div>" * n + b"\n"
    elif kind == "heading":
        piece = (b"#" * rng.choice([1, 6, 7, 1000]) + " 第一条\n".encode()) * min(n, 10000)
    else:
        m = rng.choice(BYTE_MUTATORS)
        return m(rng, data), "bytes-" + m.__name__
    return insert(rng, data, b"\n" + piece), kind


def text_mutate(rng, data):
    kind = rng.choice(["bom", "odd", "surrogate", "gb-bad", "nul", "bytes", "line"])
    if kind == "bom":
        return rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff"]) + data[2:], kind
    if kind == "odd":
        return data + b"\x00", kind
    if kind == "surrogate":
        return insert(rng, data, rng.choice([b"\x00\xd8", b"\x00\xdc\x00\xd8", b"\xd8\x00"])), kind
    if kind == "gb-bad":
        return insert(rng, data, rng.choice([b"\x81", b"\x81\x30", b"\x81\x30\x81", b"\xfe\xff\xff"])), kind
    if kind == "nul":
        return nuls(rng, data), kind
    if kind == "line":
        return huge_line(rng, data), kind
    m = rng.choice(BYTE_MUTATORS)
    return m(rng, data), "bytes-" + m.__name__


# ---------------------------------------------------------------------------------------------
# JSON: projects, rule packs, register lines


def json_tree_mutate(rng, value, depth=0):
    """Replaces one random node of a parsed JSON value with something hostile."""
    hostile = [None, True, 0, -1, 1e308, -1e308, 2 ** 64, "", "x" * 100000, [], {}, [[[[[]]]]],
               "../../../../etc/passwd", "/dev/zero", "{{ 7*7 }}", "{% include 'x' %}", "\u0000", "返还土地出让金",
               "9" * 400, "2025-02-30", "NaN"]
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(list(value))
        value[key] = json_tree_mutate(rng, value[key], depth + 1)
        return value
    if isinstance(value, list) and value and rng.random() < 0.8:
        i = rng.randrange(len(value))
        value[i] = json_tree_mutate(rng, value[i], depth + 1)
        if rng.random() < 0.1 and len(json.dumps(value[i])) < 1000:
            value.extend([value[i]] * 10000)
        return value
    return rng.choice(hostile)


def json_mutate(rng, data):
    kind = rng.choice(["tree", "tree", "tree", "deep", "dupkeys", "number", "escape", "bytes"])
    if kind == "tree":
        try:
            value = json.loads(data)
        except ValueError:
            return flip(rng, data), "flip"
        for _ in range(rng.randint(1, 3)):
            value = json_tree_mutate(rng, value)
        return json.dumps(value, ensure_ascii=rng.random() < 0.2).encode(), kind
    if kind == "deep":
        n = rng.choice([1000, 100_000, 1_000_000])
        piece = rng.choice([b"[" * n + b"]" * n, b"{\"a\":" * n + b"1" + b"}" * n, b"[" * n])
        at = data.find(b":") + 1
        return data[:at] + piece + (b"," if rng.random() < 0.5 else b"") + data[at:], kind
    if kind == "dupkeys":
        at = data.find(b"{") + 1
        return data[:at] + b"\"name\": 1, " * rng.choice([2, 100000]) + data[at:], kind
    if kind == "number":
        at = data.find(b":") + 1
        return data[:at] + rng.choice([b"1e999999,", b"-0,", b"1" * 100000 + b",", b"0x10,", b"01,", b".5,", b"1e-99999,"]) + data[at:], kind
    if kind == "escape":
        at = data.find(b"\"") + 1
        return data[:at] + rng.choice([b"\\ud800", b"\\udc00\\ud800", b"\\u00", b"\\x41", b"\\", b"\\u0000"]) + data[at:], kind
    m = rng.choice(BYTE_MUTATORS)
    return m(rng, data), "bytes-" + m.__name__


def template_mutate(rng, data):
    kind = rng.choice(["recursion", "self-include", "self-extends", "deep-if", "deep-parens", "range", "repeat",
                       "unclosed", "bytes", "filters", "loop-recursive", "cycle-include"])
    n = rng.choice([1000, 100_000])
    pieces = {
        "recursion": b"{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
        "self-include": b"{% include 'self.md' %}",
        "self-extends": b"{% extends 'self.md' %}",
        "deep-if": b"{% if true %}" * n + b"x" + b"{% endif %}" * n,
        "deep-parens": b"{{ " + b"(" * n + b"1" + b")" * n + b" }}",
        "range": rng.choice([b"{% for i in range(10**12) %}x{% endfor %}", b"{% for i in range(999999999) %}{% endfor %}",
                             b"{{ range(10**9)|list|length }}", b"{{ 'x' * 10**12 }}", b"{{ [1] * 10**10 }}"]),
        "repeat": b"{{ 'ab' * 900000000 }}",
        "unclosed": rng.choice([b"{%", b"{{", b"{#", b"{% for x in y %}", b"{% raw %}", b"{{ 'unterminated }}"]),
        "filters": rng.choice([b"{{ x|wordwrap(0) }}", b"{{ 'a'|center(10**10) }}", b"{{ 'x'|indent(10**10) }}",
                               b"{{ 10**10**10 }}", b"{{ 1/0 }}", b"{{ 'a'|replace('', 'bb') }}", b"{{ [1,2]|batch(0) }}",
                               b"{{ 'a'|truncate(-1) }}", b"{{ 99999999999999999999|round }}", b"{{ '%s'|format }}"]),
        "loop-recursive": b"{% set d = {'c': []} %}{% for x in [d] recursive %}{{ loop(x.c + [x]) }}{% endfor %}",
        "cycle-include": b"{% include 'other.md' %}",
    }
    if kind == "bytes":
        m = rng.choice(BYTE_MUTATORS)
        return m(rng, data), "bytes-" + m.__name__
    return insert(rng, data, pieces[kind]), kind


def pack_mutate(rng, data):
    """Rule packs: empty terms and pathological term sets as well as the generic JSON tricks."""
    try:
        pack = json.loads(data)
    except ValueError:
        return json_mutate(rng, data)
    kind = rng.choice(["json", "json", "empty-terms", "huge-terms", "dup-rules"])
    if kind == "json":
        return json_mutate(rng, data)
    text = json.dumps(pack, ensure_ascii=False)
    if kind == "empty-terms":
        text = text.replace('"返还', '"', 3)
        text = text.replace('["', '["", "', 3)
    elif kind == "huge-terms":
        text = text.replace('["', '["' + "地" * 200000 + '", "', 1)
    else:
        rules = pack.get("rules") or []
        if rules:
            pack["rules"] = rules + rules[:5]
        text = json.dumps(pack, ensure_ascii=False)
    return text.encode(), kind


def register_mutate(rng, data):
    lines = data.split(b"\n")
    kind = rng.choice(["line-json", "drop", "dup", "swap", "huge", "bytes", "deep"])
    i = rng.randrange(max(1, len(lines) - 1))
    if kind == "line-json":
        lines[i], _ = json_mutate(rng, lines[i])
        lines[i] = lines[i].replace(b"\n", b" ")
    elif kind == "drop":
        del lines[i]
    elif kind == "dup":
        lines.insert(i, lines[i])
    elif kind == "swap" and len(lines) > 2:
        lines[0], lines[1] = lines[1], lines[0]
    elif kind == "huge":
        lines.insert(i, b"{\"seq\": 9, \"x\": \"" + b"y" * (20 << 20) + b"\"}")
    elif kind == "deep":
        lines.insert(i, b"[" * 200000)
    else:
        m = rng.choice(BYTE_MUTATORS)
        return m(rng, data), "bytes-" + m.__name__
    return b"\n".join(lines), kind


# ---------------------------------------------------------------------------------------------
# Running qiyue


class Runner:
    def __init__(self, qiyue, out, slow, max_rss):
        self.qiyue, self.out, self.slow, self.max_rss = qiyue, out, slow, max_rss
        self.runs = 0
        self.failures = []
        self.baseline = {}

    @staticmethod
    def snapshot(directory):
        state = {}
        for base, _, files in os.walk(directory):
            for name in files:
                path = os.path.join(base, name)
                if os.path.islink(path):
                    continue
                with open(path, "rb") as f:
                    state[os.path.relpath(path, directory)] = hashlib.sha256(f.read()).hexdigest()
        return state

    def run(self, files, args, label, expect_findings=None, expect_rule=None, outputs=()):
        """Runs `qiyue --lang en ARGS` in a fresh directory holding `files` (name -> bytes)."""
        self.runs += 1
        work = tempfile.mkdtemp(prefix="qfz-")
        try:
            for name, data in files.items():
                path = os.path.join(work, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
            before = self.snapshot(work)
            size = sum(len(d) for d in files.values())
            limit = self.slow * 3
            start = time.monotonic()

            def limits():
                os.nice(10)
                resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

            side = tempfile.mkdtemp(prefix="qfz-io-")
            with open(os.path.join(side, "out"), "wb") as out_f, open(os.path.join(side, "err"), "wb") as err_f:
                proc = subprocess.Popen([self.qiyue, "--lang", "en"] + args, cwd=work, stdin=subprocess.DEVNULL,
                                        stdout=out_f, stderr=err_f, preexec_fn=limits)
                timer = threading.Timer(limit, proc.kill)
                timer.start()
                _, wait_status, usage = os.wait4(proc.pid, 0)
                timer.cancel()
            proc.returncode = status = os.waitstatus_to_exitcode(wait_status)
            elapsed = time.monotonic() - start
            timed_out = elapsed >= limit
            rss_mib = usage.ru_maxrss // 1024
            with open(os.path.join(side, "out"), "rb") as f:
                stdout = f.read()
            with open(os.path.join(side, "err"), "rb") as f:
                stderr = f.read()
            shutil.rmtree(side, ignore_errors=True)
            problems = []
            if timed_out:
                problems.append(f"killed after {limit} s")
            elif status < 0 and not timed_out:
                problems.append(f"signal {-status} ({signal.Signals(-status).name})")
            elif status not in (0, 1, 2):
                problems.append(f"exit {status}")
            if not timed_out and elapsed > self.slow and size < 10 << 20:
                problems.append(f"slow: {elapsed:.1f} s")
            if rss_mib > self.max_rss:
                problems.append(f"peak RSS {rss_mib} MiB")
            err = stderr.decode("utf-8", "replace")
            if status == 2 and "error:" not in err:
                problems.append("exit 2 without 'error:'")
            after = self.snapshot(work)
            for name in before:
                if after.get(name) != before[name]:
                    problems.append(f"input changed: {name}")
            new = sorted(set(after) - set(before))
            # A review report (`-o`) is written for a run with an unreadable file: it says
            # which file was not reviewed, and that is the report. Anything else is not.
            report = args[args.index("-o") + 1] if args[:1] == ["review"] and "-o" in args else None
            if status == 2 and [n for n in new if n != report]:
                problems.append(f"wrote on error: {new}")
            temps = [n for n in new if os.path.basename(n).startswith(".") or "tmp" in n.lower()]
            if temps:
                problems.append(f"temporary files left: {temps}")
            if status in (0, 1) and args and args[0] == "review" and "json" in args:
                problems += self.check_review_json(stdout, expect_findings, expect_rule)
            for name in outputs:
                if status in (0, 1) and name not in after and "-o" in args:
                    problems.append(f"exit {status} but {name} not written")
            if problems:
                self.keep(files, args, label, status, elapsed, rss_mib, err, problems)
            return status, stdout, err
        finally:
            shutil.rmtree(work, ignore_errors=True)

    @staticmethod
    def findings_of(stdout):
        try:
            report = json.loads(stdout)
        except ValueError:
            return None
        return report

    def check_review_json(self, stdout, expect_findings, expect_rule=None):
        report = self.findings_of(stdout)
        if report is None:
            return ["review --format json printed no JSON"]
        problems = []
        for f in report.get("files", []):
            if f.get("error") or f.get("reviewed") is False:
                problems.append("exit 0/1 although a file was not reviewed: " + json.dumps(f, ensure_ascii=False)[:200])
        if expect_rule and expect_rule not in {key[0] for key in finding_keys(report)}:
            problems.append(f"a {expect_rule} clause Word shows was not found (false clean)")
        if expect_findings is not None:
            got = finding_keys(report)
            missing = expect_findings - got
            if missing:
                problems.append(f"text-preserving mutation lost findings: {sorted(missing)[:5]}")
        return problems

    def keep(self, files, args, label, status, elapsed, rss, err, problems):
        index = len(self.failures)
        folder = os.path.join(self.out, f"{index:04d}")
        os.makedirs(folder, exist_ok=True)
        for name, data in files.items():
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        case = {"label": label, "args": args, "status": status, "seconds": round(elapsed, 2), "rss_mib": rss,
                "problems": problems, "stderr": err[:2000]}
        with open(os.path.join(folder, "case.json"), "w") as f:
            json.dump(case, f, ensure_ascii=False, indent=1)
        self.failures.append(case)
        print(f"FAIL {index:04d} {label} {' '.join(args)[:100]}: {'; '.join(problems)} | {err[:160].strip()}", flush=True)


def finding_keys(report):
    keys = set()
    for f in report.get("files", []):
        for d in f.get("findings", []) or f.get("diagnostics", []):
            keys.add((d.get("rule") or d.get("ruleId") or d.get("id"), d.get("line"), d.get("column")))
    return keys


DOCUMENT_KINDS = ("docx", "html", "rtf", "doc", "md", "txt")


def document_commands(name):
    stem = name.rsplit(".", 1)[0]
    return [
        (["review", "--format", "json", name], ()),
        (["review", "--redline", "--annotate", stem + "-annotated.docx", name], ()),
        (["review", "--format", "html", "-o", stem + "-opinion.html", name], ()),
        (["review", "--format", "docx", "-o", stem + "-opinion.docx", name], ()),
        (["convert", name, stem + "-out.docx"], ()),
        (["convert", name, stem + "-out.md"], ()),
        (["convert", name, stem + "-out.html"], ()),
    ]


def campaign(args):
    rng = random.Random(args.seed)
    seeds = load_seeds()
    runner = Runner(args.qiyue, args.out, args.slow, args.max_rss)
    only = set(args.only.split(",")) if args.only else None
    kinds = [k for k in seeds if seeds[k] and (not only or k in only)]
    deadline = time.monotonic() + args.budget
    draft = read("Examples/drafts/honghe-cold-chain-land-draft.md")
    tally = {}
    while time.monotonic() < deadline:
        kind = rng.choice(kinds)
        seed = rng.choice(seeds[kind])
        name, data = seed[0], seed[1]
        preserving = False
        if kind == "docx":
            mutated, how, preserving = docx_mutate(rng, data)
        elif kind == "html":
            mutated, how = html_mutate(rng, data)
        elif kind == "rtf":
            mutated, how = rtf_mutate(rng, data)
        elif kind == "doc":
            mutated, how = cfb_mutate(rng, data)
        elif kind == "md":
            mutated, how = markdown_mutate(rng, data)
        elif kind == "txt":
            mutated, how = text_mutate(rng, data)
        elif kind == "project":
            mutated, how = json_mutate(rng, data)
        elif kind == "template":
            mutated, how = template_mutate(rng, data)
        elif kind == "wordtemplate":
            mutated, how, _ = docx_mutate(rng, data)
        elif kind == "pack":
            mutated, how = pack_mutate(rng, data)
        else:
            mutated, how = register_mutate(rng, data)
        label = f"{kind}:{name}:{how}"
        tally[kind] = tally.get(kind, 0) + 1
        if kind == "docx" and rng.random() < 0.1:
            wrapped, how = docx_wrap_clause(rng, data)
            runner.run({name: wrapped}, ["review", "--format", "json", name], f"docx:{name}:clause-{how}", expect_rule=CLAUSE_RULE)
            continue
        if kind in DOCUMENT_KINDS:
            commands = document_commands(name)
            expect = None
            if preserving:
                key = ("baseline", name)
                if key not in runner.baseline:
                    _, out, _ = runner.run({name: data}, ["review", "--format", "json", name], "baseline:" + name)
                    report = runner.findings_of(out)
                    runner.baseline[key] = finding_keys(report) if report else set()
                expect = runner.baseline[key]
                runner.run({name: mutated}, ["review", "--format", "json", name], label, expect_findings=expect)
                continue
            chosen = [commands[0]] + rng.sample(commands[1:], 2)
            for command, outputs in chosen:
                runner.run({name: mutated}, command, label)
        elif kind == "project":
            commands = [["check", name], ["agreement", name, "-o", "a.docx"], ["agreement", name, "-o", "a.md"],
                        ["dossier", name, "-o", "d.docx"], ["dossier", name, "--edition", "zh-en", "-o", "b.html"],
                        ["portfolio", "."]]
            for command in [commands[0]] + rng.sample(commands[1:], 2):
                runner.run({name: mutated}, command, label)
        elif kind == "template":
            project = read("Examples/projects/puer-coffee.json").decode()
            data_file = ("{\"project\": " + project + "}").encode()
            files = {"self.md": mutated, "other.md": b"{% include 'self.md' %}", "d.json": data_file}
            runner.run(files, ["render", "self.md", "--data", "d.json", "-o", "out.md"], label)
        elif kind == "wordtemplate":
            files = {name: mutated, "d.json": seed[2]}
            runner.run(files, ["render", name, "--data", "d.json", "-o", "out.docx"], label)
        elif kind == "pack":
            files = {name: mutated, "draft.md": draft}
            runner.run(files, ["rules", "test", "--rules", name], label)
            runner.run(files, ["review", "--format", "json", "--rules", name, "draft.md"], label)
        else:
            files = {"reg/" + name: mutated}
            for command in (["register", "verify", "--register", "reg/" + name],
                            ["register", "list", "--register", "reg/" + name],
                            ["register", "export", "--register", "reg/" + name, "-o", "reg/out.csv"]):
                runner.run(files, command, label)
    print(f"fuzz-campaign: seed {args.seed}, {runner.runs} runs ({', '.join(f'{k} {v}' for k, v in sorted(tally.items()))}), "
          f"{len(runner.failures)} flagged, kept in {args.out}")
    return 1 if runner.failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qiyue", default=os.path.join(ROOT, ".build/release/qiyue"))
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--budget", type=float, default=600, help="seconds to keep generating inputs")
    parser.add_argument("--out", default=os.path.join(ROOT, "fuzz-failures"))
    parser.add_argument("--only", help="comma-separated kinds: " + ", ".join(
        ("docx", "html", "rtf", "doc", "md", "txt", "project", "template", "wordtemplate", "pack", "register")))
    parser.add_argument("--slow", type=float, default=10)
    parser.add_argument("--max-rss", type=int, default=1024, help="MiB")
    args = parser.parse_args()
    args.qiyue = os.path.abspath(args.qiyue)
    if not os.access(args.qiyue, os.X_OK):
        sys.exit(f"fuzz-campaign: no executable {args.qiyue}; build with swift build -c release")
    os.makedirs(args.out, exist_ok=True)
    # A private copy, so that rebuilding qiyue during a campaign neither stops it nor mixes binaries.
    private = tempfile.mkdtemp(prefix="qfz-bin-")
    shutil.copy2(args.qiyue, os.path.join(private, "qiyue"))
    args.qiyue = os.path.join(private, "qiyue")
    try:
        status = campaign(args)
    finally:
        shutil.rmtree(private, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
