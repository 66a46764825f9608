// The read as DICOM, built from contours on stored phantom images: the TID 1500 report and the
// segmentation read back with dcmjs (a decoder we did not write), their pixel masks against a
// brute-force point-in-polygon count, deterministic UIDs, and each class of bad input refused.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { buildMeasurementReport, COMPREHENSIVE_SR } from '../src/reading/dicom-export/measurement-report.ts';
import { ReadingExportError } from '../src/reading/dicom-export/errors.ts';
import { countPixels } from '../src/reading/dicom-export/rasterise.ts';
import { buildSegmentation, planSegmentation, SEGMENTATION_STORAGE } from '../src/reading/dicom-export/segmentation.ts';
import { derivedUid } from '../src/reading/dicom-export/uids.ts';
import { exportFixture, SUBJECT, type ExportFixture } from './reading-export-fixtures.ts';

type Natural = Record<string, any>;
const dcmjs = createRequire(import.meta.url)('dcmjs') as {
  data: { DicomMessage: { readFile(b: ArrayBuffer): { dict: Record<string, unknown>; meta: Record<string, unknown> } }; DicomMetaDictionary: { naturalizeDataset(d: Record<string, unknown>): Natural } };
};
const parse = (bytes: Uint8Array): Natural => {
  const copy = bytes.slice();
  return dcmjs.data.DicomMetaDictionary.naturalizeDataset(dcmjs.data.DicomMessage.readFile(copy.buffer).dict);
};
const codeOf = (item: Natural) => `${item.ConceptNameCodeSequence[0].CodeValue}:${item.ConceptNameCodeSequence[0].CodingSchemeDesignator}`;
const children = (item: Natural): Natural[] => item.ContentSequence ?? [];

