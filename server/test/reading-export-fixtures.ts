// A read to export, on real stored images: one phantom exam's short-axis cine, de-identified as at
// the centre and stored through STOW-RS; three slices at end-diastole and end-systole (the phantom's
// truth) carry endocardial, epicardial and RV contours. The source images and study attributes are
// read back from the DICOM index, as the export service reads them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePhantom } from '../../cli/src/phantom/generate.ts';
import { deidentify } from '../../deid/src/index.ts';
import { readDicom } from '../src/imaging/dicom-reader.ts';
import { CARDIAC_MR_FORM } from '../src/reading/cardiac-mr-form.ts';
import type { ReadExportInput } from '../src/reading/dicom-export/export-input.ts';
import type { DicomJsonDataset } from '../src/reading/dicom-export/part10.ts';
import { patientStudyAttributes, sourceImageFromJson, type SourceImage } from '../src/reading/dicom-export/source-image.ts';
import type { Contour } from '../src/reading/volumetry/index.ts';
import { stowBody } from './imaging-fixtures.ts';
import { createTestPlatform, signIn, type TestPlatform } from './support/test-platform.ts';

const CENTRE_KEY = createHash('sha256').update('corelab reading export tests: centre key').digest();
export const SUBJECT = 'RX001';

export interface ExportFixture {
  platform: TestPlatform;
  projectId: string;
  dir: string;
  /** The stored source images (index attributes), by SOP Instance UID. */
  images: Map<string, SourceImage>;
  /** The de-identified source files as stored, by SOP Instance UID. */
  files: Map<string, Buffer>;
  input: ReadExportInput;
  close(): Promise<void>;
}

/** A closed polygon approximating a circle; off-grid centre and radius so no pixel centre lies on an edge. */
export function circle(cx: number, cy: number, radius: number, vertices = 37): [number, number][] {
  return Array.from({ length: vertices }, (_, i) => {
    const a = (2 * Math.PI * i) / vertices;
    return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)] as [number, number];
  });
}

interface TruthExam {
  series: Array<{ kind: string; directory: string }>;
  leftVentricle: { edPhaseIndex: number; esPhaseIndex: number };
}

export async function exportFixture(): Promise<ExportFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-reading-export-'));
  const platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: path.join(dir, 'data') } });
  const projectId = platform.demo!.projectId;
  const north = await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow();
  const dm = await signIn(platform.app, 'datamanager');
  const created = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: SUBJECT, centreId: north.id, consentStatus: 'consented' } });
  assert.equal(created.statusCode, 201, created.body);

  const out = path.join(dir, 'phantom');
  await generatePhantom({ subjects: 1, seed: 'vol-3', out, defects: 'none' });
  const truth = JSON.parse(fs.readFileSync(path.join(out, 'truth.json'), 'utf8')) as { subjects: Array<{ exams: TruthExam[] }> };
  const exam = truth.subjects[0]!.exams[0]!;
  const folder = path.join(out, exam.series.find((s) => s.kind === 'cine-sax')!.directory);
  const all = fs.readdirSync(folder).sort().map((file) => {
    const result = deidentify(fs.readFileSync(path.join(folder, file)), { subjectCode: SUBJECT, key: CENTRE_KEY });
    assert.equal(result.status, 'deidentified', file);
    const bytes = Buffer.from(result.output!);
    const ds = readDicom(bytes).dataset as DicomJsonDataset;
    const p = (ds['00200032']!.Value as unknown[]).map(Number);
    return { bytes, sop: String(ds['00080018']!.Value![0]), z: Math.round(p[2]! * 100), trigger: Number(ds['00181060']?.Value?.[0] ?? 0) };
  });
  const positions = [...new Set(all.map((f) => f.z))].sort((a, b) => a - b);
  const middle = positions.slice(Math.floor(positions.length / 2) - 1, Math.floor(positions.length / 2) + 2);
  const picked: { sop: string; bytes: Buffer; phase: 'ED' | 'ES' }[] = [];
  for (const z of middle) {
    const phases = all.filter((f) => f.z === z).sort((a, b) => a.trigger - b.trigger);
    picked.push({ ...phases[exam.leftVentricle.edPhaseIndex]!, phase: 'ED' }, { ...phases[exam.leftVentricle.esPhaseIndex]!, phase: 'ES' });
  }
  fs.rmSync(out, { recursive: true, force: true });
  const { body, contentType } = stowBody(picked.map((p) => p.bytes));
  const stored = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  assert.equal(stored.statusCode, 200, stored.body.slice(0, 500));

  const rows = await platform.services.db.selectFrom('instance').select(['sop_instance_uid', 'metadata']).where('project_id', '=', projectId).where('sop_instance_uid', 'in', picked.map((p) => p.sop)).execute();
  const images = new Map<string, SourceImage>();
  let patientStudy = {};
  for (const row of rows) {
    const json = JSON.parse(row.metadata) as DicomJsonDataset;
    images.set(row.sop_instance_uid, sourceImageFromJson(json)!);
    patientStudy = patientStudyAttributes(json);
  }
  assert.equal(images.size, 6);

  const contours: Contour[] = [];
  for (const [i, p] of picked.entries()) {
    const image = images.get(p.sop)!;
    const cx = image.columns / 2 + 0.31;
    const cy = image.rows / 2 - 0.27;
    const shrink = p.phase === 'ES' ? 0.7 : 1;
    const base = { phase: p.phase, seriesInstanceUID: image.seriesInstanceUID, sopInstanceUID: p.sop, frameNumber: 1, tool: 'freehand' as const };
    contours.push({ ...base, id: `endo-${i}`, structure: 'lv-endocardium', points: circle(cx, cy, 14.3 * shrink) });
    contours.push({ ...base, id: `epi-${i}`, structure: 'lv-epicardium', points: circle(cx, cy, 21.7 * shrink + 3) });
    contours.push({ ...base, id: `rv-${i}`, structure: 'rv-endocardium', points: circle(cx - 38.2, cy + 1.1, 13.6 * shrink, 23) });
  }
  const input: ReadExportInput = {
    readId: '5f0c8f7e-4a55-4c1e-9a77-0d3c2b1a9e11',
    readerPseudonym: 'A1B2C3D4',
    readKind: 'primary',
    submittedAt: new Date('2026-11-23T10:15:30Z'),
    patientStudy,
    images,
    form: CARDIAC_MR_FORM,
    values: { lvEdv: 152.4, lvEsv: 61.2, lvSv: 91.2, lvEf: 59.8, lvMass: 118.3, rvEdv: 160.1, rvEsv: 72.5, rvSv: 87.6, rvEf: 54.7, lvEdvi: 80.2, lvMassi: 62.3, lgePresent: 'yes', lgePattern: 'mid-wall', lgeSegments: [2, 3, 8], comment: 'Reader free text is not exported' },
    contours,
    measurements: [
      { id: 'len1', kind: 'length', seriesInstanceUID: contours[0]!.seriesInstanceUID, sopInstanceUID: contours[0]!.sopInstanceUID, frameNumber: 1, points: [[40.2, 50.7], [60.9, 52.3]], value: 36.4, unit: 'mm', label: 'septum' },
      { id: 'probe1', kind: 'probe', seriesInstanceUID: contours[0]!.seriesInstanceUID, sopInstanceUID: contours[0]!.sopInstanceUID, frameNumber: 1, points: [[70.5, 80.5]], value: 812, unit: '' },
    ],
  };
  return {
    platform,
    projectId,
    dir,
    images,
    files: new Map(picked.map((p) => [p.sop, p.bytes])),
    input,
    close: async () => {
      await platform.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
