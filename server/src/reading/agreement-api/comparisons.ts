// One agreement comparison (two readers, all pairs of reads, or a reader against their re-reads)
// from paired values of one field: the statistics of ../agreement/, and a clear state when they
// cannot be computed (not enough pairs, no variance). Pure: no I/O.
import { AgreementInputError, blandAltman, cohensKappa, intraclassCorrelation, type BlandAltman, type IccResult, type Kappa, type KappaWeights } from '../agreement/index.ts';

export type ComparisonKind = 'inter-reader' | 'intra-reader';
export type ComparisonStatus = 'ok' | 'not-enough-reads' | 'not-computable';

/** Below this many pairs no statistic is reported: an interval from two targets says nothing. */
export const MIN_PAIRS = 3;

export interface Pair<T> {
  examId: string;
  a: T;
  b: T;
}

export interface Problem {
  statistic: 'icc' | 'bland-altman' | 'kappa';
  code: string;
  message: string;
}

export interface Comparison {
  kind: ComparisonKind;
  /** all: every pair of reads; else the readers compared (one for intra-reader). */
  scope: 'all' | 'readers';
  label: string;
  readers: Array<{ userId: string; displayName: string }>;
  n: number;
  status: ComparisonStatus;
  reason: string | null;
  icc: IccResult | null;
  blandAltman: BlandAltman | null;
  kappa: Kappa[];
  problems: Problem[];
}

export type FieldScale = { kind: 'number' } | { kind: 'category'; ordered: boolean; categories: string[] };

export interface ComparisonSpec<T> {
  kind: ComparisonKind;
  scope: 'all' | 'readers';
  label: string;
  readers: Array<{ userId: string; displayName: string }>;
  pairs: ReadonlyArray<Pair<T>>;
}

export function compare(spec: ComparisonSpec<number | string>, scale: FieldScale): Comparison {
  const base = { kind: spec.kind, scope: spec.scope, label: spec.label, readers: spec.readers, n: spec.pairs.length, icc: null, blandAltman: null, kappa: [], problems: [] };
  if (spec.pairs.length < MIN_PAIRS) {
    return { ...base, status: 'not-enough-reads', reason: `${spec.pairs.length} pair${spec.pairs.length === 1 ? '' : 's'} of reads; at least ${MIN_PAIRS} are needed` };
  }
  const problems: Problem[] = [];
  const attempt = <R>(statistic: Problem['statistic'], run: () => R): R | null => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof AgreementInputError)) throw error;
      problems.push({ statistic, code: error.code, message: error.message });
      return null;
    }
  };
  let icc: IccResult | null = null;
  let ba: BlandAltman | null = null;
  const kappa: Kappa[] = [];
  if (scale.kind === 'number') {
    const a = spec.pairs.map((p) => p.a as number);
    const b = spec.pairs.map((p) => p.b as number);
    icc = attempt('icc', () => intraclassCorrelation(a.map((x, i) => [x, b[i]!])));
    ba = attempt('bland-altman', () => blandAltman(a, b));
  } else {
    const weights: KappaWeights[] = scale.ordered ? ['none', 'linear', 'quadratic'] : ['none'];
    for (const w of weights) {
      const k = attempt('kappa', () => cohensKappa(spec.pairs.map((p) => p.a as string), spec.pairs.map((p) => p.b as string), { weights: w, categories: scale.categories }));
      if (k) kappa.push(k);
      else break;
    }
  }
  const status: ComparisonStatus = problems.length === 0 ? 'ok' : 'not-computable';
  return { ...base, icc, blandAltman: ba, kappa, problems, status, reason: problems.length === 0 ? null : problems.map((p) => p.message).join(' ') };
}

export interface InterRead<T> {
  examId: string;
  /** Slot 1's reader and value, then slot 2's. */
  readerA: string;
  a: T;
  readerB: string;
  b: T;
}

export interface IntraRead<T> {
  examId: string;
  readerId: string;
  /** The primary read's value, then the re-read's. */
  a: T;
  b: T;
}

/**
 * Inter-reader: all pairs of primary reads (slot 1 against slot 2), then each pair of readers (the
 * first reader by name as A, so a bias reads "A higher than B"). Intra-reader: every reader's
 * primary reads against their re-reads, pooled, then each reader.
 */
export function agreementComparisons(
  inter: ReadonlyArray<InterRead<number | string>>,
  intra: ReadonlyArray<IntraRead<number | string>>,
  names: ReadonlyMap<string, string>,
  scale: FieldScale,
): { inter: Comparison[]; intra: Comparison[] } {
  const who = (userId: string) => ({ userId, displayName: names.get(userId) ?? userId });
  const byName = (x: string, y: string) => who(x).displayName.localeCompare(who(y).displayName) || (x < y ? -1 : x > y ? 1 : 0);
  const interAll = compare({ kind: 'inter-reader', scope: 'all', label: 'All reader pairs (slot 1 vs slot 2)', readers: [], pairs: inter.map((r) => ({ examId: r.examId, a: r.a, b: r.b })) }, scale);
  const byPair = new Map<string, { readers: [string, string]; pairs: Pair<number | string>[] }>();
  for (const r of inter) {
    const swap = byName(r.readerA, r.readerB) > 0;
    const readers: [string, string] = swap ? [r.readerB, r.readerA] : [r.readerA, r.readerB];
    const key = readers.join('|');
    const group = byPair.get(key) ?? { readers, pairs: [] };
    group.pairs.push({ examId: r.examId, a: swap ? r.b : r.a, b: swap ? r.a : r.b });
    byPair.set(key, group);
  }
  const pairs = [...byPair.values()]
    .sort((x, y) => byName(x.readers[0], y.readers[0]) || byName(x.readers[1], y.readers[1]))
    .map((g) => compare({ kind: 'inter-reader', scope: 'readers', label: `${who(g.readers[0]).displayName} vs ${who(g.readers[1]).displayName}`, readers: g.readers.map(who), pairs: g.pairs }, scale));
  const intraAll = compare({ kind: 'intra-reader', scope: 'all', label: 'All readers (read vs re-read)', readers: [], pairs: intra.map((r) => ({ examId: r.examId, a: r.a, b: r.b })) }, scale);
  const readers = [...new Set(intra.map((r) => r.readerId))].sort(byName);
  const perReader = readers.map((id) =>
    compare({ kind: 'intra-reader', scope: 'readers', label: `${who(id).displayName}: read vs re-read`, readers: [who(id)], pairs: intra.filter((r) => r.readerId === id).map((r) => ({ examId: r.examId, a: r.a, b: r.b })) }, scale),
  );
  return { inter: [interAll, ...pairs], intra: [intraAll, ...perReader] };
}
