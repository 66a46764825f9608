// The agreement statistics against independent implementations run here: R's psych::ICC and
// psych::cohen.kappa (Rscript, Debian r-cran-psych) and statsmodels' cohens_kappa with scipy's
// quantiles (/usr/bin/python3, Debian python3-statsmodels), on the Shrout & Fleiss (1979) table, the
// Bland & Altman (1986) PEFR data, Cohen's (1960) table and seeded random tables of several shapes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { blandAltman, cohensKappa, intraclassCorrelation, type KappaWeights } from '../server/src/reading/agreement/index.ts';

const RSCRIPT = '/usr/bin/Rscript';
const PYTHON = '/usr/bin/python3';

function works(file: string, args: string[]): boolean {
  try {
    execFileSync(file, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
const rPsych = fs.existsSync(RSCRIPT) && works(RSCRIPT, ['-e', 'library(psych)']);
const statsmodels = fs.existsSync(PYTHON) && works(PYTHON, ['-c', 'import statsmodels.stats.inter_rater, scipy.stats']);
/** Installed by .ci/run (where a missing one fails); elsewhere a missing peer skips its tests. */
const skipR = rPsych || process.env.CI ? false : 'R with psych is not installed (apt-get install r-base-core r-cran-psych)';
const skipPython = statsmodels || process.env.CI ? false : 'statsmodels is not installed (apt-get install python3-statsmodels)';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-peer-agreement-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Equal to 1e-8, relative to the size of the value when it is large. */
function near(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= 1e-8 * Math.max(1, Math.abs(expected)), `${what}: ${actual} (ours) against ${expected} (peer)`);
}

/** Deterministic tables: mulberry32 and Box–Muller, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/** n targets × k readers: true value, a bias per reader, noise; rounded to 0.1 as a form would keep. */
function readingTable(seed: number, n: number, k: number, spread: number, bias: number, noise: number): number[][] {
  const r = random(seed);
  const biases = Array.from({ length: k }, () => bias * r.normal());
  return Array.from({ length: n }, () => {
    const truth = 60 + spread * r.normal();
    return biases.map((b) => Math.round((truth + b + noise * r.normal()) * 10) / 10);
  });
}

const SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]];
const ICC_CASES: { name: string; table: number[][]; confidence: number }[] = [
  { name: 'Shrout & Fleiss Table 2', table: SHROUT_FLEISS, confidence: 0.95 },
  { name: 'Shrout & Fleiss Table 2, 90 %', table: SHROUT_FLEISS, confidence: 0.9 },
  { name: '5 targets × 2 readers', table: readingTable(1, 5, 2, 10, 2, 4), confidence: 0.95 },
  { name: '12 × 3, large reader bias', table: readingTable(2, 12, 3, 8, 6, 3), confidence: 0.95 },
  { name: '40 × 4', table: readingTable(3, 40, 4, 12, 1, 5), confidence: 0.99 },
  { name: '200 × 2, LVEF-like', table: readingTable(4, 200, 2, 9, 1.5, 2.5), confidence: 0.95 },
  { name: '30 × 6', table: readingTable(5, 30, 6, 5, 2, 5), confidence: 0.8 },
  { name: '10 × 3, noise only (negative ICC)', table: readingTable(9, 10, 3, 0.5, 0.5, 6), confidence: 0.95 },
  { name: '1000 × 3, near-perfect', table: readingTable(7, 1000, 3, 15, 0.2, 0.3), confidence: 0.95 },
];

describe('ICC against R psych::ICC', { skip: skipR }, () => {
  test('every form: value, F, df, p and bounds to 1e-8', () => {
    // lmer = FALSE: the ANOVA mean squares our forms are defined on (lmer = TRUE fits variance
    // components with lme4 and differs when a component estimate would be negative).
    const files = ICC_CASES.map((c, i) => {
      const file = path.join(dir, `icc-${i}.csv`);
      fs.writeFileSync(file, c.table.map((row) => row.join(',')).join('\n') + '\n');
      return `${file}=${1 - c.confidence}`;
    });
    const script = `
      suppressPackageStartupMessages(library(psych))
      for (arg in commandArgs(trailingOnly = TRUE)) {
        parts <- strsplit(arg, "=", fixed = TRUE)[[1]]
        x <- as.matrix(read.csv(parts[1], header = FALSE))
        r <- ICC(x, lmer = FALSE, alpha = as.numeric(parts[2]))$results
        for (i in 1:6) cat(r$type[i], sprintf("%.17g", unlist(r[i, 2:8])), "\\n")
      }`;
    const out = execFileSync(RSCRIPT, ['-e', script, ...files], { encoding: 'utf8', timeout: 120_000 }).trim().split('\n');
    assert.equal(out.length, ICC_CASES.length * 6);
    ICC_CASES.forEach((c, i) => {
      const ours = intraclassCorrelation(c.table, c.confidence);
      ours.estimates.forEach((e, j) => {
        const [form, ...numbers] = out[i * 6 + j]!.trim().split(/\s+/);
        const [value, f, df1, df2, p, lower, upper] = numbers.map(Number) as [number, number, number, number, number, number, number];
        const what = `${c.name} ${e.form}`;
        assert.equal(e.form, form, what);
        near(e.value, value, `${what} value`);
        near(e.f, f, `${what} F`);
        assert.equal(e.df1, df1, `${what} df1`);
        assert.equal(e.df2, df2, `${what} df2`);
        // p relative to itself: R computes tiny p values exactly too (−expm1 of the log CDF).
        assert.ok(Math.abs(e.p - p) <= 1e-8 * Math.max(p, 1e-300) || Math.abs(e.p - p) < 1e-15, `${what} p: ${e.p} against ${p}`);
        near(e.lower, lower, `${what} lower`);
        near(e.upper, upper, `${what} upper`);
      });
    });
  });
});

