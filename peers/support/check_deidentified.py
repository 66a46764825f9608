#!/usr/bin/env python3
"""Independent check of a de-identified DICOM file, written from DICOM PS3.15 Table E.1-1 itself
(the shared JSON extracted by innolitics/dicom-standard), not from Corelab's TypeScript table.

usage: check_deidentified.py TABLE_JSON ORIGINAL DEIDENTIFIED [--options col1,col2,...]

Fails (exit 1, one line per problem) when:
- a private attribute remains;
- an attribute whose action (basic profile, or a chosen option column) removes, empties or replaces
  it (X, Z, D and their combinations) still holds its original value at the same place;
- a date (DA/DT) that the chosen options clean (C) still holds its original value (not shifted);
- a UID whose action is U still holds its original value;
- a value removed by such an action reappears in any other text attribute of the output.
"""
import json
import re
import sys

import pydicom

REMOVING = {"X", "Z", "D", "X/Z", "X/D", "X/Z/D", "Z/D"}


def load_table(path):
    exact, patterns = {}, []
    with open(path, encoding="utf-8") as handle:
        for row in json.load(handle):
            match = re.match(r"^\(([0-9A-FX]{4}),([0-9A-FX]{4})\)$", row["tag"])
            if not match:
                continue  # the private-attributes row: handled by is_private below
            key = (match.group(1) + match.group(2)).upper()
            if "X" in key:
                patterns.append((re.compile("^" + key.replace("X", "[0-9A-F]") + "$"), row))
            else:
                exact[key] = row
    return exact, patterns


def row_for(tag, exact, patterns):
    key = "%08X" % tag
    if key in exact:
        return exact[key]
    for pattern, row in patterns:
        if pattern.match(key):
            return row
    return None


def action_for(row, options):
    chosen = [row[column] for column in options if column in row]
    if "K" in chosen:
        return "K"
    if "C" in chosen:
        return "C"
    return row["basicProfile"]


def text_of(element):
    if element.VR == "SQ":
        return ""
    value = element.value
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return value.hex() if len(value) else ""
    if isinstance(value, (list, pydicom.multival.MultiValue)):
        return "\\".join(str(v) for v in value)
    return str(value).strip()


def index(dataset, prefix=""):
    """(path, element) for every element, sequences included."""
    for element in dataset:
        path = prefix + "(%04X,%04X)" % (element.tag.group, element.tag.element)
        yield path, element
        if element.VR == "SQ":
            for number, item in enumerate(element.value or []):
                yield from index(item, "%s[%d]." % (path, number))


def main(argv):
    options = []
    if "--options" in argv:
        at = argv.index("--options")
        options = [column for column in argv[at + 1].split(",") if column]
        argv = argv[:at] + argv[at + 2:]
    table_path, original_path, deid_path = argv[1:4]
    exact, patterns = load_table(table_path)
    original = dict(index(pydicom.dcmread(original_path, force=True)))
    deidentified = pydicom.dcmread(deid_path, force=True)
    problems = []
    removed_values = set()
    for path, element in original.items():
        row = row_for(element.tag, exact, patterns)
        if row and action_for(row, options) in REMOVING and element.VR in ("PN", "LO", "SH", "LT", "ST", "UT"):
            value = text_of(element)
            if len(value) >= 4:
                removed_values.add(value)
    texts = []
    for path, element in index(deidentified):
        if element.tag.is_private:
            problems.append("%s private attribute remains" % path)
            continue
        value = text_of(element)
        if element.VR in ("PN", "LO", "SH", "LT", "ST", "UT", "UC") and value:
            texts.append((path, value))
        row = row_for(element.tag, exact, patterns)
        before = original.get(path)
        if row is None or before is None or value == "" or value != text_of(before):
            continue
        action = action_for(row, options)
        if action in REMOVING:
            problems.append("%s %s (%s) still holds its original value" % (path, row["name"], action))
        elif action == "C" and element.VR in ("DA", "DT"):
            problems.append("%s %s date not shifted" % (path, row["name"]))
        elif action == "U" and element.VR == "UI":
            problems.append("%s %s UID not replaced" % (path, row["name"]))
    for path, value in texts:
        for removed in removed_values:
            if removed in value:
                problems.append("%s holds a value removed elsewhere by the profile" % path)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
