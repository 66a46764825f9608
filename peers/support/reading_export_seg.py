"""Reads a DICOM SEG with pydicom and checks it against its source images and the contours (JSON).

Usage: reading_export_seg.py SEG.dcm SOURCES_DIR CONTOURS.json
Prints a JSON report: frames, frames per segment label, referenced SOP instances, per-frame geometry
agreement, and for each (segment, source image) the mask's pixel count next to an even-odd count of
the pixel centres computed here from the contour points.
"""
import json
import os
import sys

import pydicom


def inside(poly, x, y):
    c = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            c = not c
        j = i
    return c


def count(poly, rows, columns, minus=None):
    n = 0
    for y in range(rows):
        for x in range(columns):
            if inside(poly, x, y) and not (minus is not None and inside(minus, x, y)):
                n += 1
    return n


def main():
    seg = pydicom.dcmread(sys.argv[1])
    sources = {}
    for name in os.listdir(sys.argv[2]):
        ds = pydicom.dcmread(os.path.join(sys.argv[2], name))
        sources[ds.SOPInstanceUID] = ds
    contours = json.load(open(sys.argv[3]))
    labels = {int(s.SegmentNumber): str(s.SegmentLabel) for s in seg.SegmentSequence}
    pixels = seg.pixel_array
    if pixels.ndim == 2:
        pixels = pixels[None]
    frames = []
    per_segment = {}
    for index, group in enumerate(seg.PerFrameFunctionalGroupsSequence):
        number = int(group.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        label = labels[number]
        per_segment[label] = per_segment.get(label, 0) + 1
        sop = group.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID
        source = sources[sop]
        position = [float(v) for v in group.PlanePositionSequence[0].ImagePositionPatient]
        same_position = all(abs(a - float(b)) < 1e-4 for a, b in zip(position, source.ImagePositionPatient))
        orientation = [float(v) for v in group.PlaneOrientationSequence[0].ImageOrientationPatient]
        same_orientation = all(abs(a - float(b)) < 1e-6 for a, b in zip(orientation, source.ImageOrientationPatient))
        spacing = [float(v) for v in group.PixelMeasuresSequence[0].PixelSpacing]
        same_spacing = all(abs(a - float(b)) < 1e-6 for a, b in zip(spacing, source.PixelSpacing))
        on = {c["structure"]: c["points"] for c in contours if c["sopInstanceUID"] == sop}
        rows, columns = int(source.Rows), int(source.Columns)
        if label.startswith("LV blood pool"):
            expected = count(on["lv-endocardium"], rows, columns)
        elif label.startswith("LV myocardium"):
            expected = count(on["lv-epicardium"], rows, columns, on.get("lv-endocardium"))
        else:
            expected = count(on["rv-endocardium"], rows, columns)
        frames.append({
            "segment": label,
            "sop": sop,
            "samePosition": same_position,
            "sameOrientation": same_orientation,
            "sameSpacing": same_spacing,
            "sameFrameOfReference": seg.FrameOfReferenceUID == source.FrameOfReferenceUID,
            "maskPixels": int(pixels[index].sum()),
            "expectedPixels": expected,
        })
    referenced = sorted(i.ReferencedSOPInstanceUID for s in seg.ReferencedSeriesSequence for i in s.ReferencedInstanceSequence)
    print(json.dumps({
        "numberOfFrames": int(seg.NumberOfFrames),
        "rows": int(seg.Rows),
        "columns": int(seg.Columns),
        "perSegment": per_segment,
        "referenced": referenced,
        "frames": frames,
    }))


main()
