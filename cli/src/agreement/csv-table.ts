// The table a statistician brings: a header line naming the columns, one row per target, one column
// per reader (or method), optionally a first column `id` or `target` naming the target. RFC 4180
// quoting (csv-parse), a UTF-8 byte-order mark, CRLF or LF, and the `;` or tab separator (with a
// decimal comma) of spreadsheets set to French. Every refusal names its line and column.
import fs from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { invalid, type DomainError } from '../../../server/src/platform/domain-error.ts';
import { MAX_READERS, MAX_TARGETS } from '../../../server/src/reading/agreement/index.ts';

export const CSV_LIMITS = { maxBytes: 64 * 1024 * 1024, maxRows: MAX_TARGETS, maxColumns: 1000 } as const;

const ID_COLUMNS = ['id', 'target'];

export const csvError = (code: string, message: string): DomainError => invalid(`agreement-csv.${code}`, message);

export interface CsvTable<T> {
  /** The reader (or method) columns chosen, in the order asked for. */
  columns: string[];
  rows: { line: number; id: string | null; cells: T[] }[];
}

/** Reads one non-empty cell; `where` ("line 4, column reader2") starts its refusal's message. */
export type CellReader<T> = (text: string, where: string) => T;

interface TableOptions<T> {
  columns?: string[];
  /** How many reader columns the statistic takes. */
  columnCount: { min: number; max: number };
  cell: CellReader<T>;
}

function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw csvError('unreadable', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!stat.isFile()) throw csvError('unreadable', `${file} is not a file`);
  if (stat.size > CSV_LIMITS.maxBytes) throw csvError('too-large', `${file} is ${(stat.size / 2 ** 20).toFixed(1)} MiB; at most ${CSV_LIMITS.maxBytes / 2 ** 20} MiB are read`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw csvError('unreadable', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw csvError('not-utf8', `${file} is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"`);
  }
}

function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  for (const candidate of [',', ';', '\t']) if (header.includes(candidate)) return candidate;
  return ',';
}

const newlines = (value: string) => value.match(/\r\n|\r|\n/g)?.length ?? 0;

function chooseColumns(header: string[], wanted: string[] | undefined): { indexes: number[]; idIndex: number | null } {
  header.forEach((name, i) => {
    if (name === '') throw csvError('empty-column-name', `line 1: column ${i + 1} has no name`);
    const first = header.indexOf(name);
    if (first !== i) throw csvError('duplicate-column', `line 1: the column "${name}" appears twice (columns ${first + 1} and ${i + 1})`);
  });
  const idIndex = ID_COLUMNS.includes(header[0]!.toLowerCase()) ? 0 : null;
  if (!wanted) return { indexes: header.map((_, i) => i).filter((i) => i !== idIndex), idIndex };
  const indexes = wanted.map((name) => {
    const index = header.indexOf(name);
    if (index === -1) throw csvError('unknown-column', `--columns: there is no column "${name}" (the header has ${header.join(', ')})`);
    if (index === idIndex) throw csvError('unknown-column', `--columns: "${name}" is the target id column, not a reader`);
    return index;
  });
  const repeated = wanted.find((name, i) => wanted.indexOf(name) !== i);
  if (repeated !== undefined) throw csvError('duplicate-column', `--columns names "${repeated}" twice`);
  return { indexes, idIndex };
}

/** Reads the header, then keeps only the chosen cells of each row, read, as csv-parse hands it over. */
class RowCollector<T> {
  readonly table: CsvTable<T> = { columns: [], rows: [] };
  private header: string[] | null = null;
  private indexes: number[] = [];
  private idIndex: number | null = null;
  private readonly lineOfId = new Map<string, number>();

  constructor(private readonly options: TableOptions<T>) {}

