// The agreement statistics against published worked examples (Shrout & Fleiss 1979, Bland & Altman
// 1986, Cohen 1960, a SAS PROC FREQ printout), their invariances, and one test per refused input.
// The comparison with R's psych and statsmodels run live is in peers/reading-agreement.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AgreementInputError, blandAltman, cohensKappa, intraclassCorrelation, type IccForm } from '../src/reading/agreement/index.ts';

const close = (actual: number, expected: number, tolerance: number, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

const refusal = (code: string) => (error: unknown) => {
  assert.ok(error instanceof AgreementInputError, `expected an AgreementInputError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.equal(error.kind, 'invalid');
  assert.ok(error.message.length > 10);
  return true;
};

/** Rating pairs (reader a, reader b) from a contingency table of counts, categories named by index. */
function pairsFrom(counts: number[][], names = counts.map((_, i) => String(i + 1))): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  counts.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) {
      a.push(names[i]!);
      b.push(names[j]!);
    }
  }));
  return { a, b };
}

// Shrout & Fleiss (1979), Psychological Bulletin 86:420–428, Table 2: 6 targets rated by 4 judges.
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('intraclass correlation', () => {
  const result = intraclassCorrelation(SHROUT_FLEISS);
  const form = (name: IccForm) => result.estimates.find((e) => e.form === name)!;

  test('gives the six values Shrout & Fleiss (1979, Table 4) report for their Table 2', () => {
    assert.equal(result.n, 6);
    assert.equal(result.k, 4);
    assert.deepEqual(result.estimates.map((e) => e.form), ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k']);
    // ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
    const published: Record<IccForm, number> = { ICC1: 0.17, ICC2: 0.29, ICC3: 0.71, ICC1k: 0.44, ICC2k: 0.62, ICC3k: 0.91 };
    for (const e of result.estimates) close(e.value, published[e.form], 0.005, e.form);
  });

  test('F tests, degrees of freedom and bounds as R psych::ICC (2.2.9, lmer = FALSE) printed them for that table', () => {
    const psych: Record<IccForm, [number, number, number, number, number, number, number]> = {
      ICC1: [0.1657417684, 1.794678492, 5, 18, 0.1647688083446, -0.13293232487, 0.7225600623],
      ICC2: [0.2897637795, 11.027247956, 5, 15, 0.0001345665165, 0.01878651337, 0.7610843696],
      ICC3: [0.7148407148, 11.027247956, 5, 15, 0.0001345665165, 0.34246476503, 0.94585826],
      ICC1k: [0.4427971337, 1.794678492, 5, 18, 0.1647688083446, -0.88444215524, 0.9124154203],
      ICC2k: [0.6200505476, 11.027247956, 5, 15, 0.0001345665165, 0.0711368153, 0.9272320402],
      ICC3k: [0.9093155424, 11.027247956, 5, 15, 0.0001345665165, 0.67567471382, 0.9858916782],
    };
    for (const e of result.estimates) {
      const [value, f, df1, df2, p, lower, upper] = psych[e.form];
      close(e.value, value, 1e-9, `${e.form} value`);
      close(e.f, f, 1e-8, `${e.form} F`);
      assert.equal(e.df1, df1);
      assert.equal(e.df2, df2);
      close(e.p, p, 1e-12, `${e.form} p`);
      close(e.lower, lower, 1e-9, `${e.form} lower`);
      close(e.upper, upper, 1e-9, `${e.form} upper`);
    }
  });

  test('a lower confidence level gives a narrower interval inside the 95 % one, around the same value', () => {
    const ninety = intraclassCorrelation(SHROUT_FLEISS, 0.9);
    for (const e of ninety.estimates) {
      const wide = form(e.form);
      assert.equal(e.value, wide.value);
      assert.ok(e.lower > wide.lower && e.upper < wide.upper, `${e.form}: [${e.lower}, ${e.upper}] inside [${wide.lower}, ${wide.upper}]`);
      assert.ok(e.lower < e.value && e.value < e.upper);
    }
  });

  test('does not change when every rating is rescaled (mL to L and shifted)', () => {
    const rescaled = intraclassCorrelation(SHROUT_FLEISS.map((row) => row.map((x) => x / 1000 + 42)));
    for (const e of rescaled.estimates) {
      const original = form(e.form);
      close(e.value, original.value, 1e-9, e.form);
      close(e.lower, original.lower, 1e-9, e.form);
      close(e.upper, original.upper, 1e-9, e.form);
    }
  });

  test('readers swapped (columns in another order) give the same estimates', () => {
    const swapped = intraclassCorrelation(SHROUT_FLEISS.map((row) => [row[3]!, row[1]!, row[0]!, row[2]!]));
    swapped.estimates.forEach((e, i) => close(e.value, result.estimates[i]!.value, 1e-12, e.form));
  });

  test('a p value far below 1e-16 is still given (upper tail, not 1 − CDF): R pf(…, lower.tail = FALSE) 1.42442408183e-162', () => {
    const targets = Array.from({ length: 60 }, (_, i) => [i, i + ((i * 7) % 3) - 1, i + ((i * 5) % 3) - 1]);
    const icc3 = intraclassCorrelation(targets).estimates.find((e) => e.form === 'ICC3')!;
    close(icc3.f, 2707.25, 1e-9, 'F');
    close(icc3.p / 1.42442408183292e-162, 1, 1e-9, 'p relative');
    close(icc3.value, 0.9988926824767, 1e-12, 'ICC3');
  });

  test('refuses each bad table with its code', () => {
    assert.throws(() => intraclassCorrelation([[1, 2]]), refusal('agreement.too-few-targets'));
    assert.throws(() => intraclassCorrelation([]), refusal('agreement.too-few-targets'));
    assert.throws(() => intraclassCorrelation(Array.from({ length: 100_001 }, (_, i) => [i, i + 1])), refusal('agreement.too-many-targets'));
    assert.throws(() => intraclassCorrelation([[1], [2], [3]]), refusal('agreement.too-few-readers'));
    assert.throws(() => intraclassCorrelation([Array.from({ length: 51 }, (_, j) => j), Array.from({ length: 51 }, (_, j) => 2 * j)]), refusal('agreement.too-many-readers'));
    assert.throws(() => intraclassCorrelation([[1, 2], [3, 4, 5], [6, 7]]), refusal('agreement.incomplete-row'));
    assert.throws(() => intraclassCorrelation([[1, 2], [3, Number.NaN], [6, 7]]), refusal('agreement.not-finite'));
    assert.throws(() => intraclassCorrelation([[1, 2], [3, Number.POSITIVE_INFINITY], [6, 7]]), refusal('agreement.not-finite'));
    assert.throws(() => intraclassCorrelation([[5, 5], [5, 5], [5, 5]]), refusal('agreement.constant-ratings'));
    // Reader 2 = reader 1 + 0.1 on every target: no residual variance, even through rounding.
    assert.throws(() => intraclassCorrelation([[1.1, 1.2], [2.3, 2.4], [3.7, 3.8]]), refusal('agreement.no-residual-variance'));
    // Every target's mean is 1.5: MSB = 0 and ICC(1,k) = (MSB − MSW) / MSB has no value.
    assert.throws(() => intraclassCorrelation([[1, 2], [2, 1], [1.25, 1.75]]), refusal('agreement.no-target-variance'));
    for (const confidence of [0, 1, -0.5, 1.5, Number.NaN]) {
      assert.throws(() => intraclassCorrelation(SHROUT_FLEISS, confidence), refusal('agreement.invalid-confidence'));
    }
  });
});

// Bland & Altman (1986), Lancet i:307–310, Table 1: PEFR (l/min), first reading with the Wright and
// with the mini Wright peak flow meter, 17 subjects.
const WRIGHT = [494, 395, 516, 434, 476, 557, 413, 442, 650, 433, 417, 656, 267, 478, 178, 423, 427];
const MINI_WRIGHT = [512, 430, 520, 428, 500, 600, 364, 380, 658, 445, 432, 626, 260, 477, 259, 350, 451];

describe('Bland–Altman', () => {
  const ba = blandAltman(WRIGHT, MINI_WRIGHT);

  test('bias −2.1 and SD 38.8 l/min as Bland & Altman (1986) report', () => {
    assert.equal(ba.n, 17);
    close(ba.bias, -2.1, 0.05, 'bias');
    close(ba.sd, 38.8, 0.05, 'sd');
    close(ba.bias, -36 / 17, 1e-12, 'bias');
    // The paper's limits are d̄ ± 2s from the rounded −2.1 and 38.8 (−79.7 to 75.5 l/min); ours are
    // the 95 % ones, d̄ ± 1.96 s, from the unrounded values.
    close(ba.bias - 2 * ba.sd, -79.7, 0.1, 'paper lower limit');
    close(ba.bias + 2 * ba.sd, 75.5, 0.1, 'paper upper limit');
    close(ba.lowerLimit, -78.1, 0.05, 'lower limit');
    close(ba.upperLimit, 73.9, 0.05, 'upper limit');
  });

  test('confidence intervals: bias −22.0 to 17.8, limits ± t·√(3s²/n) as in the paper (−114.3 to −45.1 around −79.7)', () => {
    close(ba.biasCi[0], -22.0, 0.05, 'bias CI low');
    close(ba.biasCi[1], 17.8, 0.05, 'bias CI high');
    const paperHalfWidth = (114.3 - 45.1) / 2;
    for (const [ci, limit] of [[ba.lowerLimitCi, ba.lowerLimit], [ba.upperLimitCi, ba.upperLimit]] as const) {
      close((ci[1] - ci[0]) / 2, paperHalfWidth, 0.1, 'limit CI half-width');
      close((ci[0] + ci[1]) / 2, limit, 1e-9, 'limit CI centre');
    }
  });

  test('one point per subject: the mean of the two methods and Wright − mini Wright', () => {
    assert.equal(ba.points.length, 17);
    assert.deepEqual(ba.points[0], { mean: 503, difference: -18 });
    assert.deepEqual(ba.points[14], { mean: 218.5, difference: -81 });
  });

  test('the methods swapped mirror the bias and the limits', () => {
    const swapped = blandAltman(MINI_WRIGHT, WRIGHT);
    close(swapped.bias, -ba.bias, 1e-12);
    close(swapped.sd, ba.sd, 1e-12);
    close(swapped.lowerLimit, -ba.upperLimit, 1e-9);
    close(swapped.upperLimitCi[1], -ba.lowerLimitCi[0], 1e-9);
  });

  test('a 90 % interval is narrower; identical differences give a zero SD, not an error', () => {
    const ninety = blandAltman(WRIGHT, MINI_WRIGHT, 0.9);
    assert.equal(ninety.lowerLimit, ba.lowerLimit);
    assert.ok(ninety.biasCi[0] > ba.biasCi[0] && ninety.biasCi[1] < ba.biasCi[1]);
    const offset = blandAltman([10, 20, 30], [8, 18, 28]);
    assert.equal(offset.bias, 2);
    assert.equal(offset.sd, 0);
    assert.deepEqual(offset.upperLimitCi, [2, 2]);
  });

  test('refuses each bad input with its code', () => {
    assert.throws(() => blandAltman([1, 2, 3], [1, 2]), refusal('agreement.unequal-lengths'));
    assert.throws(() => blandAltman([1], [2]), refusal('agreement.too-few-targets'));
    assert.throws(() => blandAltman([1, 2, Number.NaN], [1, 2, 3]), refusal('agreement.not-finite'));
    assert.throws(() => blandAltman([1, 2, 3], [1, Number.NEGATIVE_INFINITY, 3]), refusal('agreement.not-finite'));
    const many = Array.from({ length: 100_001 }, (_, i) => i);
    assert.throws(() => blandAltman(many, many), refusal('agreement.too-many-targets'));
    assert.throws(() => blandAltman(WRIGHT, MINI_WRIGHT, 0), refusal('agreement.invalid-confidence'));
  });
});

describe("Cohen's kappa", () => {
  test('Cohen (1960): 200 cases, p_o = .70, p_c = .41, κ = .492', () => {
    // Cohen's table of proportions (.44 .07 .09 / .05 .20 .05 / .01 .03 .06) as counts of 200.
    const { a, b } = pairsFrom([[88, 14, 18], [10, 40, 10], [2, 6, 12]]);
    const k = cohensKappa(a, b);
    assert.equal(k.n, 200);
    close(k.observedAgreement, 0.7, 1e-12);
    close(k.expectedAgreement, 0.41, 1e-12);
    close(k.kappa, 0.492, 0.0005);
    assert.deepEqual(k.categories, ['1', '2', '3']);
  });

  // SAS PROC FREQ printout for a 3 × 3 table, reproduced in statsmodels' test_inter_rater.py.
  const SAS = pairsFrom([[0, 4, 1], [0, 8, 0], [0, 1, 5]]);

  test('simple kappa 0.4842, ASE 0.1380, 95 % limits 0.2137 to 0.7547 (SAS)', () => {
    const k = cohensKappa(SAS.a, SAS.b, { categories: ['1', '2', '3'] });
    close(k.kappa, 0.4842, 5e-5);
    close(k.se, 0.138, 5e-5);
    close(k.lower, 0.2137, 5e-5);
    close(k.upper, 0.7547, 5e-5);
    assert.equal(k.weights, 'none');
  });

  test('weighted kappa (Cicchetti–Allison, linear) 0.4701, ASE 0.1457, 95 % limits 0.1845 to 0.7558 (SAS)', () => {
    const k = cohensKappa(SAS.a, SAS.b, { categories: ['1', '2', '3'], weights: 'linear' });
    close(k.kappa, 0.4701, 5e-5);
    close(k.se, 0.1457, 5e-5);
    close(k.lower, 0.1845, 5e-5);
    close(k.upper, 0.7558, 5e-5);
  });

  test('two categories: the three weightings agree; the readers swapped give the same kappa', () => {
    const { a, b } = pairsFrom([[20, 5], [10, 15]], ['yes', 'no']);
    const none = cohensKappa(a, b);
    for (const weights of ['linear', 'quadratic'] as const) close(cohensKappa(a, b, { weights, categories: ['no', 'yes'] }).kappa, none.kappa, 1e-12, weights);
    const swapped = cohensKappa(b, a);
    close(swapped.kappa, none.kappa, 1e-12);
    close(swapped.se, none.se, 1e-12);
  });

  test('numeric categories in numeric order; an unused category changes the weights but not simple kappa', () => {
    const a = ['1', '2', '9', '10', '10', '2'];
    const b = ['1', '9', '9', '10', '2', '2'];
    assert.deepEqual(cohensKappa(a, b).categories, ['1', '2', '9', '10']);
    const observed = cohensKappa(a, b, { weights: 'quadratic' });
    const wider = cohensKappa(a, b, { weights: 'quadratic', categories: ['1', '2', '3', '9', '10'] });
    assert.notEqual(observed.kappa, wider.kappa);
    close(cohensKappa(a, b, { categories: ['1', '2', '3', '9', '10'] }).kappa, cohensKappa(a, b).kappa, 1e-12);
  });

  test('perfect agreement: κ = 1 with a zero standard error', () => {
    const k = cohensKappa(['a', 'b', 'c', 'a'], ['a', 'b', 'c', 'a']);
    close(k.kappa, 1, 1e-12);
    close(k.se, 0, 1e-7);
  });

  test('refuses each bad input with its code', () => {
    assert.throws(() => cohensKappa(['a', 'b'], ['a']), refusal('agreement.unequal-lengths'));
    assert.throws(() => cohensKappa(['a'], ['a']), refusal('agreement.too-few-targets'));
    assert.throws(() => cohensKappa(['a', 'b', 'x'], ['a', 'b', 'b'], { categories: ['a', 'b'] }), refusal('agreement.unknown-category'));
    assert.throws(() => cohensKappa(['a', 'b'], ['a', 'b'], { categories: ['a', 'b', 'a'] }), refusal('agreement.duplicate-category'));
    assert.throws(() => cohensKappa(['a', 'b'], ['a', 'b'], { categories: Array.from({ length: 101 }, (_, i) => `c${i}`) }), refusal('agreement.too-many-categories'));
    assert.throws(() => cohensKappa(['mild', 'severe'], ['mild', 'mild'], { weights: 'linear' }), refusal('agreement.categories-required'));
    assert.throws(() => cohensKappa(['yes', 'yes', 'yes'], ['yes', 'yes', 'yes']), refusal('agreement.constant-ratings'));
    assert.throws(() => cohensKappa(['a', 'b'], ['b', 'a'], { confidence: 95 }), refusal('agreement.invalid-confidence'));
    const many = Array.from({ length: 100_001 }, (_, i) => String(i % 3));
    assert.throws(() => cohensKappa(many, many), refusal('agreement.too-many-targets'));
  });
});
