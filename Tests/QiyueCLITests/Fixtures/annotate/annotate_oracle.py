#!/usr/bin/env python3
"""Reads an annotated DOCX next to its original and reports, as JSON, what a test checks.

  comments       every comment python-docx reads (id, author, initials, text) with the
                 text its range spans in document.xml
  spans          for each `line:column:endColumn` argument, that span of the original's
                 body paragraph (every w:p in order; deleted text left out, as the review reads it)
  title          the text of the original's first paragraph with text
  formatting     whether every body character keeps its run properties and order
  identical      entries whose stored (compressed) bytes are the same in both packages
  changed        entries that differ or are new
  markersOnly    whether document.xml, with the new comments' marks taken out and run and
                 w:t boundaries and xml:space attributes ignored in both, equals the original's
  annotations    every annotation of the annotated package as [part, element, id]: comments,
                 bookmarks, tracked changes and move ranges in the body, comments, headers,
                 footers and notes (a range's end and a comment's marks repeat its start's id
                 and are not listed)
  inputAnnotations  the same for the original
  highestInputId the highest w:id anywhere in those parts of the original, or -1

Usage: annotate_oracle.py ORIGINAL.docx ANNOTATED.docx [LINE:COLUMN:ENDCOLUMN ...]
"""
import json
import re
import struct
import sys
import zipfile

try:
    import docx
    from lxml import etree
except ImportError:
    sys.exit(3)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(name):
    return "{%s}%s" % (W, name)


def deleted(element):
    return any(ancestor.tag in (q("del"), q("moveFrom")) for ancestor in element.iterancestors())


def body(path):
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml")).find(q("body"))


def paragraph_characters(paragraph):
    """(character, run properties) for each visible character, in order."""
    result = []
    for run in paragraph.iter(q("r")):
        if deleted(run):
            continue
        properties = run.find(q("rPr"))
        key = etree.tostring(properties, method="c14n").decode() if properties is not None else ""
        for child in run:
            if child.tag == q("t"):
                result.extend((character, key) for character in (child.text or ""))
            elif child.tag == q("tab"):
                result.append(("\t", key))
    return result


def paragraphs(path):
    return [paragraph_characters(p) for p in body(path).iter(q("p"))]


def anchors(path):
    """Comment id → text between its commentRangeStart and commentRangeEnd, in document order."""
    open_ranges, texts = set(), {}
    for element in body(path).iter():
        if element.tag == q("commentRangeStart"):
            open_ranges.add(element.get(q("id")))
            texts.setdefault(element.get(q("id")), "")
        elif element.tag == q("commentRangeEnd"):
            open_ranges.discard(element.get(q("id")))
        elif element.tag == q("t") and not deleted(element):
            for identifier in open_ranges:
                texts[identifier] += element.text or ""
    return texts


def stored(path):
    """Entry name → its stored bytes (local header data, still compressed)."""
    result = {}
    with open(path, "rb") as handle:
        data = handle.read()
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            offset = info.header_offset
            name_length, extra_length = struct.unpack("<HH", data[offset + 26: offset + 30])
            start = offset + 30 + name_length + extra_length
            result[info.filename] = (info.CRC, data[start: start + info.compress_size])
    return result


def normalized(xml):
    """document.xml with run and w:t boundaries and xml:space attributes erased."""
    xml = xml.replace(' xml:space="preserve"', "")
    xml = re.sub(r"</w:r><w:r>(?:<w:rPr/>|<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?", "", xml, flags=re.S)
    return xml.replace("</w:t><w:t>", "")


def markers_only(original, annotated, new_ids):
    with zipfile.ZipFile(original) as archive:
        before = archive.read("word/document.xml").decode("utf-8")
    with zipfile.ZipFile(annotated) as archive:
        after = archive.read("word/document.xml").decode("utf-8")
    for identifier in new_ids:
        after = after.replace(f'<w:commentRangeStart w:id="{identifier}"/>', "")
        after = after.replace(f'<w:commentRangeEnd w:id="{identifier}"/><w:r><w:commentReference w:id="{identifier}"/></w:r>', "")
    return normalized(before) == normalized(after)


ANNOTATION_ELEMENTS = {
    "comment", "bookmarkStart", "ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart",
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange",
    "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "customXmlInsRangeStart", "customXmlDelRangeStart", "customXmlMoveFromRangeStart", "customXmlMoveToRangeStart",
}


def annotation_parts(archive):
    """The parts annotations live in: the body, the comments, headers, footers and notes."""
    pattern = re.compile(r"word/(document|comments|header\d*|footer\d*|footnotes|endnotes)\.xml$")
    return [name for name in archive.namelist() if pattern.match(name)]


def annotations(path):
    result, highest = [], -1
    with zipfile.ZipFile(path) as archive:
        for name in annotation_parts(archive):
            root = etree.fromstring(archive.read(name))
            for element in root.iter():
                identifier = element.get(q("id"))
                if identifier is None or not identifier.lstrip("-").isdigit():
                    continue
                highest = max(highest, int(identifier))
                local = etree.QName(element).localname
                if etree.QName(element).namespace == W and local in ANNOTATION_ELEMENTS:
                    result.append([name, local, int(identifier)])
    return result, highest


def main():
    original, annotated = sys.argv[1], sys.argv[2]
    spans = []
    original_paragraphs = paragraphs(original)
    for argument in sys.argv[3:]:
        line, column, end = (int(part) for part in argument.split(":"))
        text = "".join(character for character, _ in original_paragraphs[line - 1])
        spans.append(text[column - 1: end - 1])
    title = next("".join(c for c, _ in p) for p in original_paragraphs if p)
    texts = anchors(annotated)
    comments = [
        {"id": str(c.comment_id), "author": c.author, "initials": c.initials, "text": c.text, "anchor": texts.get(str(c.comment_id))}
        for c in docx.Document(annotated).comments
    ]
    before, after = stored(original), stored(annotated)
    with zipfile.ZipFile(original) as archive:
        had_comments = "word/comments.xml" in archive.namelist()
    old_ids = {str(c.comment_id) for c in docx.Document(original).comments} if had_comments else set()
    new_ids = [c["id"] for c in comments if c["id"] not in old_ids]
    print(json.dumps({
        "comments": comments,
        "spans": spans,
        "title": title,
        "formatting": original_paragraphs == paragraphs(annotated),
        "markersOnly": markers_only(original, annotated, new_ids),
        "identical": sorted(name for name in before if after.get(name) == before[name]),
        "changed": sorted(name for name in after if before.get(name) != after[name]),
        "annotations": annotations(annotated)[0],
        "inputAnnotations": annotations(original)[0],
        "highestInputId": annotations(original)[1],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
