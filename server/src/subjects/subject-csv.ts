// Reading a CSV of subjects to register: a header row naming the columns (code, and optionally the
// first consent event: event, date, channel), one subject per line. RFC 4180 quoting (csv-parse),
// a UTF-8 byte-order mark, CRLF or LF, and the semicolon or tab separator of spreadsheets set to
// French. Each bad line gets its line number and a reason; a bad file as a whole is one error.
// Checks that need the database (code already registered) are the service's.
import { parse, CsvError } from 'csv-parse/sync';
import { invalid } from '../platform/domain-error.ts';
import { CONSENT_CHANNELS, CONSENT_EVENT_KINDS, checkNewEvent, type ConsentChannel, type ConsentEventKind, type NewConsentEvent } from './consent.ts';
import { SUBJECT_CODE } from './subject-code.ts';

export const CSV_LIMITS = { maxBytes: 2 * 1024 * 1024, maxLines: 5000 } as const;

const COLUMNS = ['code', 'event', 'date', 'channel'] as const;
type Column = (typeof COLUMNS)[number];

export interface CsvSubject {
  /** Line of the file where the subject's row starts (the header is line 1). */
  line: number;
  code: string;
  event: NewConsentEvent | null;
}

export interface LineError {
  line: number;
  /** The subject code as written, when the line has one. */
  code: string | null;
  /** Stable reason code, e.g. consent.date-in-future. */
  reason: string;
  message: string;
}

export interface ParsedCsv {
  subjects: CsvSubject[];
  errors: LineError[];
}

const fileError = (code: string, message: string) => invalid(`subject-import.${code}`, message);

/** The text of an uploaded file; a byte-order mark is dropped. */
export function decodeCsv(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw fileError('not-utf8', 'the file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"');
  }
}

function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  for (const candidate of [',', ';', '\t']) if (header.includes(candidate)) return candidate;
  return ',';
}

const newlines = (value: string) => value.match(/\r\n|\r|\n/g)?.length ?? 0;

function readRecords(text: string): Array<{ fields: string[]; line: number }> {
  try {
    const rows = parse(text, { delimiter: separatorOf(text), info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    // csv-parse counts the line where a record ends; a quoted field may span several.
    return rows.map(({ record, info }) => ({ fields: record, line: info.lines - record.reduce((n, f) => n + newlines(f), 0) }));
  } catch (error) {
    if (error instanceof CsvError) {
      const where = error as CsvError & { lines?: number; bytes_records?: number };
      if (error.code === 'CSV_QUOTE_NOT_CLOSED' && where.bytes_records !== undefined) {
        // csv-parse names the last line; the unclosed quote is in the record after the last complete one.
        const complete = Buffer.from(text).subarray(0, where.bytes_records).toString().length;
        const blank = /^[\r\n]*/.exec(text.slice(complete))![0].length;
        throw fileError('malformed-csv', `the file is not well-formed CSV: a quoted field of line ${newlines(text.slice(0, complete + blank)) + 1} is never closed`);
      }
      throw fileError('malformed-csv', `the file is not well-formed CSV${where.lines ? ` at line ${where.lines}` : ''}: ${error.message.replace(/^[^:]*:\s*/, '')}`);
    }
    throw error;
  }
}

function headerColumns(fields: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!(COLUMNS as readonly string[]).includes(name)) throw fileError('unknown-column', `line 1: unknown column "${raw.trim()}" (the columns are ${COLUMNS.join(', ')})`);
    if (columns.has(name as Column)) throw fileError('duplicate-column', `line 1: the column "${name}" appears twice`);
    columns.set(name as Column, index);
  });
  if (!columns.has('code')) throw fileError('missing-column', 'line 1: the header has no "code" column');
  if (columns.has('event') !== columns.has('date')) throw fileError('missing-column', 'line 1: the columns "event" and "date" go together (the first consent event and its date)');
  return columns;
}

export function parseSubjectCsv(body: string, now: Date): ParsedCsv {
  const text = body.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw fileError('empty', 'the file is empty: the first line names the columns (code, event, date, channel)');
  const records = readRecords(text);
  const [header, ...rows] = records;
  if (!header) throw fileError('empty', 'the file is empty: the first line names the columns (code, event, date, channel)');
  if (rows.length === 0) throw fileError('empty', 'the file has a header and no subject');
  if (rows.length > CSV_LIMITS.maxLines) throw fileError('too-many-lines', `the file has ${rows.length} subjects; at most ${CSV_LIMITS.maxLines} per import: split it`);
  const columns = headerColumns(header.fields);

  const subjects: CsvSubject[] = [];
  const errors: LineError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { fields, line } of rows) {
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (fields[index] ?? '').trim();
    };
    const code = cell('code');
    const fail = (reason: string, message: string) => errors.push({ line, code: code || null, reason, message });
    if (fields.length !== header.fields.length) {
      fail('subject-import.wrong-field-count', `${fields.length} field${fields.length === 1 ? '' : 's'} where the header has ${header.fields.length}`);
      continue;
    }
    if (!code) {
      fail('subject-import.missing-field', 'no subject code');
      continue;
    }
    if (!SUBJECT_CODE.test(code)) {
      fail('subject.invalid-code', `"${code}" is not a subject code: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit`);
      continue;
    }
    const earlier = firstLineOf.get(code);
    if (earlier !== undefined) {
      fail('subject-import.duplicate-in-file', `the code ${code} is already on line ${earlier}`);
      continue;
    }
    firstLineOf.set(code, line);
    const event = readEvent(cell('event'), cell('date'), cell('channel'), now);
    if ('reason' in event) {
      fail(event.reason, event.message);
      continue;
    }
    subjects.push({ line, code, event: event.event });
  }
  return { subjects, errors };
}

function readEvent(kindText: string, date: string, channelText: string, now: Date): { event: NewConsentEvent | null } | { reason: string; message: string } {
  if (!kindText) {
    if (date || channelText) return { reason: 'subject-import.missing-field', message: 'a date or channel without an event: name the event (written-consent, information-notice, objection)' };
    return { event: null };
  }
  const kind = kindText.toLowerCase();
  if (!(CONSENT_EVENT_KINDS as readonly string[]).includes(kind)) {
    return { reason: 'consent.unknown-event', message: `unknown event "${kindText}" (the events are ${CONSENT_EVENT_KINDS.join(', ')})` };
  }
  if (!date) return { reason: 'subject-import.missing-field', message: `the ${kind} has no date (YYYY-MM-DD)` };
  const channel = channelText.toLowerCase();
  if (channel && !(CONSENT_CHANNELS as readonly string[]).includes(channel)) {
    return { reason: 'consent.unknown-channel', message: `unknown channel "${channelText}" (the channels are ${CONSENT_CHANNELS.join(', ')})` };
  }
  const event: NewConsentEvent = { kind: kind as ConsentEventKind, date, channel: (channel || null) as ConsentChannel | null };
  const refusal = checkNewEvent([], event, now);
  return refusal ? { reason: refusal.code, message: refusal.message } : { event };
}
