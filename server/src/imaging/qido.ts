// QIDO-RS query parameters turned into matching rules: exact, wildcard (* ?), date range
// (YYYYMMDD-YYYYMMDD, open at either end) and UID lists, on the attributes each level indexes.
import { DomainError } from '../platform/domain-error.ts';
import { tagOf } from './dicom-tags.ts';

export type Level = 'study' | 'series' | 'instance';
type Kind = 'string' | 'uid' | 'date' | 'integer' | 'modalities';

interface Key {
  column: string;
  kind: Kind;
  level: Level;
  keyword: string;
  caseInsensitive?: boolean;
}

const KEYS: Record<string, Key> = {};
const key = (keyword: string, column: string, kind: Kind, level: Level, caseInsensitive = false) => {
  KEYS[tagOf(keyword)!] = { keyword, column, kind, level, caseInsensitive };
};
key('StudyInstanceUID', 'st.study_instance_uid', 'uid', 'study');
key('PatientID', 'st.patient_id', 'string', 'study');
key('PatientName', 'st.patient_id', 'string', 'study', true);
key('StudyDate', 'st.study_date', 'date', 'study');
key('AccessionNumber', 'st.accession_number', 'string', 'study');
key('StudyDescription', 'st.study_description', 'string', 'study', true);
key('StudyID', 'st.study_id', 'string', 'study');
key('ModalitiesInStudy', 'st.modalities_in_study', 'modalities', 'study');
key('SeriesInstanceUID', 'se.series_instance_uid', 'uid', 'series');
key('Modality', 'se.modality', 'string', 'series');
key('SeriesNumber', 'se.series_number', 'integer', 'series');
key('SeriesDescription', 'se.series_description', 'string', 'series', true);
key('BodyPartExamined', 'se.body_part_examined', 'string', 'series');
key('SOPInstanceUID', 'i.sop_instance_uid', 'uid', 'instance');
key('SOPClassUID', 'i.sop_class_uid', 'uid', 'instance');
key('InstanceNumber', 'i.instance_number', 'integer', 'instance');

const LEVELS: Level[] = ['study', 'series', 'instance'];

export interface Condition {
  keyword: string;
  level: Level;
  sql: string;
  params: unknown[];
}

export interface ParsedQuery {
  conditions: Condition[];
  includeFields: string[] | 'all';
  limit: number;
  offset: number;
  /** Keys we do not match on, reported in a Warning header (PS3.18 8.3.4.1). */
  ignored: string[];
  fuzzy: boolean;
}

const RESERVED = new Set(['includefield', 'limit', 'offset', 'fuzzymatching', 'orderby']);

function like(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%').replace(/\?/g, '_');
}

function condition(k: Key, raw: string): Condition {
  const base = { keyword: k.keyword, level: k.level };
  if (k.kind === 'uid') {
    const uids = raw.split(/[,\\]/).map((u) => u.trim()).filter(Boolean);
    if (uids.some((u) => !/^[0-9.]{1,64}$/.test(u))) throw new DomainError('invalid', 'dicomweb.invalid-uid', `${k.keyword} must be a UID or a comma-separated list of UIDs`);
    return { ...base, sql: `${k.column} = any(?::text[])`, params: [uids] };
  }
  if (k.kind === 'date') {
    const m = /^(\d{8})?(-)?(\d{8})?$/.exec(raw);
    if (!m || (!m[1] && !m[3])) throw new DomainError('invalid', 'dicomweb.invalid-date', `${k.keyword} must be YYYYMMDD or a range YYYYMMDD-YYYYMMDD (either end may be open)`);
    if (!m[2]) return { ...base, sql: `${k.column} = ?`, params: [m[1]] };
    const parts: string[] = [];
    const params: unknown[] = [];
    if (m[1]) parts.push(`${k.column} >= ?`), params.push(m[1]);
    if (m[3]) parts.push(`${k.column} <= ?`), params.push(m[3]);
    return { ...base, sql: parts.join(' and '), params };
  }
  if (k.kind === 'integer') {
    if (!/^-?\d{1,9}$/.test(raw)) throw new DomainError('invalid', 'dicomweb.invalid-integer', `${k.keyword} must be a whole number`);
    return { ...base, sql: `${k.column} = ?`, params: [Number(raw)] };
  }
  if (k.kind === 'modalities') {
    const values = raw.split(/[,\\]/).filter(Boolean);
    return { ...base, sql: `${k.column} && ?::text[]`, params: [values] };
  }
  const wildcard = /[*?]/.test(raw);
  if (raw === '*') return { ...base, sql: 'true', params: [] };
  if (k.caseInsensitive) return { ...base, sql: `${k.column} ilike ?`, params: [wildcard ? like(raw) : like(raw)] };
  return wildcard ? { ...base, sql: `${k.column} like ?`, params: [like(raw)] } : { ...base, sql: `${k.column} = ?`, params: [raw] };
}

export function parseQuery(query: Record<string, string | string[] | undefined>, level: Level, maxLimit: number, forbidden: ReadonlySet<string> = new Set()): ParsedQuery {
  const result: ParsedQuery = { conditions: [], includeFields: [], limit: Math.min(100, maxLimit), offset: 0, ignored: [], fuzzy: false };
  const allowedLevels = LEVELS.slice(0, LEVELS.indexOf(level) + 1);
  for (const [name, rawValue] of Object.entries(query)) {
    const values = Array.isArray(rawValue) ? rawValue : rawValue === undefined ? [] : [rawValue];
    if (name === 'includefield') {
      for (const v of values.flatMap((x) => x.split(','))) {
        if (v === 'all') result.includeFields = 'all';
        else if (result.includeFields !== 'all') {
          const tag = tagOf(v);
          if (!tag) throw new DomainError('invalid', 'dicomweb.unknown-attribute', `includefield names an unknown attribute: ${v}`);
          result.includeFields.push(tag);
        }
      }
      continue;
    }
    if (name === 'limit' || name === 'offset') {
      const n = Number(values[0]);
      if (!Number.isInteger(n) || n < 0) throw new DomainError('invalid', `dicomweb.invalid-${name}`, `${name} must be a whole number`);
      if (name === 'limit') result.limit = Math.min(Math.max(n, 1), maxLimit);
      else result.offset = Math.min(n, 1_000_000);
      continue;
    }
    if (name === 'fuzzymatching') {
      result.fuzzy = values[0] === 'true';
      continue;
    }
    if (RESERVED.has(name)) continue;
    const tag = tagOf(name);
    const k = tag ? KEYS[tag] : undefined;
    if (!k || !allowedLevels.includes(k.level)) {
      result.ignored.push(name);
      continue;
    }
    if (forbidden.has(k.keyword)) throw new DomainError('forbidden', 'dicomweb.blinded-matching-key', `a blinded reader may not match on ${k.keyword}`);
    for (const v of values) if (v !== '') result.conditions.push(condition(k, v));
  }
  return result;
}
