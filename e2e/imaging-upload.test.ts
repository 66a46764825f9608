// The centre data manager uploads a phantom folder through the page: the centre's key file is read
// from disk, each file is de-identified in the browser, sent by STOW-RS and shown stored, the
// burned-in series quarantined. What the server stored is byte for byte what Node's engine gives
// for the same input and key (SHA-256), so browser and CLI de-identify identically.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { deidentify } from '../deid/src/index.ts';
import { newCentreKeys } from '../cli/src/upload/centre-keys.ts';
import { readSourceHeader } from '../cli/src/upload/source-header.ts';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';

const CLI = path.resolve(import.meta.dirname, '../bin/corelab.js');
let corelab: RunningCorelab;
let browser: Browser;
let work: string;
let folder: string;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-e2e-upload-'));
  const phantom = path.join(work, 'phantom');
  await promisify(execFile)(process.execPath, [CLI, 'phantom', '--subjects', '1', '--seed', '1', '--out', phantom], { maxBuffer: 1 << 24 });
  // A small export: four images of every series of the first exam, and one file that is not DICOM.
  folder = path.join(work, 'export');
  const exam = path.join(phantom, 'subject-001', 'exam-1-baseline');
  for (const series of fs.readdirSync(exam)) {
    fs.mkdirSync(path.join(folder, series), { recursive: true });
    for (const file of fs.readdirSync(path.join(exam, series)).sort().slice(0, 4)) fs.copyFileSync(path.join(exam, series, file), path.join(folder, series, file));
  }
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not DICOM');
  [corelab, browser] = await Promise.all([startCorelab(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

test('the data manager uploads a folder through the page; the stored bytes are those Node de-identifies', { timeout: 180_000 }, async () => {
  const db = corelab.runtime.services.db;
  const north = await db.selectFrom('organisation').select('id').where('name', '=', 'CHU Nord (démo)').executeTakeFirstOrThrow();
  const key = new Uint8Array(randomBytes(32));
  const keyFile = path.join(work, 'centre-keys.json');
  fs.writeFileSync(keyFile, JSON.stringify(newCentreKeys(corelab.projectId, north.id, key)));

  const page = await freshPage(browser);
  // The download fallback is what a test can observe; the File System Access dialog is not.
  await page.addInitScript('delete window.showSaveFilePicker');
  await signIn(page, corelab.url, 'datamanager', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/centre_data_manager`);
  await page.getByTestId('upload-panel').waitFor();
  await settled(page);
  await page.getByTestId('key-file-input').setInputFiles(keyFile);
  await page.getByTestId('key-state').filter({ hasText: /0 sujet/ }).waitFor();
  await page.getByTestId('folder-input').setInputFiles(folder);
  await page.getByTestId('patient-groups').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-status="reading"]') === null);
  assert.equal(await page.getByTestId('patient-groups').locator('tbody tr').count(), 1, 'one patient in the folder');

  await page.getByTestId('subject-assign').click();
  await page.getByTestId('subject-code').waitFor();
  const code = await page.getByTestId('subject-code').innerText();
  assert.equal(code, 'CHUN-0001');
  assert.ok(await page.getByTestId('upload-start').isDisabled(), 'no upload before the key file is saved');
  const download = page.waitForEvent('download');
  await page.getByTestId('save-key').click();
  const saved = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8')) as { subjects: Record<string, string>; key: string };
  assert.deepEqual(Object.values(saved.subjects), ['CHUN-0001'], 'the downloaded key file links the patient to the new subject');
  assert.equal(saved.key, Buffer.from(key).toString('base64'));

  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.getByTestId('upload-start').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-status="waiting"], [data-status="deidentifying"], [data-status="uploading"]').length === 0, undefined, { timeout: 120_000 });
  await screenshot(page, 'imaging-upload-done');

  const statuses = await page.getByTestId('file-progress').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  const dicom = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.dcm'));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  assert.equal(count('not-dicom'), 1);
  assert.equal(count('refused'), 0, await page.getByTestId('file-progress').innerText());
  assert.equal(count('stored') + count('quarantined'), dicom.length);
  assert.equal(count('quarantined'), 4, 'the 4-chamber cine with burned-in identity stays here');
  assert.match(await page.getByTestId('upload-summary').innerText(), new RegExp(`${dicom.length + 1} fichiers : ${count('stored')} enregistrés`));

  const patientId = Object.keys(saved.subjects)[0]!;
  assert.ok(!sent.some((line) => line.includes(patientId)), 'the hospital PatientID is never sent');
  const stored = new Map((await db.selectFrom('instance').select(['sop_instance_uid', 'blob_sha256']).where('project_id', '=', corelab.projectId).execute()).map((r) => [r.sop_instance_uid, r.blob_sha256]));
  assert.equal(stored.size, count('stored'));
  let compared = 0;
  for (const entry of dicom) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(entry.parentPath, entry.name)));
    const node = deidentify(bytes, { subjectCode: code, key });
    if (node.status !== 'deidentified') continue;
    const sop = readSourceHeader(bytes, key).storedSopInstanceUID;
    assert.ok(stored.has(sop), `${entry.name} is stored`);
    assert.equal(stored.get(sop), createHash('sha256').update(node.output).digest('hex'), `${entry.name}: browser and Node give the same bytes`);
    compared++;
  }
  assert.equal(compared, count('stored'));
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});