/** Independent count: every pixel centre tested against the polygon (crossing number), no scanlines. */
function bruteForceCount(points: [number, number][], rows: number, columns: number, minus?: [number, number][]): number {
  const inside = (poly: [number, number][], x: number, y: number) => {
    let c = false;
    for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      const [xi, yi] = poly[i]!;
      const [xj, yj] = poly[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
    return c;
  };
  let n = 0;
  for (let y = 0; y < rows; y++) for (let x = 0; x < columns; x++) if (inside(points, x, y) && !(minus && inside(minus, x, y))) n++;
  return n;
}

let f: ExportFixture;
before(async () => {
  f = await exportFixture();
});
after(async () => f?.close());

test('the SR is a Comprehensive SR of the source study, patient and study attributes copied, new series, person observer pseudonymous', () => {
  const sr = buildMeasurementReport(f.input);
  const ds = parse(sr.bytes);
  const image = [...f.images.values()][0]!;
  assert.equal(ds.SOPClassUID, COMPREHENSIVE_SR);
  assert.equal(ds.SOPInstanceUID, derivedUid(f.input.readId, 'sr'));
  assert.equal(ds.StudyInstanceUID, image.studyInstanceUID);
  assert.equal(ds.PatientID, SUBJECT);
  assert.equal(ds.Modality, 'SR');
  assert.notEqual(ds.SeriesInstanceUID, image.seriesInstanceUID);
  assert.match(ds.SeriesDescription, /Reader A1B2C3D4/);
  assert.equal(ds.ContentTemplateSequence[0].TemplateIdentifier, '1500');
  assert.equal(codeOf(ds), '126000:DCM');
  const observer = children(ds).find((i) => codeOf(i) === '121008:DCM')!;
  assert.equal(observer.PersonName.Alphabetic ?? observer.PersonName, 'Reader^A1B2C3D4');
  // Evidence: the six contoured images of the one series.
  const evidence = ds.CurrentRequestedProcedureEvidenceSequence[0].ReferencedSeriesSequence[0].ReferencedSOPSequence;
  assert.deepEqual(evidence.map((r: Natural) => r.ReferencedSOPInstanceUID).sort(), [...f.images.keys()].sort());
});

test('the SR holds the numbers with their codes and UCUM units, one measurement group per ventricle, no free text', () => {
  const ds = parse(buildMeasurementReport(f.input).bytes);
  const measurements = children(ds).find((i) => codeOf(i) === '126010:DCM')!;
  const groups = children(measurements).filter((g) => g.ContentTemplateSequence?.[0]?.TemplateIdentifier === '1501' && children(g).some((i) => codeOf(i) === '363698007:SCT'));
  assert.equal(groups.length, 2);
  const nums = groups.flatMap(children).filter((i) => i.ValueType === 'NUM');
  const value = (code: string) => {
    const item = nums.find((i) => codeOf(i) === code)!;
    return { value: Number(item.MeasuredValueSequence[0].NumericValue), unit: item.MeasuredValueSequence[0].MeasurementUnitsCodeSequence[0].CodeValue };
  };
  assert.deepEqual(value('8821-1:LN'), { value: 152.4, unit: 'ml' });
  assert.deepEqual(value('8823-7:LN'), { value: 61.2, unit: 'ml' });
  assert.deepEqual(value('8811-2:LN'), { value: 59.8, unit: '%' });
  assert.deepEqual(value('18087-7:LN'), { value: 118.3, unit: 'g' });
  assert.deepEqual(value('8822-9:LN'), { value: 160.1, unit: 'ml' });
  assert.deepEqual(value('lvEdvi:99CORELAB'), { value: 80.2, unit: 'ml/m2' });
  assert.deepEqual(value('lvMassi:99CORELAB'), { value: 62.3, unit: 'g/m2' });
  assert.equal(nums.length, 11);
  const text = JSON.stringify(ds);
  assert.ok(!text.includes('Reader free text'), 'free text stays out of the SR');
  const qualitative = children(ds).find((i) => codeOf(i) === 'C0034375:UMLS')!;
  const lge = children(qualitative).find((i) => codeOf(i) === 'lgePresent:99CORELAB')!;
  assert.equal(lge.ConceptCodeSequence[0].CodeValue, '373066001');
  assert.equal(children(qualitative).find((i) => codeOf(i) === 'lgeSegments:99CORELAB')!.TextValue, 'AHA segments 2, 3, 8');
});

test('each contour is a closed POLYLINE on its source image in DICOM image coordinates, with its area', () => {
  const ds = parse(buildMeasurementReport(f.input).bytes);
  const measurements = children(ds).find((i) => codeOf(i) === '126010:DCM')!;
  const rois = children(measurements).filter((g) => g.ContentTemplateSequence?.[0]?.TemplateIdentifier === '1410');
  assert.equal(rois.length, f.input.contours.length);
  const contour = f.input.contours[0]!;
  const roi = rois[0]!;
  const scoord = children(roi).find((i) => i.ValueType === 'SCOORD')!;
  assert.equal(scoord.GraphicType, 'POLYLINE');
  const data = scoord.GraphicData as number[];
  assert.equal(data.length, (contour.points.length + 1) * 2);
  assert.ok(Math.abs(data[0]! - (contour.points[0]![0] + 0.5)) < 1e-4 && Math.abs(data[1]! - (contour.points[0]![1] + 0.5)) < 1e-4);
  assert.deepEqual(data.slice(-2), data.slice(0, 2));
  assert.equal(children(scoord)[0]!.ReferencedSOPSequence[0].ReferencedSOPInstanceUID, contour.sopInstanceUID);
  const { CodeValue, CodingSchemeDesignator, CodeMeaning } = children(roi).find((i) => codeOf(i) === 'cardiacPhase:99CORELAB')!.ConceptCodeSequence[0];
  assert.deepEqual({ CodeValue, CodingSchemeDesignator, CodeMeaning }, { CodeValue: '109022', CodingSchemeDesignator: 'DCM', CodeMeaning: 'End diastole' });
});

test('a length and a probe are NUMs inferred from their outline on the source image', () => {
  const ds = parse(buildMeasurementReport(f.input).bytes);
  const measurements = children(ds).find((i) => codeOf(i) === '126010:DCM')!;
  const nums = children(measurements).flatMap(children).filter((i) => i.ValueType === 'NUM' && (codeOf(i) === '410668003:SCT' || codeOf(i) === 'probe:99CORELAB'));
  assert.equal(nums.length, 2);
  const length = nums.find((i) => codeOf(i) === '410668003:SCT')!;
  assert.equal(Number(length.MeasuredValueSequence[0].NumericValue), 36.4);
  assert.equal(length.MeasuredValueSequence[0].MeasurementUnitsCodeSequence[0].CodeValue, 'mm');
  const outline = children(length)[0]!;
  assert.equal(outline.RelationshipType, 'INFERRED FROM');
  assert.equal(outline.GraphicType, 'POLYLINE');
  assert.deepEqual(outline.GraphicData.map((v: number) => Math.round(v * 10) / 10), [40.7, 51.2, 61.4, 52.8]);
  assert.equal(children(outline)[0]!.ReferencedSOPSequence[0].ReferencedSOPInstanceUID, f.input.measurements[0]!.sopInstanceUID);
  assert.equal(children(nums.find((i) => codeOf(i) === 'probe:99CORELAB')!)[0]!.GraphicType, 'POINT');
});

test('exporting the same read again gives the same bytes and UIDs', () => {
  assert.deepEqual(buildMeasurementReport(f.input).bytes, buildMeasurementReport(f.input).bytes);
  assert.deepEqual(buildSegmentation(f.input)!.bytes, buildSegmentation(f.input)!.bytes);
  assert.notEqual(derivedUid(f.input.readId, 'sr'), derivedUid('another-read', 'sr'));
});

test('the SEG: one segment per structure and phase, one frame per contoured image, masks as the brute-force count', () => {
  const seg = buildSegmentation(f.input)!;
  const ds = parse(seg.bytes);
  assert.equal(ds.SOPClassUID, SEGMENTATION_STORAGE);
  assert.equal(ds.SegmentationType, 'BINARY');
  assert.deepEqual(ds.SegmentSequence.map((s: Natural) => s.SegmentLabel), ['LV blood pool ED', 'LV blood pool ES', 'LV myocardium ED', 'LV myocardium ES', 'RV blood pool ED', 'RV blood pool ES']);
  assert.equal(ds.NumberOfFrames, 18);
  const image = [...f.images.values()][0]!;
  assert.equal(ds.FrameOfReferenceUID, image.frameOfReferenceUID);
  const plan = planSegmentation(f.input);
  for (const frame of plan.frames) {
    const on = f.input.contours.filter((c) => c.sopInstanceUID === frame.image.sopInstanceUID);
    const segment = plan.segments.find((s) => s.number === frame.segmentNumber)!;
    const endo = on.find((c) => c.structure === 'lv-endocardium')!.points;
    const expected =
      segment.kind === 'lv-blood-pool' ? bruteForceCount(endo, image.rows, image.columns)
      : segment.kind === 'lv-myocardium' ? bruteForceCount(on.find((c) => c.structure === 'lv-epicardium')!.points, image.rows, image.columns, endo)
      : bruteForceCount(on.find((c) => c.structure === 'rv-endocardium')!.points, image.rows, image.columns);
    assert.ok(expected > 100);
    assert.equal(countPixels(frame.mask), expected, `${segment.label} on ${frame.image.sopInstanceUID}`);
  }
  // Packed pixel data: the first frame's bits are its mask.
  const bytes = new Uint8Array(ds.PixelData[0]);
  const first = plan.frames[0]!.mask;
  let set = 0;
  for (let i = 0; i < first.length; i++) set += (bytes[i >> 3]! >> (i & 7)) & 1;
  assert.equal(set, countPixels(first));
  const pf = ds.PerFrameFunctionalGroupsSequence[0];
  assert.equal(pf.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID, plan.frames[0]!.image.sopInstanceUID);
  assert.deepEqual(pf.PlanePositionSequence[0].ImagePositionPatient.map(Number), plan.frames[0]!.image.imagePositionPatient);
});

test('a read without contours exports an SR and no SEG', () => {
  const input = { ...f.input, contours: [], measurements: [] };
  assert.equal(buildSegmentation(input), undefined);
  const ds = parse(buildMeasurementReport(input).bytes);
  assert.equal(ds.CurrentRequestedProcedureEvidenceSequence, undefined);
});

const refused = (code: string) => (e: unknown) => e instanceof ReadingExportError && e.code === code;

test('a contour on an image the study does not hold is refused by name', () => {
  const contour = { ...f.input.contours[0]!, id: 'lost', sopInstanceUID: '1.2.3.999' };
  const input = { ...f.input, contours: [...f.input.contours, contour] };
  assert.throws(() => buildMeasurementReport(input), refused('reading-export.source-image-missing'));
  assert.throws(() => buildSegmentation(input), refused('reading-export.source-image-missing'));
});

test('a contour on a later frame (multi-frame source) is refused', () => {
  const input = { ...f.input, contours: [{ ...f.input.contours[0]!, frameNumber: 2 }] };
  assert.throws(() => buildMeasurementReport(input), refused('reading-export.multiframe-source'));
});

test('a contour with a point outside its image is refused for the SEG', () => {
  const c = f.input.contours[0]!;
  const input = { ...f.input, contours: [{ ...c, points: [...c.points, [c.points[0]![0], 5000] as [number, number]] }] };
  assert.throws(() => buildSegmentation(input), refused('reading-export.contour-outside-image'));
});

test('a source image without plane geometry cannot carry a SEG', () => {
  const c = f.input.contours[0]!;
  const { imagePositionPatient: _dropped, ...flat } = f.images.get(c.sopInstanceUID)!;
  const input = { ...f.input, images: new Map([[c.sopInstanceUID, flat]]), contours: [c] };
  assert.throws(() => buildSegmentation(input), refused('reading-export.source-image-geometry'));
});
