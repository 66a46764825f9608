"""Reads each DICOM file named on the command line with pydicom (Debian's /usr/bin/python3) and
prints one JSON line per file: whether it reads, and a summary of what pydicom saw (SOP Instance
UID, transfer syntax, number of elements at every depth, pixel data length), so a caller can compare
two files. Every element value is decoded, so a malformed value fails here, not later."""
import json
import sys

import pydicom


def count(ds):
    n = 0
    for elem in ds:
        n += 1
        if elem.VR == "SQ":
            for item in elem.value:
                n += count(item)
        else:
            str(elem.value)
    return n


for path in sys.argv[1:]:
    try:
        ds = pydicom.dcmread(path)
        pixels = ds.get("PixelData")
        print(json.dumps({
            "file": path,
            "ok": True,
            "sop": str(ds.get("SOPInstanceUID", "")),
            "ts": str(ds.file_meta.get("TransferSyntaxUID", "")),
            "elements": count(ds),
            "pixels": None if pixels is None else len(pixels),
        }), flush=True)
    except Exception as e:  # noqa: BLE001 - the caller reports any failure with its message
        print(json.dumps({"file": path, "ok": False, "error": f"{type(e).__name__}: {e}"}), flush=True)
