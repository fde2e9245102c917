/**
 * Loading a `.sprintbook`: two outcomes that must never be confused.
 * Refused — nothing is opened, and the user is told why with the JSON pointer of each fault.
 * Opened — the workbook, plus the problems (dangling references, cycles) readiness counts.
 * Never throws for bad input, whatever the bytes.
 */
import { CURRENT_SCHEMA_VERSION, type Problem, type Workbook } from '../model';
import { decodeWorkbookBytes, stripBom } from './decode';
import { refusal, type Refusal } from './faults';
import { findDuplicateDays, findDuplicateIds } from './identity';
import { describeValue, faultsFromIssues } from './issues';
import { MIGRATIONS, migrate, type Migration, type RawObject } from './migrations';
import { findLoadProblems } from './problems';
import { workbookSchemaV1 } from './schema';
import { findStructureFaults } from './structure';
import { findUnsafeKeys } from './unsafe-keys';

export type LoadResult =
  | {
      readonly ok: true;
      readonly workbook: Workbook;
      readonly problems: readonly Problem[];
      /** The schema version the file had, when it was migrated on the way in. */
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly refusal: Refusal };

export interface LoadOptions {
  /** For tests of the migration chain; the app always uses the real registry. */
  readonly migrations?: readonly Migration[];
}

/** Loads a workbook from the bytes of a file (UTF-8, optional BOM). */
export function loadWorkbookBytes(bytes: Uint8Array, options: LoadOptions = {}): LoadResult {
  const decoded = decodeWorkbookBytes(bytes);
  return decoded.ok ? loadWorkbook(decoded.text, options) : decoded;
}

/** Loads a workbook from text. */
export function loadWorkbook(text: string, options: LoadOptions = {}): LoadResult {
  try {
    return load(stripBom(text), options.migrations ?? MIGRATIONS);
  } catch (e) {
    // Every check above is written not to throw; this is the guarantee if one ever does.
    return refused('invalid', `The workbook could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function load(text: string, migrations: readonly Migration[]): LoadResult {
  if (text.trim() === '') return refused('not-json', 'This is not a Sprintbook workbook: the file is empty.');
  // Nesting is checked before parsing: a million levels would otherwise be parsed and walked first.
  const structure = findStructureFaults(text);
  const tooDeep = structure.find((f) => f.kind === 'depth');
  if (tooDeep) return refused('invalid', 'The workbook nests too deeply and cannot be opened.', [{ path: tooDeep.path, message: tooDeep.message }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refused('not-json', `This is not a Sprintbook workbook: the file is not valid JSON (${jsonErrorWhere(text, e)}).`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refused('not-sprintbook', `This is not a Sprintbook workbook: the file holds ${describeValue(raw)}, not a workbook object.`);
  }
  const unsafe = findUnsafeKeys(raw);
  if (unsafe.length > 0) return refused('unsafe-key', 'The workbook contains keys that are not allowed.', unsafe);
  if (structure.length > 0) {
    const faults = structure.map((f) => ({ path: f.path, message: f.message }));
    return refused('invalid', `The workbook has ${faults.length} ${faults.length === 1 ? 'fault' : 'faults'} and cannot be opened.`, faults);
  }

  const doc = raw as RawObject;
  if (doc.format !== 'sprintbook') {
    return refused('not-sprintbook',
      doc.format === undefined
        ? 'This is not a Sprintbook workbook: it has no "format": "sprintbook".'
        : `This is not a Sprintbook workbook: its format is ${describeValue(doc.format)}, not "sprintbook".`,
      [{ path: '/format', message: 'must be "sprintbook"' }]);
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refused('invalid', 'The workbook has no valid schema version.',
      [{ path: '/schemaVersion', message: `must be a whole number, not ${describeValue(version)}` }]);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return refused('newer-version',
      `This workbook was made by a newer Sprintbook (schema version ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Sprintbook to open it.`,
      [{ path: '/schemaVersion', message: `version ${version} is newer than ${CURRENT_SCHEMA_VERSION}` }]);
  }
  let current = doc;
  if (version < CURRENT_SCHEMA_VERSION) {
    const migrated = migrate(doc, version, CURRENT_SCHEMA_VERSION, migrations);
    if (!migrated.ok) return migrated;
    current = migrated.doc;
  }

  const parsed = workbookSchemaV1.safeParse(current, { reportInput: true });
  if (!parsed.success) {
    const faults = faultsFromIssues(parsed.error.issues);
    return refused('invalid', `The workbook has ${faults.length} ${faults.length === 1 ? 'fault' : 'faults'} and cannot be opened.`, faults);
  }
  // No cast: the schema's output type is bound to the model's types (test/unit/shared/format/schema-types.test.ts).
  const workbook: Workbook = parsed.data;
  const faults = [...findDuplicateIds(workbook), ...findDuplicateDays(workbook)];
  if (faults.length > 0) {
    return refused('invalid', `The workbook has ${faults.length} ${faults.length === 1 ? 'fault' : 'faults'} and cannot be opened.`, faults);
  }
  const problems = findLoadProblems(workbook);
  return version < CURRENT_SCHEMA_VERSION
    ? { ok: true, workbook, problems, migratedFrom: version }
    : { ok: true, workbook, problems };
}

function refused(kind: Refusal['kind'], reason: string, faults: Refusal['faults'] = []): LoadResult {
  return { ok: false, refusal: refusal(kind, reason, faults) };
}

/** "line 3, column 14: Unexpected token" from V8's message, which gives a character position. */
function jsonErrorWhere(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  if (!m) return message.replace(/^JSON\.parse: /, '');
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return `line ${line}, column ${column}: ${what}`;
}
