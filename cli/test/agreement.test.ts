// `corelab agreement` as a statistician runs it: a real process on CSV files, the readable table and
// the JSON, and one refused file (or option) per class of error, each with its line, code and exit 1.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { blandAltman, intraclassCorrelation } from '../../server/src/reading/agreement/index.ts';

const CLI = path.resolve(import.meta.dirname, '../../bin/corelab.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-agreement-cli-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function corelab(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'agreement', ...args], { timeout: 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

let files = 0;
function csv(content: string | Buffer): string {
  const file = path.join(dir, `table-${++files}.csv`);
  fs.writeFileSync(file, content);
  return file;
}

// Shrout & Fleiss (1979), Table 2.
const SHROUT_FLEISS = 'target,judge1,judge2,judge3,judge4\nS1,9,2,5,8\nS2,6,1,3,2\nS3,8,4,6,8\nS4,7,1,2,6\nS5,10,5,6,9\nS6,6,2,4,7\n';
// Bland & Altman (1986), Table 1: first PEFR reading on each meter, with the second readings beside.
const WRIGHT = [494, 395, 516, 434, 476, 557, 413, 442, 650, 433, 417, 656, 267, 478, 178, 423, 427];
const MINI = [512, 430, 520, 428, 500, 600, 364, 380, 658, 445, 432, 626, 260, 477, 259, 350, 451];
const PEFR = `id;wright1;mini1;note\r\n${WRIGHT.map((w, i) => `${i + 1};${w};${MINI[i]};"subject ${i + 1}"`).join('\r\n')}\r\n`;

describe('corelab agreement: results', () => {
  test('icc: the Shrout & Fleiss table as a readable table, the target column left out', async () => {
    const r = await corelab('icc', '--csv', csv(SHROUT_FLEISS));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /6 targets × 4 readers \(judge1, judge2, judge3, judge4\), 95 % confidence/);
    // Their published values: .17 .29 .71 .44 .62 .91.
    for (const [form, value] of [['ICC1', '0.166'], ['ICC2', '0.290'], ['ICC3', '0.715'], ['ICC1k', '0.443'], ['ICC2k', '0.620'], ['ICC3k', '0.909']]) {
      assert.match(r.stdout, new RegExp(`^${form}\\s+${value}\\s+\\[`, 'm'), form);
    }
    assert.match(r.stdout, /^ICC3\s+0\.715\s+\[0\.342, 0\.946\]\s+11\.03\s+5\s+15\s+1\.3e-4\s+two-way mixed/m);
  });

  test('icc --json --columns --confidence: the library result for those columns', async () => {
    const r = await corelab('icc', '--csv', csv(SHROUT_FLEISS), '--json', '--columns', 'judge4,judge1,judge3', '--confidence', '0.9');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { statistic: string; columns: string[]; confidence: number; n: number; k: number; estimates: unknown[] };
    const table = [[8, 9, 5], [2, 6, 3], [8, 8, 6], [6, 7, 2], [9, 10, 6], [7, 6, 4]];
    assert.deepEqual(out, { statistic: 'icc', columns: ['judge4', 'judge1', 'judge3'], confidence: 0.9, ...intraclassCorrelation(table, 0.9) });
  });

  test('bland-altman on a ;-separated CRLF file with an id column and a text column left aside', async () => {
    const file = csv(PEFR);
    const r = await corelab('bland-altman', '--csv', file, '--columns', 'wright1,mini1');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wright1 − mini1, 17 targets/);
    // Measurements in the hundreds: one decimal, as the paper prints them (bias −2.1, SD 38.8).
    assert.match(r.stdout, /^Bias \(mean difference\)\s+-2\.1\s+\[-22\.0, 17\.8\]$/m);
    assert.match(r.stdout, /^SD of the differences\s+38\.8$/m);
    assert.match(r.stdout, /^Lower limit of agreement\s+-78\.1\s+\[-112\.6, -43\.6\]$/m);
    const json = JSON.parse((await corelab('bland-altman', '--csv', file, '--columns', 'wright1,mini1', '--json')).stdout) as { points: { id: string; mean: number; difference: number }[]; bias: number; upperLimitCi: number[] };
    const expected = blandAltman(WRIGHT, MINI);
    assert.equal(json.bias, expected.bias);
    assert.deepEqual(json.upperLimitCi, expected.upperLimitCi);
    assert.deepEqual(json.points[14], { id: '15', mean: 218.5, difference: -81 });
  });

  test('a decimal comma in a ;-separated file and a byte-order mark are read', async () => {
    const r = await corelab('bland-altman', '--csv', csv('\uFEFFa;b\n1,5;1,0\n2,5;2,25\n3;3,5\n'), '--json');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { n: number; bias: number; columns: string[] };
    assert.deepEqual(out.columns, ['a', 'b']);
    assert.equal(out.n, 3);
    assert.ok(Math.abs(out.bias - (0.5 + 0.25 - 0.5) / 3) < 1e-12);
  });

  test('kappa: unweighted, then quadratic with the categories in scale order (one never used)', async () => {
    const rows = ['none,none', 'mild,mild', 'mild,moderate', 'severe,severe', 'none,mild', 'moderate,moderate', 'none,none', 'severe,moderate'];
    const file = csv(`exam,reader A,reader B\n${rows.map((r, i) => `E${i},${r}`).join('\n')}\n`);
    const plain = await corelab('kappa', '--csv', file, '--columns', 'reader A,reader B', '--json');
    assert.equal(plain.code, 0, plain.stderr);
    const k = JSON.parse(plain.stdout) as { kappa: number; categories: string[]; observedAgreement: number; n: number };
    assert.equal(k.n, 8);
    assert.equal(k.observedAgreement, 5 / 8);
    assert.deepEqual(k.categories, ['mild', 'moderate', 'none', 'severe']);
    const weighted = await corelab('kappa', '--csv', file, '--columns', 'reader A,reader B', '--weights', 'quadratic', '--categories', 'none,mild,moderate,severe,critical');
    assert.equal(weighted.code, 0, weighted.stderr);
    assert.match(weighted.stdout, /^Weighted kappa \(quadratic weights\): reader A and reader B, 8 targets, categories none < mild < moderate < severe < critical$/m);
    assert.match(weighted.stdout, /^Kappa\s+0\.\d{3}$/m);
  });

  test('--help describes each statistic and the table', async () => {
    for (const statistic of ['icc', 'bland-altman', 'kappa']) {
      const r = await corelab(statistic, '--help');
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`Usage: corelab agreement ${statistic}`));
      assert.match(r.stdout, /--csv <file>/);
      assert.match(r.stdout, /one row per target/);
    }
    assert.match((await corelab('--help')).stdout, /icc.*\n.*bland-altman.*\n.*kappa/s);
  });
});

