// Done-when of the automatic conformance checks: on the synthetic phantom with its deliberate defects,
// de-identified at the centre and stored through STOW-RS, every flawed exam is caught by the rule that
// matches its defect (and by no unrelated rule), and no good exam fails any rule. The expectations
// come from the phantom's truth.json, not from the engine.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generatePhantom } from '../../cli/src/phantom/generate.ts';
import type { DefectKind } from '../../cli/src/phantom/defects.ts';
import { deidentify } from '../../deid/src/index.ts';
import { readDicom, str } from '../src/imaging/dicom-reader.ts';
import { CARDIAC_MR_PROTOCOL } from '../src/qc/cardiac-mr-protocol.ts';
import { checkConformance } from '../src/qc/conformance-engine.ts';
import { stowBody } from './imaging-fixtures.ts';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

/**
 * 6 subjects, 10 exams from one centre (a 3 T scanner, 8 mm slices 10 mm apart: the gap at the
 * protocol's bound): with this seed each of the four defect kinds appears once, six exams are good.
 */
const SUBJECTS = 6;
const SEED = 'qc-2';
const CENTRE_KEY = createHash('sha256').update('corelab qc tests: centre key').digest();

/** The rule each defect must trip, and the rules the same defect may trip as well. */
const CAUGHT_BY: Record<DefectKind, { rule: string; alsoAllowed: string[] }> = {
  'missing-slices': { rule: 'cine-sax/missing-slices', alsoAllowed: ['cine-sax/slice-gap'] },
  'wrong-slice-thickness': { rule: 'cine-sax/slice-thickness', alsoAllowed: [] },
  'too-few-phases': { rule: 'cine-sax/cardiac-phases', alsoAllowed: ['cine-sax/temporal-resolution'] },
  // De-identification quarantines an image with burned-in text, so the series never reaches the server.
  'burned-in-annotation': { rule: 'cine-4ch/present', alsoAllowed: [] },
};

interface TruthExam {
  exam: number;
  studyInstanceUID: string;
  series: Array<{ kind: string; directory: string; instances: number }>;
  defect: { kind: DefectKind } | null;
}
interface Truth {
  defects: Array<{ kind: DefectKind }>;
  subjects: Array<{ subject: number; exams: TruthExam[] }>;
}