/** Category pairs: reader b copies reader a with probability `agreement`, else picks at random. */
function kappaCase(seed: number, n: number, k: number, agreement: number): { a: string[]; b: string[]; categories: string[] } {
  const r = random(seed);
  const categories = Array.from({ length: k }, (_, i) => `grade${i + 1}`);
  const pick = () => Math.min(k - 1, Math.floor(r.uniform() * k));
  // Skewed towards the low grades, so that the margins differ from uniform.
  const a = Array.from({ length: n }, () => Math.min(pick(), pick()));
  const b = a.map((x) => (r.uniform() < agreement ? x : pick()));
  return { a: a.map((x) => categories[x]!), b: b.map((x) => categories[x]!), categories };
}

// Cohen (1960): proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06 of 200 cases.
const COHEN = (() => {
  const counts = [[88, 14, 18], [10, 40, 10], [2, 6, 12]];
  const a: string[] = [];
  const b: string[] = [];
  counts.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) {
      a.push(`grade${i + 1}`);
      b.push(`grade${j + 1}`);
    }
  }));
  return { a, b, categories: ['grade1', 'grade2', 'grade3'] };
})();

const KAPPA_CASES = [
  { name: 'Cohen 1960', ...COHEN },
  { name: '10 targets, 2 categories', ...kappaCase(11, 10, 2, 0.7) },
  { name: '50 targets, 3 categories', ...kappaCase(12, 50, 3, 0.6) },
  { name: '300 targets, 5 categories', ...kappaCase(13, 300, 5, 0.5) },
  { name: '40 targets, 4 categories, poor agreement', ...kappaCase(14, 40, 4, 0.1) },
  // Eight targets over six grades: some grades unused by one reader or both.
  { name: '8 targets, 6 categories', ...kappaCase(15, 8, 6, 0.5) },
];

/** The cross-table of counts, rows reader a, columns reader b, in the categories' order. */
function countTable(c: { a: string[]; b: string[]; categories: string[] }): number[][] {
  const table = c.categories.map(() => c.categories.map(() => 0));
  c.a.forEach((x, t) => (table[c.categories.indexOf(x)]![c.categories.indexOf(c.b[t]!)]! += 1));
  return table;
}

