#!/usr/bin/env python3
"""Renders an annotated DOCX as PNG pages with its comments printed, to look at what
`qiyue review --annotate` wrote.

LibreOffice 7.4 cannot put comments in the margin of a PDF export (that option came
later); printing can place them at the end of the document. This prints through
LibreOffice's UNO bridge to PostScript with comments at the end, and Ghostscript turns
the pages into PNGs: OUT_DIR/page-1.png … (the last pages hold the comments).

Usage: /usr/bin/python3 scripts/render-annotated.py IN.docx OUT_DIR
Requires: LibreOffice with its Python bridge (uno), Ghostscript (gs).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue

COMMENTS_AT_END = 2  # com.sun.star.text.DocumentSettings.PrintAnnotationMode


def prop(name, value):
    result = PropertyValue()
    result.Name, result.Value = name, value
    return result


def main():
    source, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    pipe = "qiyue" + uuid.uuid4().hex
    with tempfile.TemporaryDirectory() as work:
        office = subprocess.Popen([shutil.which("soffice"), f"-env:UserInstallation=file://{work}/profile", "--headless",
                                   "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            for _ in range(120):
                try:
                    context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except Exception:
                    time.sleep(0.25)
            else:
                sys.exit("LibreOffice did not start")
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
            document.createInstance("com.sun.star.text.DocumentSettings").setPropertyValue("PrintAnnotationMode", COMMENTS_AT_END)
            postscript = os.path.join(work, "printed.ps")
            document.print((prop("FileName", postscript), prop("Wait", True)))
            document.close(True)
            try:
                desktop.terminate()
            except Exception:
                pass
            office.wait(timeout=30)
        finally:
            if office.poll() is None:
                office.kill()
                office.wait()
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r80",
                        f"-sOutputFile={os.path.join(out, 'page-%d.png')}", postscript], check=True)


if __name__ == "__main__":
    main()