describe('corelab agreement: refusals (exit 1, the line and a stable code)', () => {
  const refused = async (args: string[], code: string, message: RegExp) => {
    const r = await corelab(...args);
    assert.equal(r.code, 1, `${args.join(' ')}: exit ${r.code}, ${r.stdout}`);
    assert.equal(r.stdout, '');
    if (code) assert.match(r.stderr, new RegExp(`\\[${code.replaceAll('.', '\\.')}\\]`), r.stderr);
    assert.match(r.stderr, message);
  };

  test('files that cannot be read: missing, a folder, too large, not UTF-8', async () => {
    await refused(['icc', '--csv', path.join(dir, 'nowhere.csv')], 'agreement-csv.unreadable', /cannot read .*nowhere\.csv: ENOENT/);
    await refused(['icc', '--csv', dir], 'agreement-csv.unreadable', /is not a file/);
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, 'a,b\n');
    fs.truncateSync(big, 64 * 1024 * 1024 + 1);
    await refused(['icc', '--csv', big], 'agreement-csv.too-large', /64\.0 MiB; at most 64 MiB/);
    await refused(['icc', '--csv', csv(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0x2c, 0x31, 0x0a]))], 'agreement-csv.not-utf8', /not UTF-8/);
  });

  test('tables with no data or a broken structure', async () => {
    await refused(['icc', '--csv', csv('\n\n')], 'agreement-csv.empty', /is empty/);
    await refused(['icc', '--csv', csv('a,b,c\n')], 'agreement-csv.no-rows', /header and no target/);
    await refused(['icc', '--csv', csv('a,b\n1,2\n3,"4\n5,6\n')], 'agreement-csv.malformed', /not well-formed CSV/);
    await refused(['icc', '--csv', csv('a,b,a\n1,2,3\n')], 'agreement-csv.duplicate-column', /line 1: the column "a" appears twice/);
    await refused(['icc', '--csv', csv('a,,c\n1,2,3\n')], 'agreement-csv.empty-column-name', /line 1: column 2 has no name/);
    await refused(['icc', '--csv', csv('a,b,c\n1,2,3\n4,5\n6,7,8\n')], 'agreement-csv.wrong-field-count', /line 3: 2 fields where the header has 3/);
    await refused(['icc', '--csv', csv(`a,b\n${'1,2\n'.repeat(100_001)}`)], 'agreement-csv.too-many-rows', /more than 100000 targets/);
  });

  test('values: missing, not a number, not finite, a repeated target id', async () => {
    await refused(['icc', '--csv', csv('id,a,b\nx,1,2\ny,3,\nz,5,6\n')], 'agreement-csv.missing-value', /line 3, column b: no value/);
    await refused(['icc', '--csv', csv('id,a,b\nx,1,2\ny,3,4\nz,five,6\n')], 'agreement-csv.not-a-number', /line 4, column a: "five" is not a finite number/);
    await refused(['icc', '--csv', csv('a,b\n1,2\n3,1e999\n')], 'agreement-csv.not-a-number', /line 3, column b: "1e999"/);
    await refused(['bland-altman', '--csv', csv('a,b\n1,2\nNaN,4\n')], 'agreement-csv.not-a-number', /line 3, column a: "NaN"/);
    await refused(['icc', '--csv', csv('target,a,b\nx,1,2\ny,3,4\nx,5,6\n')], 'agreement-csv.duplicate-id', /line 4: the target "x" is already on line 2/);
  });

  test('columns: an unknown name, the wrong number for the statistic', async () => {
    const file = csv(SHROUT_FLEISS);
    await refused(['icc', '--csv', file, '--columns', 'judge1,judge9'], 'agreement-csv.unknown-column', /no column "judge9"/);
    await refused(['icc', '--csv', file, '--columns', 'judge1,judge1'], 'agreement-csv.duplicate-column', /names "judge1" twice/);
    await refused(['bland-altman', '--csv', file], 'agreement-csv.wrong-column-count', /4 reader columns \(judge1, judge2, judge3, judge4\) where this statistic takes exactly 2: choose them with --columns/);
    await refused(['icc', '--csv', file, '--columns', 'judge2'], 'agreement-csv.wrong-column-count', /1 reader column \(judge2\) where this statistic takes 2 to 50/);
  });

  test("kappa: a value outside --categories (with its line), weights on unordered names", async () => {
    const file = csv('id,r1,r2\n1,low,low\n2,high,medium\n3,low,hgh\n');
    await refused(['kappa', '--csv', file, '--categories', 'low,medium,high'], 'agreement-csv.unknown-category', /line 4, column r2: "hgh" is not one of --categories/);
    await refused(['kappa', '--csv', file, '--weights', 'linear'], 'agreement.categories-required', /scale order/);
  });

  test('tables the statistics refuse: constant ratings, a single target, perfect agreement', async () => {
    await refused(['icc', '--csv', csv('a,b\n5,5\n5,5\n5,5\n')], 'agreement.constant-ratings', /no variance/);
    await refused(['bland-altman', '--csv', csv('a,b\n5,6\n')], 'agreement.too-few-targets', /At least 2 targets/);
    await refused(['kappa', '--csv', csv('a,b\nyes,yes\nyes,yes\n')], 'agreement.constant-ratings', /same category/);
    await refused(['icc', '--csv', csv('a,b\n1,2\n3,4\n7,8\n')], 'agreement.no-residual-variance', /residual variance is zero/);
  });

  test('bad options: confidence out of range, unknown weights, no --csv', async () => {
    await refused(['icc', '--csv', csv(SHROUT_FLEISS), '--confidence', '95'], '', /--confidence.*strictly between 0 and 1/);
    await refused(['icc', '--csv', csv(SHROUT_FLEISS), '--confidence', '1'], '', /strictly between 0 and 1/);
    await refused(['kappa', '--csv', csv('a,b\n1,2\n2,2\n'), '--weights', 'cubic'], '', /--weights.*choices/s);
    await refused(['icc'], '', /required option '--csv <file>' not specified/);
  });
});
