#!/usr/bin/env python3
"""Writes a DOCX of about the requested size the way agreements usually reach that size:
about a hundred pages of text plus pictures (site photos, scanned seals and licences).

The text comes from the same generator as make-large-docx.py (about 100 pages: 320 articles
of one to three sentences in 8 chapters, with a table per chapter); pictures are PNGs of
smooth gradients with noise, which compress about as badly as photographs, inserted every
few articles until the package reaches the target. PNGs are written with zlib here, so no
imaging library is needed; python-docx is.
Usage: python3 Benchmarks/make-illustrated-docx.py OUT.docx [megabytes]
"""
import importlib.util
import os
import random
import struct
import sys
import tempfile
import zlib

from docx import Document
from docx.shared import Cm

spec = importlib.util.spec_from_file_location("large", os.path.join(os.path.dirname(__file__), "make-large-docx.py"))
large = importlib.util.module_from_spec(spec)
spec.loader.exec_module(large)


def png(width, height, rng):
    """An RGB PNG of a gradient with noise: close to a photograph in how it compresses."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(((x * 255 // width + rng.randint(0, 60)) & 255, (y * 255 // height + rng.randint(0, 60)) & 255, rng.randint(0, 255)))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 6)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def main():
    out = sys.argv[1]
    target = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    rng = random.Random(2026)
    pictures = [png(480, 360, rng) for _ in range(4)]
    picture_bytes = sum(len(p) for p in pictures) / len(pictures)
    count = max(1, -(-(target * 1_000_000 - 250_000) // picture_bytes))
    count = int(count)
    document = Document()
    document.add_heading("招商引资合作协议（含现场照片和证照扫描件）", level=1)
    placed = 0

    def add_picture_after(article):
        nonlocal placed
        if placed < count and article % max(1, 320 // count) == 0:
            # A fixed name in a fresh directory, so the file does not depend on where it is written.
            with tempfile.TemporaryDirectory() as directory:
                path = os.path.join(directory, f"photo{placed + 1}.png")
                with open(path, "wb") as file:
                    file.write(pictures[placed % len(pictures)] + b"\0" * placed)  # each picture a distinct part
                document.add_picture(path, width=Cm(12))
            document.add_paragraph(f"图{placed + 1} 项目现场照片")
            placed += 1

    large.add_chapters(document, rng, chapters=8, articles_per_chapter=40, after_article=add_picture_after)
    document.save(out)


if __name__ == "__main__":
    main()
