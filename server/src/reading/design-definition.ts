// The reading design as data: single or double reading, when two reads must be adjudicated, what the
// readers are blinded to, the worklist order and the intra-reader re-read sample.
import { Type, type Static } from 'typebox';

export const AbsoluteDifferenceRule = Type.Object(
  { kind: Type.Literal('absolute-difference'), field: Type.String(), threshold: Type.Number({ minimum: 0 }) },
  { additionalProperties: false, description: 'Discordant when |a − b| > threshold, in the unit of the field.' },
);
export const RelativeDifferenceRule = Type.Object(
  { kind: Type.Literal('relative-difference'), field: Type.String(), thresholdPercent: Type.Number({ exclusiveMinimum: 0, maximum: 200 }) },
  { additionalProperties: false, description: 'Discordant when |a − b| / mean(a, b) > thresholdPercent %.' },
);
export const CategoricalDisagreementRule = Type.Object(
  { kind: Type.Literal('categorical-disagreement'), fields: Type.Union([Type.Array(Type.String(), { minItems: 1, maxItems: 200 }), Type.Literal('*')]) },
  { additionalProperties: false, description: "Discordant when the reads differ on one of these category or segments fields ('*': all of them)." },
);
export const RULE_SCHEMAS = { 'absolute-difference': AbsoluteDifferenceRule, 'relative-difference': RelativeDifferenceRule, 'categorical-disagreement': CategoricalDisagreementRule } as const;

export const ReadingDesignSchema = Type.Object(
  {
    mode: Type.Union([Type.Literal('single'), Type.Literal('double')]),
    adjudicationRules: Type.Array(Type.Union([AbsoluteDifferenceRule, RelativeDifferenceRule, CategoricalDisagreementRule]), { maxItems: 200 }),
    blinding: Type.Object({ centre: Type.Boolean(), dates: Type.Boolean(), timepoint: Type.Boolean(), otherReader: Type.Boolean() }, { additionalProperties: false }),
    worklistOrder: Type.Union([Type.Literal('randomised'), Type.Literal('received')]),
    reread: Type.Object(
      { percent: Type.Number({ minimum: 0, maximum: 50 }), washoutDays: Type.Integer({ minimum: 0, maximum: 365 }) },
      { additionalProperties: false, description: 'Share of exams each reader reads again, after the wash-out, for intra-reader agreement.' },
    ),
  },
  { additionalProperties: false },
);

export type AdjudicationRule = Static<typeof AbsoluteDifferenceRule> | Static<typeof RelativeDifferenceRule> | Static<typeof CategoricalDisagreementRule>;
export interface ReadingDesign {
  mode: 'single' | 'double';
  adjudicationRules: AdjudicationRule[];
  blinding: { centre: boolean; dates: boolean; timepoint: boolean; otherReader: boolean };
  worklistOrder: 'randomised' | 'received';
  reread: { percent: number; washoutDays: number };
}

/** Double reading; adjudication when LVEF differs by more than 5 points, LV mass by more than 10 %, or any category. */
export const DEFAULT_DESIGN: ReadingDesign = {
  mode: 'double',
  adjudicationRules: [
    { kind: 'absolute-difference', field: 'lvEf', threshold: 5 },
    { kind: 'relative-difference', field: 'lvMass', thresholdPercent: 10 },
    { kind: 'categorical-disagreement', fields: '*' },
  ],
  blinding: { centre: true, dates: true, timepoint: true, otherReader: true },
  worklistOrder: 'randomised',
  reread: { percent: 10, washoutDays: 28 },
};

export const designTitle = (d: ReadingDesign): string =>
  `${d.mode} reading, ${d.adjudicationRules.length} adjudication rule${d.adjudicationRules.length === 1 ? '' : 's'}, re-read ${d.reread.percent} % after ${d.reread.washoutDays} days`;
