"""Test oracle: prints the core properties python-docx reads from each DOCX, as JSON.

Used by DocxCorePropertiesOracleTests; never used at runtime. Exits 3 if python-docx is
missing so the Swift test can skip rather than fail.
"""
import json
import os
import sys

# The fixtures folder beside this script holds a `docx/` directory of test files, which
# Python would otherwise import as an empty namespace package in place of python-docx.
here = os.path.dirname(os.path.abspath(__file__))
sys.path = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != here]

try:
    import docx
    docx.Document
except (ImportError, AttributeError):
    sys.exit(3)


def describe(path):
    properties = docx.Document(path).core_properties
    return {
        "title": properties.title,
        "subject": properties.subject,
        "author": properties.author,
        "language": properties.language,
        "created": properties.created.isoformat() if properties.created else None,
        "modified": properties.modified.isoformat() if properties.modified else None,
    }


print(json.dumps([describe(path) for path in sys.argv[1:]], ensure_ascii=False))
