// One condition of a protocol (a recognition condition or an acceptance rule) evaluated on one
// series: the measured value, the verdict and a sentence saying why. Pure.
import type { DicomJson } from '../imaging/dicom-reader.ts';
import { tagOfKeyword, valuesOf } from './dicom-attributes.ts';
import { MEASURE_UNITS, type Condition } from './protocol-definition.ts';
import { compilePattern, PATTERN_TEXT_LIMIT } from './safe-regex.ts';
import { SeriesMeasures, type Measurement } from './series-measures.ts';

export type Verdict = 'pass' | 'fail' | 'not-applicable';
/** Distinct values measured over the series (at most MAX_SHOWN), or null when nothing was measured. */
export type MeasuredValue = Array<number | string> | null;

export interface Evaluation {
  verdict: Verdict;
  measured: MeasuredValue;
  reason: string;
}

const MAX_SHOWN = 20;
const EPSILON = 1e-9;

const formatNumber = (n: number): string => String(Number(n.toFixed(3)));

/** A series as the conditions see it: its instances, their measures and the compiled patterns. */
export class SeriesContext {
  readonly measures: SeriesMeasures;

  constructor(readonly instances: readonly DicomJson[], private readonly patterns: Map<string, RegExp>) {
    this.measures = new SeriesMeasures(instances);
  }

  regex(pattern: string): RegExp {
    let compiled = this.patterns.get(pattern);
    if (!compiled) {
      compiled = compilePattern(pattern);
      this.patterns.set(pattern, compiled);
    }
    return compiled;
  }
}

export const subjectOf = (c: Condition): string => c.attribute ?? c.measure!;
export const unitOf = (c: Condition): string | null => (c.measure ? MEASURE_UNITS[c.measure] : null);

export function evaluate(condition: Condition, series: SeriesContext): Evaluation {
  return condition.measure ? evaluateMeasure(condition, series.measures.get(condition.measure)) : evaluateAttribute(condition, series);
}

function shown(values: Array<number | string>): MeasuredValue {
  return values.slice(0, MAX_SHOWN);
}

function evaluateMeasure(condition: Condition, measurement: Measurement): Evaluation {
  const name = condition.measure!;
  if (measurement.status === 'not-applicable') return { verdict: 'not-applicable', measured: null, reason: measurement.reason };
  if (measurement.status === 'unmeasurable') return { verdict: 'fail', measured: null, reason: `${name} cannot be measured: ${measurement.reason}` };
  const values = measurement.values;
  if (typeof values[0] === 'number') return rangeVerdict(condition, name, values as number[], unitOf(condition));
  return oneOfVerdict(condition, name, values as string[]);
}

function rangeVerdict(condition: Condition, name: string, values: number[], unit: string | null): Evaluation {
  const suffix = unit ? ` ${unit}` : '';
  const low = values.find((v) => condition.min !== undefined && v < condition.min - EPSILON);
  if (low !== undefined) return { verdict: 'fail', measured: shown(values), reason: `${name} ${formatNumber(low)}${suffix} is below the minimum ${formatNumber(condition.min!)}${suffix}` };
  const high = values.find((v) => condition.max !== undefined && v > condition.max + EPSILON);
  if (high !== undefined) return { verdict: 'fail', measured: shown(values), reason: `${name} ${formatNumber(high)}${suffix} is above the maximum ${formatNumber(condition.max!)}${suffix}` };
  const bounds = [condition.min !== undefined && `≥ ${formatNumber(condition.min)}`, condition.max !== undefined && `≤ ${formatNumber(condition.max)}`].filter(Boolean).join(' and ');
  return { verdict: 'pass', measured: shown(values), reason: `${name} ${values.map(formatNumber).join(', ')}${suffix} is ${bounds}${suffix}` };
}

function oneOfVerdict(condition: Condition, name: string, values: string[]): Evaluation {
  const allowed = condition.oneOf ?? [];
  const other = values.find((v) => !allowed.includes(v));
  if (other !== undefined) return { verdict: 'fail', measured: shown(values), reason: `${name} "${other}" is not one of ${allowed.join(', ')}` };
  return { verdict: 'pass', measured: shown(values), reason: `${name} ${values.join(', ')} is one of ${allowed.join(', ')}` };
}

function evaluateAttribute(condition: Condition, series: SeriesContext): Evaluation {
  const keyword = condition.attribute!;
  const tag = tagOfKeyword(keyword);
  const perInstance = series.instances.map((i) => valuesOf(i, tag));
  const absent = perInstance.filter((v) => v === undefined).length;
  const present = perInstance.filter((v): v is Array<string | number> => v !== undefined);
  if (condition.excludes) {
    const holding = present.filter((values) => values.some((v) => condition.excludes!.includes(String(v))));
    const measured = shown(distinct(present.flat().map(String)));
    if (holding.length > 0) return { verdict: 'fail', measured, reason: `${keyword} holds ${condition.excludes.filter((x) => holding.some((h) => h.map(String).includes(x))).join(', ')} in ${holding.length} of ${series.instances.length} instances` };
    return { verdict: 'pass', measured, reason: `${keyword} holds none of ${condition.excludes.join(', ')}` };
  }
  if (absent > 0) return { verdict: 'fail', measured: present.length > 0 ? shown(distinct(present.map(joined))) : null, reason: `${keyword} is absent in ${absent} of ${series.instances.length} instances` };
  if (condition.min !== undefined || condition.max !== undefined) {
    const numbers = present.flat().map((v) => (typeof v === 'number' ? v : Number(v)));
    if (numbers.some((n) => !Number.isFinite(n))) return { verdict: 'fail', measured: shown(distinct(present.map(joined))), reason: `${keyword} is not numeric` };
    return rangeVerdict(condition, keyword, [...new Set(numbers)].sort((a, b) => a - b), null);
  }
  if (condition.includes) {
    const lacking = present.filter((values) => !condition.includes!.every((x) => values.map(String).includes(x)));
    const measured = shown(distinct(present.map(joined)));
    if (lacking.length > 0) return { verdict: 'fail', measured, reason: `${keyword} lacks one of ${condition.includes.join(', ')} in ${lacking.length} of ${series.instances.length} instances` };
    return { verdict: 'pass', measured, reason: `${keyword} holds ${condition.includes.join(', ')}` };
  }
  const texts = distinct(present.map(joined));
  if (condition.pattern !== undefined) {
    const regex = series.regex(condition.pattern);
    const other = texts.find((t) => !regex.test(t.slice(0, PATTERN_TEXT_LIMIT)));
    if (other !== undefined) return { verdict: 'fail', measured: shown(texts), reason: `${keyword} "${other}" does not match /${condition.pattern}/i` };
    return { verdict: 'pass', measured: shown(texts), reason: `${keyword} matches /${condition.pattern}/i` };
  }
  return oneOfVerdict(condition, keyword, texts);
}

const joined = (values: Array<string | number>): string => values.map(String).join('\\');
const distinct = (values: string[]): string[] => [...new Set(values)].sort();
