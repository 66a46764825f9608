// The automatic conformance checks: the DICOM headers of an exam's series and a protocol in, the
// result of every rule out. Each protocol series is recognised among the exam's series by its match
// conditions; when several exam series match (a series re-sent after a query), the one meeting the
// most rules is checked, the latest (highest SeriesNumber) on a tie. Pure: no database, no clock.
import type { DicomJson } from '../imaging/dicom-reader.ts';
import { evaluate, SeriesContext, subjectOf, unitOf, type MeasuredValue, type Verdict } from './condition.ts';
import { PRESENCE_RULE, type Condition, type ProtocolDefinition, type ProtocolSeries } from './protocol-definition.ts';

export interface ExamSeriesHeaders {
  seriesInstanceUID: string;
  seriesNumber: number | null;
  seriesDescription: string | null;
  /** The DICOM JSON of each instance of the series. */
  instances: DicomJson[];
}

/** What a rule asked for: the condition, without its id and label. */
export type Expectation = Condition | { required: boolean };

export interface RuleResult {
  rule: string;
  label: string;
  expected: Expectation;
  measured: MeasuredValue;
  unit: string | null;
  verdict: Verdict;
  reason: string;
}

export interface SeriesReport {
  name: string;
  label: string;
  required: boolean;
  /** The exam series checked against this protocol series, or null when none matched. */
  seriesInstanceUID: string | null;
  seriesNumber: number | null;
  seriesDescription: string | null;
  /** Other exam series that also matched, not checked. */
  otherCandidates: string[];
  results: RuleResult[];
}

export interface UnmatchedSeries {
  seriesInstanceUID: string;
  seriesNumber: number | null;
  seriesDescription: string | null;
  instances: number;
}

export interface ConformanceReport {
  verdict: 'pass' | 'fail';
  failed: number;
  series: SeriesReport[];
  /** Exam series no protocol series recognised: reported, never a failure by themselves. */
  unmatchedSeries: UnmatchedSeries[];
}

interface Candidate {
  series: ExamSeriesHeaders;
  context: SeriesContext;
}

const conditionOnly = ({ id: _id, label: _label, ...condition }: Condition & { id?: string; label?: string }): Condition => condition;

export function checkConformance(protocol: ProtocolDefinition, exam: readonly ExamSeriesHeaders[]): ConformanceReport {
  const patterns = new Map<string, RegExp>();
  const candidates: Candidate[] = exam.map((series) => ({ series, context: new SeriesContext(series.instances, patterns) }));
  const matchedUids = new Set<string>();
  const series = protocol.series.map((definition) => {
    const matching = candidates.filter((c) => definition.match.every((condition) => evaluate(condition, c.context).verdict === 'pass'));
    for (const m of matching) matchedUids.add(m.series.seriesInstanceUID);
    return reportFor(definition, matching);
  });
  const failed = series.reduce((n, s) => n + s.results.filter((r) => r.verdict === 'fail').length, 0);
  return {
    verdict: failed > 0 ? 'fail' : 'pass',
    failed,
    series,
    unmatchedSeries: exam
      .filter((s) => !matchedUids.has(s.seriesInstanceUID))
      .map((s) => ({ seriesInstanceUID: s.seriesInstanceUID, seriesNumber: s.seriesNumber, seriesDescription: s.seriesDescription, instances: s.instances.length })),
  };
}

function reportFor(definition: ProtocolSeries, matching: Candidate[]): SeriesReport {
  const required = definition.required ?? true;
  const base = { name: definition.name, label: definition.label, required };
  if (matching.length === 0) {
    const missing = required ? 'series missing: no exam series meets the recognition conditions' : 'optional series absent';
    return {
      ...base,
      seriesInstanceUID: null,
      seriesNumber: null,
      seriesDescription: null,
      otherCandidates: [],
      results: [
        { rule: PRESENCE_RULE, label: 'Series present', expected: { required }, measured: null, unit: null, verdict: required ? 'fail' : 'not-applicable', reason: missing },
        ...definition.rules.map((rule): RuleResult => ({ rule: rule.id, label: rule.label ?? rule.id, expected: conditionOnly(rule), measured: null, unit: unitOf(rule), verdict: 'not-applicable', reason: missing })),
      ],
    };
  }
  const checked = matching.map((candidate) => ({ candidate, results: definition.rules.map((rule) => ruleResult(rule, candidate.context)) }));
  const failures = (results: RuleResult[]) => results.filter((r) => r.verdict === 'fail').length;
  const best = checked.reduce((a, b) => (failures(b.results) < failures(a.results) || (failures(b.results) === failures(a.results) && (b.candidate.series.seriesNumber ?? -1) >= (a.candidate.series.seriesNumber ?? -1)) ? b : a));
  const chosen = best.candidate.series;
  const presence: RuleResult = {
    rule: PRESENCE_RULE,
    label: 'Series present',
    expected: { required },
    measured: [chosen.seriesNumber ?? chosen.seriesInstanceUID],
    unit: null,
    verdict: 'pass',
    reason: `series ${chosen.seriesNumber ?? chosen.seriesInstanceUID} "${chosen.seriesDescription ?? ''}" (${chosen.instances.length} instances) meets the recognition conditions`,
  };
  return {
    ...base,
    seriesInstanceUID: chosen.seriesInstanceUID,
    seriesNumber: chosen.seriesNumber,
    seriesDescription: chosen.seriesDescription,
    otherCandidates: matching.filter((m) => m !== best.candidate).map((m) => m.series.seriesInstanceUID),
    results: [presence, ...best.results],
  };
}

function ruleResult(rule: ProtocolSeries['rules'][number], context: SeriesContext): RuleResult {
  const { verdict, measured, reason } = evaluate(rule, context);
  return { rule: rule.id, label: rule.label ?? subjectOf(rule), expected: conditionOnly(rule), measured, unit: unitOf(rule), verdict, reason };
}