  accept(fields: string[], line: number): void {
    if (this.header === null) return this.acceptHeader(fields.map((f) => f.trim()));
    const header = this.header;
    if (this.table.rows.length === CSV_LIMITS.maxRows) throw csvError('too-many-rows', `more than ${CSV_LIMITS.maxRows} targets (line ${line}); at most ${CSV_LIMITS.maxRows} are accepted`);
    if (fields.length !== header.length) throw csvError('wrong-field-count', `line ${line}: ${fields.length} field${fields.length === 1 ? '' : 's'} where the header has ${header.length}`);
    const id = this.idIndex === null ? null : fields[this.idIndex]!.trim();
    if (id !== null) {
      if (id === '') throw csvError('missing-value', `line ${line}, column ${header[this.idIndex!]}: no target id`);
      const earlier = this.lineOfId.get(id);
      if (earlier !== undefined) throw csvError('duplicate-id', `line ${line}: the target "${id}" is already on line ${earlier}`);
      this.lineOfId.set(id, line);
    }
    const cells = this.indexes.map((i) => {
      const cell = fields[i]!.trim();
      const where = `line ${line}, column ${header[i]}`;
      if (cell === '') throw csvError('missing-value', `${where}: no value (every target needs a rating from every reader)`);
      return this.options.cell(cell, where);
    });
    this.table.rows.push({ line, id, cells });
  }

  private acceptHeader(header: string[]): void {
    if (header.length > CSV_LIMITS.maxColumns) throw csvError('too-many-columns', `line 1: ${header.length} columns; at most ${CSV_LIMITS.maxColumns}`);
    const { indexes, idIndex } = chooseColumns(header, this.options.columns);
    const { min, max } = this.options.columnCount;
    if (indexes.length < min || indexes.length > max) {
      const wanted = min === max ? `exactly ${min}` : `${min} to ${Math.min(max, MAX_READERS)}`;
      throw csvError('wrong-column-count', `${indexes.length} reader column${indexes.length === 1 ? '' : 's'} (${indexes.map((i) => header[i]).join(', ')}) where this statistic takes ${wanted}: choose them with --columns`);
    }
    this.header = header;
    this.indexes = indexes;
    this.idIndex = idIndex;
    this.table.columns = indexes.map((i) => header[i]!);
  }
}

/** Reads and checks the table, each chosen cell read by `options.cell`. */
export function readCsvTable<T>(file: string, options: TableOptions<T>): CsvTable<T> {
  const text = readText(file);
  if (text.trim() === '') throw csvError('empty', `${file} is empty: the first line names the columns (one per reader)`);
  const collector = new RowCollector<T>(options);
  try {
    parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // Each record is checked and reduced to its chosen cells at once: a large file never sits in
      // memory as every field of every line, and the first bad line stops the reading.
      on_record: (record, context) => {
        // csv-parse counts the line where a record ends; a quoted field may span several.
        collector.accept(record, context.lines - record.reduce((n, f) => n + newlines(f), 0));
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const lines = (error as CsvError & { lines?: number }).lines;
      throw csvError('malformed', `the file is not well-formed CSV${lines ? ` (line ${lines})` : ''}: ${error.message.replace(/^[^:]*:\s*/, '')}`);
    }
    throw error;
  }
  if (collector.table.columns.length === 0) throw csvError('empty', `${file} is empty: the first line names the columns (one per reader)`);
  if (collector.table.rows.length === 0) throw csvError('no-rows', 'the file has a header and no target');
  return collector.table;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number; one comma is a decimal comma (12,5), as `;`-separated French files write them. */
export const numberCell: CellReader<number> = (text, where) => {
  const decimal = /^[^,]*,[^,]*$/.test(text) ? text.replace(',', '.') : text;
  const value = NUMBER.test(decimal) ? Number(decimal) : Number.NaN;
  if (!Number.isFinite(value)) throw csvError('not-a-number', `${where}: "${text}" is not a finite number`);
  return value;
};

/** A category, one of `categories` when they are given. */
export function categoryCell(categories: readonly string[] | undefined): CellReader<string> {
  const known = categories && new Set(categories);
  return (text, where) => {
    if (known && !known.has(text)) throw csvError('unknown-category', `${where}: "${text}" is not one of --categories (${categories!.join(', ')})`);
    return text;
  };
}
