"""Test oracle: checks a ZIP with Python's zipfile (every CRC via testzip) and prints its
entries as JSON. Used by ZipWriterTests and DocxWriterTests; never used at runtime."""
import base64
import json
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    entries = []
    for info in archive.infolist():
        entries.append({
            "name": info.filename,
            "method": info.compress_type,
            "flags": info.flag_bits,
            "crc": info.CRC,
            "size": info.file_size,
            "compressed": info.compress_size,
            "date": list(info.date_time),
            "data": base64.b64encode(archive.read(info)).decode(),
        })
    print(json.dumps({"bad": bad, "entries": entries}))