interface Outcome {
  subject: string;
  truth: TruthExam;
  studyInstanceUid: string;
  quarantinedSeries: string[];
  state: string;
  verdict: string;
  failed: string[];
  unmatchedSeries: number;
  matched: Record<string, string | null>;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-qc-phantom-'));
const phantom = path.join(dir, 'phantom');
let platform: TestPlatform;
let truth: Truth;
const outcomes: Outcome[] = [];

async function storeAndSubmit(dm: Session, projectId: string, subject: string, exam: TruthExam): Promise<Outcome> {
  const parts: Buffer[] = [];
  const quarantinedSeries = new Set<string>();
  for (const series of exam.series) {
    const folder = path.join(phantom, series.directory);
    for (const file of fs.readdirSync(folder).sort()) {
      const result = deidentify(fs.readFileSync(path.join(folder, file)), { subjectCode: subject, key: CENTRE_KEY });
      if (result.status === 'quarantined') quarantinedSeries.add(series.kind);
      else parts.push(Buffer.from(result.output));
    }
  }
  const studyInstanceUid = str(readDicom(parts[0]!).dataset['0020000D'])!;
  const { body, contentType } = stowBody(parts);
  const stored = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  assert.equal(stored.statusCode, 200, stored.body.slice(0, 500));
  const submitted = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/exams/${studyInstanceUid}/submit`, headers: dm.headers });
  assert.equal(submitted.statusCode, 200, submitted.body.slice(0, 500));
  const detail = submitted.json() as {
    state: string;
    conformanceVerdict: string;
    conformance: { unmatchedSeries: unknown[]; series: Array<{ name: string; seriesInstanceUid: string | null; results: Array<{ rule: string; verdict: string }> }> };
  };
  return {
    subject,
    truth: exam,
    studyInstanceUid,
    quarantinedSeries: [...quarantinedSeries],
    state: detail.state,
    verdict: detail.conformanceVerdict,
    failed: detail.conformance.series.flatMap((s) => s.results.filter((r) => r.verdict === 'fail').map((r) => `${s.name}/${r.rule}`)),
    unmatchedSeries: detail.conformance.unmatchedSeries.length,
    matched: Object.fromEntries(detail.conformance.series.map((s) => [s.name, s.seriesInstanceUid])),
  };
}

before(async () => {
  await generatePhantom({ subjects: SUBJECTS, seed: SEED, out: phantom, defects: 'some' });
  truth = JSON.parse(fs.readFileSync(path.join(phantom, 'truth.json'), 'utf8')) as Truth;
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: path.join(dir, 'data') } });
  const projectId = platform.demo!.projectId;
  const north = await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow();
  const dm = await signIn(platform.app, 'datamanager');
  for (const s of truth.subjects) {
    const code = `PH${String(s.subject).padStart(3, '0')}`;
    const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code, centreId: north.id, consentStatus: 'consented' } });
    assert.equal(r.statusCode, 201, r.body);
    for (const exam of s.exams) outcomes.push(await storeAndSubmit(dm, projectId, code, exam));
  }
});
after(async () => {
  await platform?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the phantom holds each kind of defect and good exams', () => {
  assert.deepEqual(truth.defects.map((d) => d.kind).sort(), ['burned-in-annotation', 'missing-slices', 'too-few-phases', 'wrong-slice-thickness']);
  assert.equal(outcomes.length, 10);
  assert.equal(outcomes.filter((o) => !o.truth.defect).length, 6);
});

test('no good exam fails any rule: every series recognised, every rule passed, awaiting review', () => {
  for (const o of outcomes.filter((x) => !x.truth.defect)) {
    const name = `${o.subject} exam ${o.truth.exam}`;
    assert.deepEqual(o.failed, [], name);
    assert.equal(o.verdict, 'pass', name);
    assert.equal(o.state, 'awaiting-review', name);
    assert.ok(Object.values(o.matched).every((uid) => uid !== null), name);
    assert.equal(o.unmatchedSeries, 0, name);
    assert.deepEqual(o.quarantinedSeries, [], name);
  }
});

test('every flawed exam is caught by the rule that matches its defect, and by no unrelated rule', () => {
  for (const o of outcomes.filter((x) => x.truth.defect)) {
    const kind = o.truth.defect!.kind;
    const expected = CAUGHT_BY[kind];
    const name = `${o.subject} exam ${o.truth.exam} (${kind})`;
    assert.ok(o.failed.includes(expected.rule), `${name}: failed ${JSON.stringify(o.failed)}`);
    assert.deepEqual(o.failed.filter((f) => f !== expected.rule && !expected.alsoAllowed.includes(f)), [], name);
    assert.equal(o.verdict, 'fail', name);
    assert.equal(o.state, 'checks-failed', name);
    assert.deepEqual(o.quarantinedSeries, kind === 'burned-in-annotation' ? ['cine-4ch'] : [], name);
  }
});

test('a burned-in 4-chamber cine that did reach the checks would be flagged by its own rule', () => {
  const flawed = outcomes.find((o) => o.truth.defect?.kind === 'burned-in-annotation')!;
  const headers = flawed.truth.series.map((series) => {
    const folder = path.join(phantom, series.directory);
    const instances = fs.readdirSync(folder).map((f) => readDicom(fs.readFileSync(path.join(folder, f))).dataset);
    return { seriesInstanceUID: series.kind, seriesNumber: null, seriesDescription: str(instances[0]!['0008103E']) ?? null, instances };
  });
  const report = checkConformance(CARDIAC_MR_PROTOCOL, headers);
  const failed = report.series.flatMap((s) => s.results.filter((r) => r.verdict === 'fail').map((r) => `${s.name}/${r.rule}`));
  assert.deepEqual(failed, ['cine-4ch/burned-in-annotation']);
});
