// Real peers read our output: Debian's pydicom runs a checker written from the standard's table
// (not from our TypeScript table), and dcmtk's dcmdump parses every file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deidentify } from '../deid/src/deidentify.ts';
import { buildPart10, fakeMrDataset, KEY, rawMrHeader, rawPart10 } from '../deid/test/fixtures.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const checker = path.join(here, 'support/check_deidentified.py');
const table = path.resolve(here, '../../shared/data/ps3.15-confidentiality-profile-attributes.json');
const python = '/usr/bin/python3'; // Debian's python3, where python3-pydicom is installed
const options = '--options=rtnLongModifDatesOpt,rtnPatCharsOpt,cleanDescOpt'.split('=');

const inputs: Record<string, Uint8Array> = {
  explicit: buildPart10(fakeMrDataset()),
  implicit: buildPart10(fakeMrDataset(), { transferSyntax: '1.2.840.10008.1.2' }),
  nested: buildPart10(fakeMrDataset({ AnatomicRegionSequence: [{ CodeValue: 'T-32000', CodingSchemeDesignator: 'SRT', CodeMeaning: 'Heart', ReferencedSOPInstanceUID: '1.3.6.1.4.1.99999.5' }] })),
  // Latin-1 text, private elements, a digital signature and trailing padding after the pixel data.
  'after-pixel-data': rawPart10('1.2.840.10008.1.2', [
    { tag: 0x00080005, vr: 'CS', value: 'ISO_IR 100' },
    ...rawMrHeader(),
    { tag: 0x00081030, vr: 'LO', value: new Uint8Array([...new TextEncoder().encode('IRM H'), 0xf4, ...new TextEncoder().encode('pital Dupont')]) },
    { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(32).fill(7) },
    { tag: 0x7fe10010, vr: 'LO', value: 'ACME 1.0' },
    { tag: 0x7fe11001, vr: 'LO', value: 'Dupont Jean' },
    { tag: 0xfffafffa, vr: 'SQ', items: [[{ tag: 0x04000005, vr: 'US', value: new Uint8Array([1, 0]) }]] },
    { tag: 0xfffcfffc, vr: 'OB', value: new Uint8Array(6) },
  ].sort((a, b) => a.tag - b.tag)),
};

describe('peers read and check the de-identified output', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deid-peers-'));
    for (const [name, input] of Object.entries(inputs)) {
      const result = deidentify(input, { subjectCode: 'P01-0001', key: KEY });
      assert.equal(result.status, 'deidentified');
      fs.writeFileSync(path.join(dir, `${name}.orig.dcm`), input);
      if (result.status === 'deidentified') fs.writeFileSync(path.join(dir, `${name}.deid.dcm`), result.output);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const checkerRun = (original: string, deidentified: string) => spawnSync(python, [checker, table, original, deidentified, ...options], { encoding: 'utf8' });

  for (const name of Object.keys(inputs)) {
    it(`${name}: the pydicom checker written from Table E.1-1 finds nothing`, () => {
      const result = checkerRun(path.join(dir, `${name}.orig.dcm`), path.join(dir, `${name}.deid.dcm`));
      assert.equal(result.error, undefined, 'python3-pydicom must be installed (apt-get install python3-pydicom)');
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    it(`${name}: dcmdump reads the output`, () => {
      const result = spawnSync('dcmdump', [path.join(dir, `${name}.deid.dcm`)], { encoding: 'utf8' });
      assert.equal(result.error, undefined, 'dcmtk must be installed (apt-get install dcmtk)');
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /PatientIdentityRemoved/);
    });
  }

  it('the checker does catch an original file (it is not a checker that always passes)', () => {
    const original = path.join(dir, 'explicit.orig.dcm');
    const result = checkerRun(original, original);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /Other Patient IDs/);
    assert.match(result.stdout, /private attribute remains/);
    assert.match(result.stdout, /Study Date date not shifted/);
  });
});
