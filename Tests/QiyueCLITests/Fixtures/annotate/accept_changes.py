#!/usr/bin/env python3
"""Accepts every tracked change of a DOCX in LibreOffice (headless, through UNO) and saves it.

A reviewer's drafter accepts the proposed rewrites in Word or WPS; LibreOffice stands in
for them here. Exit status 3 when LibreOffice or its Python bridge (uno) is missing.

Usage: /usr/bin/python3 accept_changes.py IN.docx OUT.docx
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    sys.exit(3)


def prop(name, value):
    result = PropertyValue()
    result.Name, result.Value = name, value
    return result


def main():
    source, target = (os.path.abspath(path) for path in sys.argv[1:3])
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit(3)
    pipe = "qiyue" + uuid.uuid4().hex
    with tempfile.TemporaryDirectory() as profile:
        office = subprocess.Popen([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                                   "--norestore", f"--accept=pipe,name={pipe};urp;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            context = None
            for _ in range(120):
                try:
                    context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except Exception:
                    time.sleep(0.25)
            if context is None:
                sys.exit("LibreOffice did not start")
            manager = context.ServiceManager
            desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
            dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
            dispatcher.executeDispatch(document.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, ())
            document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
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


if __name__ == "__main__":
    main()
