// A CSV row of measurements: numbers written as they are (a negative bias stays a number; the
// platform's formula guard would prefix it), every other cell through that guard.
import { csvCell } from '../../platform/csv.ts';

export const measurementRow = (values: readonly unknown[]) => `${values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : csvCell(v))).join(',')}\r\n`;
