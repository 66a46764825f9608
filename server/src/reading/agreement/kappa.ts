// Cohen's kappa for two readers' categories, unweighted (Cohen 1960) or weighted (Cohen 1968) with
// linear (Cicchetti–Allison) or quadratic (Fleiss–Cohen) weights on equally spaced categories, as
// R's psych::cohen.kappa and statsmodels' cohens_kappa define them; the large-sample standard error
// of Fleiss, Cohen & Everitt (1969) and the normal interval, as statsmodels reports them (not clipped
// to [−1, 1]).
import { normalQuantile } from './distributions.ts';
import { AgreementInputError } from './errors.ts';
import { checkConfidence, checkSameLength, checkTargetCount, MAX_CATEGORIES } from './inputs.ts';

export type KappaWeights = 'none' | 'linear' | 'quadratic';

export interface Kappa {
  n: number;
  kappa: number;
  se: number;
  lower: number;
  upper: number;
  /** Weighted by the agreement weights when weighted: Σ w·p over the observed table. */
  observedAgreement: number;
  /** Σ w·p over the table expected from the two readers' margins. */
  expectedAgreement: number;
  weights: KappaWeights;
  categories: string[];
}

export interface KappaOptions {
  weights?: KappaWeights;
  /** The categories in scale order (weights depend on it); may include categories nobody used. */
  categories?: string[];
  confidence?: number;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Without a given order: numbers by value (so "10" after "9"), anything else by code point. */
function observedCategories(a: readonly string[], b: readonly string[], weights: KappaWeights): string[] {
  const seen = [...new Set([...a, ...b])];
  if (seen.every((c) => NUMERIC.test(c))) return seen.sort((x, y) => Number(x) - Number(y));
  if (weights !== 'none') {
    throw new AgreementInputError('agreement.categories-required', 'Weighted kappa needs the categories in their scale order when they are not numbers.');
  }
  return seen.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function checkCategories(categories: readonly string[]): void {
  if (categories.length > MAX_CATEGORIES) {
    throw new AgreementInputError('agreement.too-many-categories', `At most ${MAX_CATEGORIES} categories are accepted (got ${categories.length}).`);
  }
  const duplicate = categories.find((c, i) => categories.indexOf(c) !== i);
  if (duplicate !== undefined) throw new AgreementInputError('agreement.duplicate-category', `The category "${duplicate}" is listed twice.`, { category: duplicate });
}

/** Agreement weights w = 1 − disagreement: 1 on the diagonal, 0 between the two extreme categories. */
function weightMatrix(k: number, weights: KappaWeights): number[][] {
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      if (i === j) return 1;
      if (weights === 'none') return 0;
      const distance = Math.abs(i - j) / (k - 1);
      return 1 - (weights === 'linear' ? distance : distance ** 2);
    }),
  );
}

export function cohensKappa(a: readonly string[], b: readonly string[], options: KappaOptions = {}): Kappa {
  const weights = options.weights ?? 'none';
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  checkSameLength(a, b);
  checkTargetCount(a.length, 2);
  const categories = options.categories ? [...options.categories] : observedCategories(a, b, weights);
  checkCategories(categories);
  const index = new Map(categories.map((c, i) => [c, i]));
  const k = categories.length;
  const n = a.length;

  // p[i][j]: share of targets that reader a put in category i and reader b in category j.
  const p = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  a.forEach((x, t) => {
    const i = index.get(x);
    const j = index.get(b[t]!);
    if (i === undefined || j === undefined) {
      const unknown = i === undefined ? x : b[t]!;
      throw new AgreementInputError('agreement.unknown-category', `Target ${t + 1}: "${unknown}" is not one of the categories (${categories.join(', ')}).`, { target: t + 1, category: unknown });
    }
    p[i]![j]! += 1 / n;
  });
  const rows = p.map((row) => row.reduce((s, x) => s + x, 0));
  const cols = categories.map((_, j) => p.reduce((s, row) => s + row[j]!, 0));
  const w = weightMatrix(k, weights);

  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      observed += w[i]![j]! * p[i]![j]!;
      expected += w[i]![j]! * rows[i]! * cols[j]!;
    }
  }
  if (1 - expected <= 1e-12) {
    throw new AgreementInputError('agreement.constant-ratings', 'Both readers put every target in the same category: agreement expected by chance is complete and kappa is undefined.');
  }
  const kappa = (observed - expected) / (1 - expected);

  // Fleiss, Cohen & Everitt (1969): Var = [Σ p_ij (w_ij − (w̄_i. + w̄_.j)(1 − κ))² − (κ − p_e(1 − κ))²] / (n (1 − p_e)²),
  // w̄_i. = Σ_j p_.j w_ij and w̄_.j = Σ_i p_i. w_ij (unweighted: w = identity gives the 1960 form).
  const rowWeight = w.map((row) => row.reduce((s, x, j) => s + x * cols[j]!, 0));
  const colWeight = categories.map((_, j) => w.reduce((s, row, i) => s + row[j]! * rows[i]!, 0));
  let sum = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) sum += p[i]![j]! * (w[i]![j]! - (rowWeight[i]! + colWeight[j]!) * (1 - kappa)) ** 2;
  }
  const variance = (sum - (kappa - expected * (1 - kappa)) ** 2) / (n * (1 - expected) ** 2);
  // A variance below zero is rounding around a perfect table (κ = 1), where the spread is nil.
  const se = Math.sqrt(Math.max(variance, 0));
  const half = normalQuantile(1 - (1 - confidence) / 2) * se;
  return { n, kappa, se, lower: kappa - half, upper: kappa + half, observedAgreement: observed, expectedAgreement: expected, weights, categories };
}
