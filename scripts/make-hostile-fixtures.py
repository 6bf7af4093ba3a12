#!/usr/bin/env python3
"""Makes the small hostile archives the ZIP and DOCX reader tests must refuse.

Each file is built with Python's zipfile (or by patching its bytes) so the attacks are
real archives, not descriptions of them:

  zip-bomb.docx        word/document.xml is 20 MiB of zeros deflated to ~20 KiB (ratio ~1000:1)
  lying-size.zip       an entry whose central directory claims 100 bytes but inflates to 100 KiB
  wrong-crc.docx       a valid DOCX whose document.xml CRC-32 is altered in both headers
  truncated.docx       a valid DOCX cut off in the middle
  traversal.zip        an entry named ../../etc/cron.d/evil
  encrypted.zip        an entry with the "encrypted" flag set
  billion-laughs.docx  document.xml declares nested entities that would expand to 10^9 "lol"s
  invalid-utf8.docx    document.xml contains the bytes FF FE inside a w:t
  deep-nesting.docx    document.xml nests 10,000 w:sdt elements

(The XXE fixture is built by the tests themselves, pointing at a secret file they create.)

Usage: python3 scripts/make-hostile-fixtures.py [output-directory]
"""
import io
import os
import struct
import sys
import zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "Tests/QiyueDocumentsTests/Fixtures/hostile"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')


def docx(document_xml, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def body(inner):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{inner}</w:body></w:document>'


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(data)


def patch_central_and_local(data, name, offset_in_record, value, fmt="<I"):
    """Overwrites a field of the named entry in its local header and central record."""
    encoded = name.encode()
    result = bytearray(data)
    position = 0
    while True:
        position = result.find(b"PK\x03\x04", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", result, position + 26)[0]
        if bytes(result[position + 30:position + 30 + name_length]) == encoded:
            struct.pack_into(fmt, result, position + offset_in_record["local"], value)
        position += 4
    position = 0
    while True:
        position = result.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", result, position + 28)[0]
        if bytes(result[position + 46:position + 46 + name_length]) == encoded:
            struct.pack_into(fmt, result, position + offset_in_record["central"], value)
        position += 4
    return bytes(result)


CRC = {"local": 14, "central": 16}
USIZE = {"local": 22, "central": 24}
FLAGS = {"local": 6, "central": 8}


def main():
    os.makedirs(OUT, exist_ok=True)
    good = docx(body("<w:p><w:r><w:t>正常文本</w:t></w:r></w:p>"))

    bomb = docx(body("<w:p><w:r><w:t>" + "0" * (20 << 20) + "</w:t></w:r></w:p>"))
    write("zip-bomb.docx", bomb)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("payload.txt", "A" * 100_000)
    write("lying-size.zip", patch_central_and_local(buffer.getvalue(), "payload.txt", USIZE, 100))

    write("wrong-crc.docx", patch_central_and_local(good, "word/document.xml", CRC, 0x12345678))
    write("truncated.docx", good[: len(good) // 2])

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/cron.d/evil", "* * * * * root true\n")
    write("traversal.zip", buffer.getvalue())

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("secret.txt", "ciphertext")
    write("encrypted.zip", patch_central_and_local(buffer.getvalue(), "secret.txt", FLAGS, 1, "<H"))

    laughs = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    billion = ('<?xml version="1.0"?><!DOCTYPE lolz [' + "".join(laughs) + ']>'
               f'<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    write("billion-laughs.docx", docx(billion))

    head, tail = body("<w:p><w:r><w:t>合同@</w:t></w:r></w:p>").split("@")
    invalid = head.encode() + b"\xff\xfe" + tail.encode()
    write("invalid-utf8.docx", docx(invalid))

    deep = body("<w:sdt>" * 10_000 + "</w:sdt>" * 10_000)
    write("deep-nesting.docx", docx(deep))


if __name__ == "__main__":
    main()
