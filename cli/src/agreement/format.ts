// Readable text for the three statistics: aligned columns a statistician can paste into a report.
import type { BlandAltman, IccForm, IccResult, Kappa } from '../../../server/src/reading/agreement/index.ts';

const MODELS: Record<IccForm, string> = {
  ICC1: 'one-way random, single reader',
  ICC2: 'two-way random, single reader, absolute agreement',
  ICC3: 'two-way mixed, single reader, consistency',
  ICC1k: 'one-way random, mean of k readers',
  ICC2k: 'two-way random, mean of k readers, absolute agreement',
  ICC3k: 'two-way mixed, mean of k readers, consistency',
};

/** Decimals for numbers of that size: 3 below 1 (0.482), 2 up to 100 (38.77), 1 above (512.3). */
export function decimalsFor(size: number): number {
  return size >= 100 ? 1 : size >= 1 ? 2 : 3;
}

export function formatP(p: number): string {
  return p >= 0.001 ? p.toFixed(3) : p === 0 ? '0' : p.toExponential(1);
}

const percent = (confidence: number) => `${Number((confidence * 100).toFixed(4))} %`;
const interval = ([low, high]: readonly [number, number], decimals: number) => `[${low.toFixed(decimals)}, ${high.toFixed(decimals)}]`;

/** Aligned columns: text ('l') padded on the right, numbers ('r') on the left. */
function table(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]) => cells.map((c, j) => (align[j] === 'l' ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatIcc(result: IccResult, columns: string[], confidence: number): string {
  const rows = result.estimates.map((e) => [e.form, e.value.toFixed(3), interval([e.lower, e.upper], 3), e.f.toFixed(2), String(e.df1), String(e.df2), formatP(e.p), MODELS[e.form]]);
  return [
    `Intraclass correlation (Shrout & Fleiss): ${result.n} targets × ${result.k} readers (${columns.join(', ')}), ${percent(confidence)} confidence`,
    '',
    table(['Form', 'ICC', `${percent(confidence)} CI`, 'F', 'df1', 'df2', 'p', 'Model'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l']),
  ].join('\n');
}

export function formatBlandAltman(result: BlandAltman, columns: string[], confidence: number): string {
  const ci = `${percent(confidence)} CI`;
  // One number of decimals for the whole table, from the size of the measurements.
  const d = decimalsFor(Math.max(...result.points.map((p) => Math.abs(p.mean))));
  return [
    `Bland–Altman: ${columns[0]} − ${columns[1]}, ${result.n} targets, 95 % limits of agreement (bias ± 1.96 SD), ${percent(confidence)} confidence intervals`,
    '',
    table(
      ['', 'Value', ci],
      [
        ['Bias (mean difference)', result.bias.toFixed(d), interval(result.biasCi, d)],
        ['SD of the differences', result.sd.toFixed(d), ''],
        ['Lower limit of agreement', result.lowerLimit.toFixed(d), interval(result.lowerLimitCi, d)],
        ['Upper limit of agreement', result.upperLimit.toFixed(d), interval(result.upperLimitCi, d)],
      ],
      ['l', 'r', 'r'],
    ),
  ].join('\n');
}

export function formatKappa(result: Kappa, columns: string[], confidence: number): string {
  const kind = result.weights === 'none' ? "Cohen's kappa" : `Weighted kappa (${result.weights} weights)`;
  return [
    `${kind}: ${columns[0]} and ${columns[1]}, ${result.n} targets, categories ${result.categories.join(result.weights === 'none' ? ', ' : ' < ')}`,
    '',
    table(
      ['', 'Value'],
      [
        ['Kappa', result.kappa.toFixed(3)],
        ['Standard error', result.se.toFixed(3)],
        [`${percent(confidence)} CI`, interval([result.lower, result.upper], 3)],
        [result.weights === 'none' ? 'Observed agreement' : 'Observed agreement (weighted)', result.observedAgreement.toFixed(3)],
        [result.weights === 'none' ? 'Expected agreement' : 'Expected agreement (weighted)', result.expectedAgreement.toFixed(3)],
      ],
      ['l', 'r'],
    ),
  ].join('\n');
}
