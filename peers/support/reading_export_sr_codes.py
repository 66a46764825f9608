"""Lists the DCM, SCT and LN codes of a DICOM object (any depth) that pydicom's PS3.16 concept
dictionary does not hold, as JSON: [[scheme, value, meaning], ...]. Other schemes are not checked.

Usage: reading_export_sr_codes.py FILE.dcm
"""
import json
import sys

import pydicom
from pydicom.sr._concepts_dict import concepts

known = {scheme: {code for entry in table.values() for code in entry} for scheme, table in concepts.items()}


def walk(dataset, found):
    for element in dataset:
        if element.VR == "SQ":
            for item in element.value:
                if "CodeValue" in item and "CodingSchemeDesignator" in item:
                    found.add((str(item.CodingSchemeDesignator), str(item.CodeValue), str(item.get("CodeMeaning", ""))))
                walk(item, found)


found = set()
walk(pydicom.dcmread(sys.argv[1]), found)
unknown = sorted([s, v, m] for s, v, m in found if s in ("DCM", "SCT", "LN") and v not in known.get(s, set()))
print(json.dumps({"checked": len([f for f in found if f[0] in ("DCM", "SCT", "LN")]), "unknown": unknown}))
