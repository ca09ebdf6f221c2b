#!/usr/bin/python3
"""Acts as a user in LibreOffice Calc on many forms with ONE soffice process.

usage: fill_forms.py jobs.json results.json port profile_dir

jobs.json: [{"in": "a.xlsx", "out": "a-lo.xlsx" | null, "pdf": "a.pdf" | null, "sheet": "Phiếu tự đánh giá",
             "entries": [{"cell": "H9", "number": 1.5} | {"cell": "H10", "text": "8,25"}],
             "read": ["H60", ...],
             "probes": [{"cell": "H9", "number": 0.75} | {"cell": "H9", "text": "N/A"}]}]
results.json: [{"values": {"H60": {"type": "VALUE"|"TEXT"|"EMPTY"|"FORMULA", "value": 1.5, "string": "1,5"}},
                "refused": [false, true, ...]}]
A probe types one value into an otherwise untouched form, asks Calc's detective whether any cell now
holds a value its data validation refuses (Tools > Detective > Mark Invalid Data), and empties the
cell again: "refused" says, probe by probe, whether the validation refused the value.
soffice is started with its own profile and port and terminated at the end, whatever happens.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(port, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.25)


def cell_result(cell):
    kind = cell.getType().value  # EMPTY, VALUE, TEXT, FORMULA
    result = {"type": kind, "string": cell.getString()}
    if kind == "FORMULA":
        # A formula's result is a number unless it produced text or an error.
        result["error"] = cell.getError()
    result["value"] = cell.getValue()
    return result


def put(cell, entry):
    if "number" in entry:
        cell.setValue(entry["number"])
    elif "formula" in entry:
        cell.setFormula(entry["formula"])
    else:
        cell.setString(entry["text"])


def probe(sheet, entry):
    cell = sheet.getCellRangeByName(entry["cell"])
    put(cell, entry)
    refused = sheet.showInvalid()
    sheet.clearArrows()
    cell.setString("")
    return bool(refused)


def main():
    jobs_path, results_path, port, profile = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(RECALC_ALWAYS)
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
        f"--accept=socket,host=127.0.0.1,port={port};urp;",
        f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = []
    try:
        context = connect(port, time.time() + 60)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        with open(jobs_path, encoding="utf-8") as f:
            jobs = json.load(f)
        for job in jobs:
            doc = desktop.loadComponentFromURL(url(job["in"]), "_blank", 0, (prop("Hidden", True),))
            try:
                sheet = doc.Sheets.getByName(job["sheet"])
                if job.get("entries"):
                    sheet.unprotect("")
                for entry in job.get("entries", []):
                    put(sheet.getCellRangeByName(entry["cell"]), entry)
                if job.get("entries"):
                    sheet.protect("")
                refused = []
                if job.get("probes"):
                    sheet.unprotect("")
                    refused = [probe(sheet, entry) for entry in job["probes"]]
                    sheet.protect("")
                doc.calculateAll()
                values = {name: cell_result(sheet.getCellRangeByName(name)) for name in job.get("read", [])}
                if job.get("out"):
                    doc.storeToURL(url(job["out"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
                if job.get("pdf"):
                    doc.storeToURL(url(job["pdf"]), (prop("FilterName", "calc_pdf_Export"),))
                results.append({"values": values, "refused": refused})
            finally:
                doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
