// Real peers read the exported read (contours on a stored phantom exam): dcmtk's dsrdump renders the
// TID 1500 report with its measurement values, dciodvfy finds no error in the SR or the SEG, dcmdump
// parses both, and pydicom decodes the SEG: frames, segments, references, per-frame geometry equal to
// the source images', and each mask's pixel count equal to an even-odd count computed in Python.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildMeasurementReport } from '../server/src/reading/dicom-export/measurement-report.ts';
import { buildSegmentation } from '../server/src/reading/dicom-export/segmentation.ts';
import { exportFixture, type ExportFixture } from '../server/test/reading-export-fixtures.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const python = '/usr/bin/python3';
let f: ExportFixture;
let out = '';

before(async () => {
  f = await exportFixture();
  out = path.join(f.dir, 'export');
  fs.mkdirSync(path.join(out, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(out, 'sr.dcm'), buildMeasurementReport(f.input).bytes);
  fs.writeFileSync(path.join(out, 'seg.dcm'), buildSegmentation(f.input)!.bytes);
  for (const [sop, bytes] of f.files) fs.writeFileSync(path.join(out, 'sources', `${sop}.dcm`), bytes);
  fs.writeFileSync(path.join(out, 'contours.json'), JSON.stringify(f.input.contours));
});
after(async () => f?.close());

const run = (command: string, args: string[]) => {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.error, undefined, `${command} must be installed (dcmtk, dicom3tools, python3-pydicom)`);
  return r;
};

test('dsrdump renders the report with its measurement values and the contours', () => {
  const r = run('dsrdump', [path.join(out, 'sr.dcm')]);
  assert.equal(r.status, 0, r.stderr);
  // dcmtk's only remark is that its VR checker skips UTF-8 text (ISO_IR 192): no error, no other warning.
  assert.deepEqual(r.stderr.split('\n').filter((line) => line !== '' && !/VR checker does not support this Specific Character Set: ISO_IR 192/.test(line)), []);
  assert.match(r.stdout, /Comprehensive SR Document/);
  assert.match(r.stdout, /<CONTAINER:\(,,"Imaging Measurement Report"\)=SEPARATE>/);
  assert.match(r.stdout, /NUM:\(,,"Left Ventricular ED Volume"\)="152.4" \(ml,UCUM,"milliliter"\)/);
  assert.match(r.stdout, /NUM:\(,,"Left ventricular ejection fraction by MR"\)="59.8" \(%,UCUM,"percent"\)/);
  assert.match(r.stdout, /NUM:\(,,"Left Ventricle Mass"\)="118.3" \(g,UCUM,"gram"\)/);
  assert.match(r.stdout, /NUM:\(,,"LV end-diastolic volume index"\)="80.2" \(ml\/m2,UCUM,"milliliter per square meter"\)/);
  assert.equal(r.stdout.match(/SCOORD:\(,,"Image Region"\)=\(POLYLINE/g)?.length, f.input.contours.length);
  assert.match(r.stdout, /NUM:\(,,"Length"\)="36.4" \(mm,UCUM,"millimeter"\)/);
  assert.match(r.stdout, /PNAME:\(,,"Person Observer Name"\)="Reader\^A1B2C3D4"/);
});

for (const kind of ['sr', 'seg']) {
  test(`dciodvfy finds no error in the ${kind.toUpperCase()}`, (t) => {
    const r = run('dciodvfy', [path.join(out, `${kind}.dcm`)]);
    const lines = `${r.stdout}\n${r.stderr}`.split('\n');
    assert.deepEqual(lines.filter((line) => /^Error/.test(line)), []);
    for (const warning of new Set(lines.filter((line) => /^Warning/.test(line)))) t.diagnostic(warning);
  });

  test(`dcmdump parses the ${kind.toUpperCase()}`, () => {
    const r = run('dcmdump', ['-q', path.join(out, `${kind}.dcm`)]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
}

test('pydicom reads the SEG: frames per segment, references, geometry of the source images, masks as counted in Python', () => {
  const r = run(python, [path.join(here, 'support/reading_export_seg.py'), path.join(out, 'seg.dcm'), path.join(out, 'sources'), path.join(out, 'contours.json')]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {
    numberOfFrames: number;
    perSegment: Record<string, number>;
    referenced: string[];
    frames: { segment: string; samePosition: boolean; sameOrientation: boolean; sameSpacing: boolean; sameFrameOfReference: boolean; maskPixels: number; expectedPixels: number }[];
  };
  assert.equal(report.numberOfFrames, 18);
  assert.deepEqual(report.perSegment, { 'LV blood pool ED': 3, 'LV blood pool ES': 3, 'LV myocardium ED': 3, 'LV myocardium ES': 3, 'RV blood pool ED': 3, 'RV blood pool ES': 3 });
  assert.deepEqual(report.referenced, [...f.files.keys()].sort());
  for (const frame of report.frames) {
    assert.ok(frame.samePosition && frame.sameOrientation && frame.sameSpacing && frame.sameFrameOfReference, JSON.stringify(frame));
    assert.ok(frame.expectedPixels > 100);
    assert.equal(frame.maskPixels, frame.expectedPixels, frame.segment);
  }
});

for (const kind of ['sr', 'seg']) {
  test(`every DCM, SNOMED CT and LOINC code of the ${kind.toUpperCase()} is in pydicom's PS3.16 concept dictionary`, () => {
    const r = run(python, [path.join(here, 'support/reading_export_sr_codes.py'), path.join(out, `${kind}.dcm`)]);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { checked: number; unknown: string[][] };
    assert.ok(report.checked >= (kind === 'sr' ? 20 : 4), String(report.checked));
    assert.deepEqual(report.unknown, []);
  });
}
