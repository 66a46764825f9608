// The agreement figures as one CSV table: a row per comparison and statistic.
import { measurementRow as csvRow } from '../adjudication/csv-row.ts';
import type { Agreement } from './agreement-service.ts';

const HEADER = ['field', 'comparison', 'readers', 'n', 'status', 'statistic', 'estimate', 'lower', 'upper', 'detail'];

export function agreementCsv(agreement: Agreement): string {
  let out = csvRow(HEADER);
  for (const c of [...agreement.inter, ...agreement.intra]) {
    const lead = [agreement.field, c.kind, c.scope === 'all' ? 'all' : c.readers.map((r) => r.displayName).join(' vs '), c.n, c.status];
    const rows: unknown[][] = [];
    for (const e of c.icc?.estimates ?? []) rows.push([e.form, e.value, e.lower, e.upper, `F=${e.f} df1=${e.df1} df2=${e.df2} p=${e.p}`]);
    if (c.blandAltman) {
      const ba = c.blandAltman;
      rows.push(['bias', ba.bias, ba.biasCi[0], ba.biasCi[1], `sd=${ba.sd}`]);
      rows.push(['lower-limit-of-agreement', ba.lowerLimit, ba.lowerLimitCi[0], ba.lowerLimitCi[1], '']);
      rows.push(['upper-limit-of-agreement', ba.upperLimit, ba.upperLimitCi[0], ba.upperLimitCi[1], '']);
    }
    for (const k of c.kappa) rows.push([`kappa-${k.weights}`, k.kappa, k.lower, k.upper, `se=${k.se} observed=${k.observedAgreement} expected=${k.expectedAgreement}`]);
    if (c.reason) rows.push(['', '', '', '', c.reason]);
    for (const r of rows) out += csvRow([...lead, ...r]);
  }
  return out;
}
