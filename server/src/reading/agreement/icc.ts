// Intraclass correlation, the six forms of Shrout & Fleiss (1979) from the two-way ANOVA mean
// squares, with the F tests and confidence bounds exactly as R's psych::ICC (lmer = FALSE) reports
// them: McGraw & Wong (1996) bounds, and for ICC2 the Satterthwaite degrees of freedom.
import { fQuantile, fUpperTail } from './distributions.ts';
import { AgreementInputError } from './errors.ts';
import { checkConfidence, checkFinite, checkTargetCount, MAX_READERS } from './inputs.ts';

export type IccForm = 'ICC1' | 'ICC2' | 'ICC3' | 'ICC1k' | 'ICC2k' | 'ICC3k';

export interface IccEstimate {
  form: IccForm;
  value: number;
  f: number;
  df1: number;
  df2: number;
  p: number;
  lower: number;
  upper: number;
}

export interface IccResult {
  n: number;
  k: number;
  estimates: IccEstimate[];
}

/** Mean squares of the two-way layout (targets × readers, one rating per cell). */
interface MeanSquares {
  between: number; // MSB, targets
  readers: number; // MSJ
  residual: number; // MSE
  within: number; // MSW, one-way: readers and residual pooled
}

/**
 * A sum of squares below this share of the total is rounding noise: residuals of readers who differ
 * by exactly a constant (infinite F), or target means that are all equal (MSB = 0, ICC(1,k) = −∞).
 */
const RESIDUAL_NOISE = 1e-14;

function checkTable(table: readonly (readonly number[])[]): { n: number; k: number } {
  const n = table.length;
  checkTargetCount(n, 2);
  const k = table[0]!.length;
  if (k < 2) throw new AgreementInputError('agreement.too-few-readers', `At least 2 readers are needed (got ${k}).`, { readers: k, minimum: 2 });
  if (k > MAX_READERS) throw new AgreementInputError('agreement.too-many-readers', `At most ${MAX_READERS} readers are accepted (got ${k}).`, { readers: k, maximum: MAX_READERS });
  table.forEach((row, i) => {
    if (row.length !== k) {
      throw new AgreementInputError('agreement.incomplete-row', `Target ${i + 1} has ${row.length} ratings where the first has ${k}: every target needs one rating per reader.`, { target: i + 1 });
    }
    checkFinite(row, (j) => `Target ${i + 1}, reader ${j + 1}`);
  });
  return { n, k };
}

function meanSquares(table: readonly (readonly number[])[], n: number, k: number): MeanSquares {
  let grand = 0;
  const rowMeans = table.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = new Array<number>(k).fill(0);
  for (const row of table) row.forEach((x, j) => (colMeans[j]! += x / n));
  for (const m of rowMeans) grand += m / n;
  let ssRows = 0;
  let ssCols = 0;
  let ssResidual = 0;
  let ssTotal = 0;
  for (const m of rowMeans) ssRows += k * (m - grand) ** 2;
  for (const m of colMeans) ssCols += n * (m - grand) ** 2;
  // Residuals computed cell by cell, not as a difference of sums of squares, which cancels badly.
  table.forEach((row, i) =>
    row.forEach((x, j) => {
      ssResidual += (x - rowMeans[i]! - colMeans[j]! + grand) ** 2;
      ssTotal += (x - grand) ** 2;
    }),
  );
  if (ssTotal === 0) throw new AgreementInputError('agreement.constant-ratings', 'Every rating in the table is the same value: there is no variance to apportion.');
  if (ssResidual <= RESIDUAL_NOISE * ssTotal) {
    throw new AgreementInputError(
      'agreement.no-residual-variance',
      'The readers differ from each other by at most a constant on every target: the residual variance is zero, so the F tests and confidence bounds are undefined.',
    );
  }
  if (ssRows <= RESIDUAL_NOISE * ssTotal) {
    throw new AgreementInputError(
      'agreement.no-target-variance',
      'Every target has the same mean rating: the targets do not differ, so the average-measure ICCs divide by zero and the bounds are undefined.',
    );
  }
  return {
    between: ssRows / (n - 1),
    readers: ssCols / (k - 1),
    residual: ssResidual / ((n - 1) * (k - 1)),
    within: (ssCols + ssResidual) / (n * (k - 1)),
  };
}

