// Bland–Altman agreement of two methods (or readers) on the same targets: the bias, the 95 % limits
// of agreement and their confidence intervals as Bland & Altman (1986; 1999, §2.3) give them — the
// standard error of the bias s/√n, of each limit approximately √(3s²/n), both with t on n − 1 df.
import { normalQuantile, tQuantile } from './distributions.ts';
import { checkConfidence, checkFinite, checkSameLength, checkTargetCount } from './inputs.ts';

export interface BlandAltman {
  n: number;
  bias: number;
  sd: number;
  lowerLimit: number;
  upperLimit: number;
  biasCi: [number, number];
  lowerLimitCi: [number, number];
  upperLimitCi: [number, number];
  points: { mean: number; difference: number }[];
}

/** The limits of agreement are always the 95 % ones (bias ± 1.96 s); `confidence` sets the intervals. */
const LIMITS_Z = normalQuantile(0.975);

/** `difference` = a − b, so a positive bias means method a reads higher. */
export function blandAltman(a: readonly number[], b: readonly number[], confidence = 0.95): BlandAltman {
  checkConfidence(confidence);
  checkSameLength(a, b);
  checkTargetCount(a.length, 2);
  checkFinite(a, (i) => `Target ${i + 1}, first series`);
  checkFinite(b, (i) => `Target ${i + 1}, second series`);
  const n = a.length;
  const points = a.map((x, i) => ({ mean: (x + b[i]!) / 2, difference: x - b[i]! }));
  const bias = points.reduce((s, p) => s + p.difference, 0) / n;
  const sd = Math.sqrt(points.reduce((s, p) => s + (p.difference - bias) ** 2, 0) / (n - 1));
  const lowerLimit = bias - LIMITS_Z * sd;
  const upperLimit = bias + LIMITS_Z * sd;
  const t = tQuantile(1 - (1 - confidence) / 2, n - 1);
  const biasHalf = (t * sd) / Math.sqrt(n);
  const limitHalf = t * Math.sqrt((3 * sd * sd) / n);
  return {
    n,
    bias,
    sd,
    lowerLimit,
    upperLimit,
    biasCi: [bias - biasHalf, bias + biasHalf],
    lowerLimitCi: [lowerLimit - limitHalf, lowerLimit + limitHalf],
    upperLimitCi: [upperLimit - limitHalf, upperLimit + limitHalf],
    points,
  };
}
