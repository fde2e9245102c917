/**
 * Observations from a CSV file (`date,value[,note]`) or pasted from a spreadsheet (tab
 * separated), read by one parser with two ways of reporting: `parseObservations` is all or
 * nothing (any bad row is reported by its line number and nothing is imported, so a
 * half-imported file never reaches the scorecard), `readObservations` gives the good rows and
 * the bad ones side by side (a paste imports what it can and lists the rest).
 *
 * Without a locale, dates are ISO and a decimal comma is read where the separator is not a
 * comma (as before 1.1). With the workbook's locale (observations-locale.ts), dates may also be
 * written in its order (31/12/2026 in en-GB, 31.12.2026 in de-DE, 12/31/2026 in en-US) and
 * numbers in its decimal style; a first line that holds no date and no number is a header,
 * whatever its words.
 */
import type { Observation } from '../model';
import { isValidDate } from './dates';
import { dateExample, numberExample, observationLocale, readLocalDate, readLocalNumber, type ObservationLocale } from './observations-locale';

export interface ImportError { readonly line: number; readonly message: string }

export type ObservationImport =
  | { readonly ok: true; readonly observations: Observation[] }
  | { readonly ok: false; readonly errors: ImportError[] };

export interface ObservationRows {
  readonly observations: Observation[];
  readonly errors: ImportError[];
  /** The line skipped as a header (1-based), if any. */
  readonly headerLine?: number;
}

export interface ObservationReadOptions {
  /** The workbook's locale: dates in its order and numbers in its style are accepted too. */
  readonly locale?: string;
}

/** Reports at most this many errors; a wrong file would otherwise list every line. */
const MAX_ERRORS = 50;

const NOTHING = 'no observations found: expected lines of date and value';

export function parseObservations(text: string, options: ObservationReadOptions = {}): ObservationImport {
  const { observations, errors } = readObservations(text, options);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, observations };
}

/** Every row read: the good ones as observations, the bad ones as errors with their line and why. */
export function readObservations(text: string, options: ObservationReadOptions = {}): ObservationRows {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const separator = detectSeparator(lines);
  const local = options.locale === undefined ? null : observationLocale(options.locale);
  const observations: Observation[] = [];
  const errors: ImportError[] = [];
  let headerLine: number | undefined;
  let sawData = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || errors.length >= MAX_ERRORS) return;
    const cells = splitRow(raw, separator).map((c) => c.trim());
    const [date, value, ...rest] = cells;
    if (!sawData) {
      sawData = true;
      if (isHeader(cells, local)) { headerLine = line; return; }
    }
    if (cells.length < 2) { errors.push({ line, message: 'needs a date and a value' }); return; }
    const iso = local ? readLocalDate(date!, local) : isValidDate(date) ? date : null;
    if (iso === null) { errors.push({ line, message: dateError(date!, local) }); return; }
    const number = local ? readLocalNumber(value!, local) : parseNumber(value!, separator);
    if (number === null) { errors.push({ line, message: local ? `"${value}" is not a number: write it as ${numberExample(local)}` : `"${value}" is not a number` }); return; }
    const note = rest.join(separator).trim();
    observations.push(note ? { date: iso, value: number, note } : { date: iso, value: number });
  });
  if (errors.length === 0 && observations.length === 0) errors.push({ line: 1, message: NOTHING });
  return headerLine === undefined ? { observations, errors } : { observations, errors, headerLine };
}

/**
 * A header is the first line when it reads as one: "date,value" always; with a locale, any
 * words ("Week ending", "Q1 2026"), as long as no cell is made of digits and punctuation only
 * (a date or a number, even a wrong one: a first data row with a typo is reported, not skipped).
 */
function isHeader(cells: readonly string[], local: ObservationLocale | null): boolean {
  if (/^date$/i.test(cells[0] ?? '') && /^value$/i.test(cells[1] ?? '')) return true;
  if (!local) return false;
  const words = cells.filter((c) => c !== '');
  return words.length > 0 && words.every((c) => !/^[\d\s.,/%+-]+$/.test(c) && readLocalDate(c, local) === null);
}

function dateError(date: string, local: ObservationLocale | null): string {
  return local ? `"${date}" is not a date: write ${dateExample(local)} or 2026-12-31` : `"${date}" is not a date YYYY-MM-DD`;
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