export function intraclassCorrelation(table: readonly (readonly number[])[], confidence = 0.95): IccResult {
  checkConfidence(confidence);
  const { n, k } = checkTable(table);
  const { between: msb, readers: msj, residual: mse, within: msw } = meanSquares(table, n, k);
  const q = 1 - (1 - confidence) / 2;

  // One-way model (ICC1, ICC1k): F = MSB / MSW on (n − 1, n(k − 1)).
  const f1 = msb / msw;
  const [d1a, d1b] = [n - 1, n * (k - 1)];
  const p1 = fUpperTail(f1, d1a, d1b);
  const f1Low = f1 / fQuantile(q, d1a, d1b);
  const f1High = f1 * fQuantile(q, d1b, d1a);

  // Two-way models (ICC2, ICC3 and their averages): F = MSB / MSE on (n − 1, (n − 1)(k − 1)).
  const f3 = msb / mse;
  const [d3a, d3b] = [n - 1, (n - 1) * (k - 1)];
  const p3 = fUpperTail(f3, d3a, d3b);
  const f3Low = f3 / fQuantile(q, d3a, d3b);
  const f3High = f3 * fQuantile(q, d3b, d3a);

  const icc2 = (msb - mse) / (msb + (k - 1) * mse + (k * (msj - mse)) / n);
  const [low2, high2] = icc2Bounds(icc2, { msb, msj, mse }, n, k, q);

  const estimate = (form: IccForm, value: number, f: number, df1: number, df2: number, p: number, lower: number, upper: number): IccEstimate => ({ form, value, f, df1, df2, p, lower, upper });
  return {
    n,
    k,
    estimates: [
      estimate('ICC1', (msb - msw) / (msb + (k - 1) * msw), f1, d1a, d1b, p1, (f1Low - 1) / (f1Low + k - 1), (f1High - 1) / (f1High + k - 1)),
      estimate('ICC2', icc2, f3, d3a, d3b, p3, low2, high2),
      estimate('ICC3', (msb - mse) / (msb + (k - 1) * mse), f3, d3a, d3b, p3, (f3Low - 1) / (f3Low + k - 1), (f3High - 1) / (f3High + k - 1)),
      estimate('ICC1k', (msb - msw) / msb, f1, d1a, d1b, p1, 1 - 1 / f1Low, 1 - 1 / f1High),
      estimate('ICC2k', (msb - mse) / (msb + (msj - mse) / n), f3, d3a, d3b, p3, (low2 * k) / (1 + low2 * (k - 1)), (high2 * k) / (1 + high2 * (k - 1))),
      estimate('ICC3k', (msb - mse) / msb, f3, d3a, d3b, p3, 1 - 1 / f3Low, 1 - 1 / f3High),
    ],
  };
}

/** ICC(2,1) bounds: McGraw & Wong (1996) with Satterthwaite's approximate degrees of freedom v. */
function icc2Bounds(icc2: number, ms: { msb: number; msj: number; mse: number }, n: number, k: number, q: number): [number, number] {
  const { msb, msj, mse } = ms;
  const fj = msj / mse;
  const a = n * (1 + (k - 1) * icc2) - k * icc2;
  const v = ((k - 1) * (n - 1) * (k * icc2 * fj + a) ** 2) / ((n - 1) * k ** 2 * icc2 ** 2 * fj ** 2 + a ** 2);
  const fHigh = fQuantile(q, n - 1, v);
  const fLow = fQuantile(q, v, n - 1);
  const denominator = k * msj + (k * n - k - n) * mse;
  return [(n * (msb - fHigh * mse)) / (fHigh * denominator + n * msb), (n * (fLow * msb - mse)) / (denominator + n * fLow * msb)];
}