describe("Cohen's kappa against statsmodels and R psych::cohen.kappa", () => {
  test('statsmodels cohens_kappa: kappa, standard error and 95 % interval, each weighting', { skip: skipPython }, () => {
    const script = `
import json, sys
from statsmodels.stats.inter_rater import cohens_kappa
out = []
for table in json.load(sys.stdin):
    row = {}
    for weights in ("none", "linear", "quadratic"):
        r = cohens_kappa(table) if weights == "none" else cohens_kappa(table, wt=weights)
        row[weights] = [r.kappa, r.std_kappa, r.kappa_low, r.kappa_upp]
    out.append(row)
print(json.dumps(out))`;
    const peer = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(KAPPA_CASES.map(countTable)), encoding: 'utf8', timeout: 120_000 })) as Record<KappaWeights, number[]>[];
    KAPPA_CASES.forEach((c, i) => {
      for (const weights of ['none', 'linear', 'quadratic'] as const) {
        const ours = cohensKappa(c.a, c.b, { weights, categories: c.categories });
        const [kappa, se, lower, upper] = peer[i]![weights] as [number, number, number, number];
        const what = `${c.name}, ${weights}`;
        near(ours.kappa, kappa, `${what} kappa`);
        near(ours.se, se, `${what} se`);
        near(ours.lower, lower, `${what} lower`);
        near(ours.upper, upper, `${what} upper`);
      }
    });
  });

  test('psych: unweighted kappa and its standard error, linear and quadratic weighted kappa, at 95 % and 90 %', { skip: skipR }, () => {
    // psych's weighted-kappa variance is not Fleiss, Cohen & Everitt's (its marginal weights use the
    // column margins for both readers: 0.1467 against SAS's 0.1457 on SAS's example), so for weighted
    // kappa only the value is compared here; statsmodels, which matches SAS, checks its SE above.
    const files = KAPPA_CASES.map((c, i) => {
      const file = path.join(dir, `kappa-${i}.csv`);
      fs.writeFileSync(file, c.a.map((x, t) => `${c.categories.indexOf(x) + 1},${c.categories.indexOf(c.b[t]!) + 1}`).join('\n') + '\n');
      return `${file}=${c.categories.length}`;
    });
    const script = `
      suppressPackageStartupMessages(library(psych))
      for (arg in commandArgs(trailingOnly = TRUE)) {
        parts <- strsplit(arg, "=", fixed = TRUE)[[1]]
        x <- as.matrix(read.csv(parts[1], header = FALSE))
        k <- as.integer(parts[2])
        linear <- 1 - abs(outer(1:k, 1:k, "-")) / (k - 1)
        q <- suppressWarnings(cohen.kappa(x, levels = 1:k))
        l <- suppressWarnings(cohen.kappa(x, w = linear, levels = 1:k))
        ninety <- suppressWarnings(cohen.kappa(x, levels = 1:k, alpha = 0.1))
        cat(sprintf("%.17g", c(q$kappa, sqrt(q$var.kappa), l$weighted.kappa, q$weighted.kappa, ninety$confid[1, 1], ninety$confid[1, 3])), "\\n")
      }`;
    const out = execFileSync(RSCRIPT, ['-e', script, ...files], { encoding: 'utf8', timeout: 120_000 }).trim().split('\n');
    assert.equal(out.length, KAPPA_CASES.length);
    KAPPA_CASES.forEach((c, i) => {
      const [kappa, se, linear, quadratic, low90, high90] = out[i]!.trim().split(/\s+/).map(Number) as [number, number, number, number, number, number];
      const ours = cohensKappa(c.a, c.b, { categories: c.categories });
      near(ours.kappa, kappa, `${c.name} kappa`);
      near(ours.se, se, `${c.name} se`);
      near(cohensKappa(c.a, c.b, { categories: c.categories, weights: 'linear' }).kappa, linear, `${c.name} linear`);
      near(cohensKappa(c.a, c.b, { categories: c.categories, weights: 'quadratic' }).kappa, quadratic, `${c.name} quadratic`);
      // psych clips its interval to [−1, 1]; ours is the unclipped normal interval, as statsmodels.
      const ninety = cohensKappa(c.a, c.b, { categories: c.categories, confidence: 0.9 });
      near(Math.max(ninety.lower, -1), low90, `${c.name} 90 % lower`);
      near(Math.min(ninety.upper, 1), high90, `${c.name} 90 % upper`);
    });
  });
});

const WRIGHT = [494, 395, 516, 434, 476, 557, 413, 442, 650, 433, 417, 656, 267, 478, 178, 423, 427];
const MINI_WRIGHT = [512, 430, 520, 428, 500, 600, 364, 380, 658, 445, 432, 626, 260, 477, 259, 350, 451];

describe('Bland–Altman against numpy and scipy', { skip: skipPython }, () => {
  test('bias, SD, limits and their intervals (t and normal quantiles from scipy.stats)', () => {
    const cases = [
      { name: 'PEFR (Bland & Altman 1986)', a: WRIGHT, b: MINI_WRIGHT, confidence: 0.95 },
      ...[[3, 0.95], [25, 0.9], [400, 0.99]].map(([n, confidence], i) => {
        const t = readingTable(20 + i, n!, 2, 10, 2, 3);
        return { name: `${n} targets`, a: t.map((r) => r[0]!), b: t.map((r) => r[1]!), confidence: confidence! };
      }),
    ];
    const script = `
import json, sys
import numpy as np
from scipy import stats
out = []
for c in json.load(sys.stdin):
    d = np.asarray(c["a"], float) - np.asarray(c["b"], float)
    n = len(d)
    bias, sd = d.mean(), d.std(ddof=1)
    z = stats.norm.ppf(0.975)
    t = stats.t.ppf(1 - (1 - c["confidence"]) / 2, n - 1)
    lo, hi = bias - z * sd, bias + z * sd
    hb, hl = t * sd / np.sqrt(n), t * np.sqrt(3 * sd ** 2 / n)
    out.append([bias, sd, lo, hi, bias - hb, bias + hb, lo - hl, lo + hl, hi - hl, hi + hl])
print(json.dumps(out))`;
    const peer = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8', timeout: 60_000 })) as number[][];
    cases.forEach((c, i) => {
      const ba = blandAltman(c.a, c.b, c.confidence);
      const ours = [ba.bias, ba.sd, ba.lowerLimit, ba.upperLimit, ...ba.biasCi, ...ba.lowerLimitCi, ...ba.upperLimitCi];
      const names = ['bias', 'sd', 'lower limit', 'upper limit', 'bias CI low', 'bias CI high', 'lower limit CI low', 'lower limit CI high', 'upper limit CI low', 'upper limit CI high'];
      ours.forEach((value, j) => near(value, peer[i]![j]!, `${c.name} ${names[j]}`));
    });
  });
});
