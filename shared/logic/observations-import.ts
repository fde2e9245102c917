/**
 * Observations from a CSV file (`date,value[,note]`) or pasted from a spreadsheet (tab
 * separated). All or nothing: any bad row is reported by its line number and nothing is
 * imported, so a half-imported series never reaches the scorecard.
 */
import type { Observation } from '../model';
import { isValidDate } from './dates';

export interface ImportError { readonly line: number; readonly message: string }

export type ObservationImport =
  | { readonly ok: true; readonly observations: Observation[] }
  | { readonly ok: false; readonly errors: ImportError[] };

/** Reports at most this many errors; a wrong file would otherwise list every line. */
const MAX_ERRORS = 50;

export function parseObservations(text: string): ObservationImport {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const separator = detectSeparator(lines);
  const observations: Observation[] = [];
  const errors: ImportError[] = [];
  let sawData = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || errors.length >= MAX_ERRORS) return;
    const cells = splitRow(raw, separator).map((c) => c.trim());
    // A header row ("date,value") is allowed as the first non-empty line.
    if (!sawData && /^date$/i.test(cells[0] ?? '') && /^value$/i.test(cells[1] ?? '')) { sawData = true; return; }
    sawData = true;
    const [date, value, ...rest] = cells;
    if (cells.length < 2) { errors.push({ line, message: 'needs a date and a value' }); return; }
    if (!isValidDate(date)) { errors.push({ line, message: `"${date}" is not a date YYYY-MM-DD` }); return; }
    const number = parseNumber(value!, separator);
    if (number === null) { errors.push({ line, message: `"${value}" is not a number` }); return; }
    const note = rest.join(separator).trim();
    observations.push(note ? { date, value: number, note } : { date, value: number });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (observations.length === 0) return { ok: false, errors: [{ line: 1, message: 'no observations found: expected lines of date and value' }] };
  return { ok: true, observations };
}

/** Tabs from a spreadsheet, semicolons from European CSV (decimal commas), commas otherwise. */
function detectSeparator(lines: readonly string[]): string {
  const sample = lines.find((l) => l.trim() !== '') ?? '';
  if (sample.includes('\t')) return '\t';
  if (sample.includes(';')) return ';';
  return ',';
}

/** Splits one CSV row, honouring double quotes (a note may contain the separator). */
function splitRow(row: string, separator: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') { current += '"'; i++; }
      else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (c === separator) {
      cells.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current);
  return cells;
}

/**
 * "6.4", "6,4" (when the separator is not a comma), "1 234,5", "-3", "12%". A finite
 * number, or null.
 */
function parseNumber(text: string, separator: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f%]/g, '');
  if (separator !== ',' && /^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (separator !== ',' && /^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
