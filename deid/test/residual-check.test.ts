import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deidentify } from '../src/deidentify.ts';
import { findResidualIdentifiers } from '../src/residual-check.ts';
import { buildPart10, fakeMrDataset, KEY, readBack } from './fixtures.ts';

const ctx = { subjectCodes: new Set(['P01-0001', 'P01-0002']) };

function deidentifiedDataset(subjectCode = 'P01-0001') {
  const result = deidentify(buildPart10(fakeMrDataset()), { subjectCode, key: KEY });
  assert.equal(result.status, 'deidentified');
  return readBack(result.status === 'deidentified' ? result.output : new Uint8Array()).dataset;
}

describe('findResidualIdentifiers', () => {
  it('finds nothing in the engine output', () => {
    assert.deepEqual(findResidualIdentifiers(deidentifiedDataset(), ctx), []);
  });

  it('names every identifying attribute left in an original file', () => {
    const findings = findResidualIdentifiers(readBack(buildPart10(fakeMrDataset())).dataset, ctx);
    const keywords = new Set(findings.map((finding) => finding.keyword));
    for (const keyword of ['PatientName', 'PatientID', 'PatientIdentityRemoved', 'LongitudinalTemporalInformationModified', 'PrivateAttribute', 'OtherPatientIDs', 'InstitutionName', 'ReferringPhysicianName', 'AccessionNumber', 'PatientBirthDate', 'PatientAddress', 'RequestedProcedureID']) {
      assert.ok(keywords.has(keyword), `${keyword} in ${[...keywords].join(', ')}`);
    }
    const nested = findings.find((finding) => finding.keyword === 'RequestedProcedureID');
    assert.equal(nested?.tag, '(0040,0275)[0].(0040,1001)');
    assert.ok(!JSON.stringify(findings).includes('Dupont'), 'findings never quote a value');
  });

  it('refuses a subject code of another centre', () => {
    const findings = findResidualIdentifiers(deidentifiedDataset('P09-0001'), ctx);
    assert.deepEqual(findings.map((finding) => finding.keyword).sort(), ['PatientID', 'PatientName']);
  });

  it('finds a single identifier added after de-identification, and a private tag', () => {
    const dataset = deidentifiedDataset();
    dataset['00101000'] = { vr: 'LO', Value: ['NIR1600175123456'] };
    dataset['00091001'] = { vr: 'LO', Value: ['x'] };
    assert.deepEqual(findResidualIdentifiers(dataset, ctx).map((finding) => [finding.tag, finding.keyword]), [['(0010,1000)', 'OtherPatientIDs'], ['(0009,1001)', 'PrivateAttribute']]);
  });

  it('accepts empty and dummy values of removed attributes', () => {
    const dataset = deidentifiedDataset();
    dataset['00080080'] = { vr: 'LO', Value: ['ANONYMIZED'] };
    dataset['00081070'] = { vr: 'PN', Value: [] };
    assert.deepEqual(findResidualIdentifiers(dataset, ctx), []);
  });

  it('dates without LongitudinalTemporalInformationModified MODIFIED are reported', () => {
    const dataset = deidentifiedDataset();
    delete dataset['00280303'];
    assert.deepEqual(findResidualIdentifiers(dataset, ctx).map((finding) => finding.keyword), ['LongitudinalTemporalInformationModified']);
  });

  it('checks 1,000 data sets in well under a second', () => {
    const dataset = deidentifiedDataset();
    const start = performance.now();
    for (let i = 0; i < 1000; i++) findResidualIdentifiers(dataset, ctx);
    assert.ok(performance.now() - start < 1000);
  });
});
