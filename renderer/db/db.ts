/**
 * The one IndexedDB database (Dexie): the working copy of every workbook, rolling snapshots,
 * the library's small summaries, and a little metadata. Every `version()` ever shipped stays
 * declared below, oldest first: a browser that last ran an older app upgrades through each.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Verdict } from '../../shared/logic';
import type { Question } from '../../shared/model';
import { backfillSummaries, type LibraryEntry } from './summaries';

/** Readiness at a glance, for library cards and the History list (derived, refreshed on every save). */
export interface LibrarySummary {
  readonly ready: boolean;
  readonly blockers: number;
  readonly warnings: number;
  readonly questions: Readonly<Record<Question, { readonly blockers: number; readonly warnings: number }>>;
  /** Rules 1.1. Absent on rows written before: read it with withVerdict (records.ts). */
  readonly verdict?: Verdict;
  /** Each triggered kill criterion behind a `stop`, named for the card (the library links to no record). */
  readonly stops?: readonly StoppedMetric[];
}

/** A triggered kill criterion as the library keeps it: the metric, what was measured, what it blocks. */
export interface StoppedMetric {
  readonly metric: { readonly name: string };
  readonly unit: string;
  readonly latest: number;
  readonly latestDate: string;
  readonly threshold: number;
  readonly evaluateOn: string | null;
  readonly blocked: readonly { readonly name: string }[];
  readonly waiting: readonly { readonly name: string }[];
}

/** What a library card shows of a workbook: kept on its row and on its summary (summaries.ts). */
export interface WorkbookCard {
  readonly id: string;
  readonly title: string;
  readonly organization?: string;
  readonly pilotName: string;
  /** The workbook's own `updatedAt`. */
  readonly updatedAt: string;
  /** When the workbook's row was last written (ms since the epoch): the library's "last change" order. */
  readonly savedAt: number;
  /** Of the workbook in the row's `text`: a row from a newer app is never overwritten. */
  readonly schemaVersion: number;
  readonly summary: LibrarySummary;
}

export interface WorkbookRow extends WorkbookCard {
  /** The canonical `.sprintbook` JSON (serializeWorkbook). */
  readonly text: string;
  /**
   * Counts the writes of this row (absent on rows written before revisions existed: 0). A write
   * names the revision it was based on and is refused when the row has moved on since: that is
   * how two tabs on one workbook never overwrite each other (renderer/db/autosave).
   */
  readonly revision?: number;
  /** The `.sprintbook` file this workbook was opened from or last saved to (renderer/db/fileLinks). */
  readonly file?: FileLink;
}

/**
 * The link from a working copy to its file: the host's handle for it (the browser host keeps
 * the FileSystemFileHandle behind it in IndexedDB, Electron's main keeps the path), and the
 * row revision the file holds, so a reload knows whether the file lacks changes.
 */
export interface FileLink {
  readonly handle: string;
  readonly name: string;
  /** The row revision whose text the file holds; null when not known (the file lacks changes). */
  readonly revision: number | null;
  /**
   * The canonical text of the workbook as this working copy last read or wrote the file: the base
   * of a three-way merge when the file changed on disk since (renderer/actions/fileMerge). Absent
   * on links kept before merging existed: such a file is written without that check.
   */
  readonly base?: string;
}

export type SnapshotReason = 'periodic' | 'before-restore' | 'before-replace' | 'changed-elsewhere' | 'named' | 'end-of-day';

export interface SnapshotRow {
  readonly id?: number;
  readonly workbookId: string;
  /** When the workbook looked like this (ms since the epoch). */
  readonly takenAt: number;
  readonly reason: SnapshotReason;
  /** The name of a named snapshot ("End of day 3", or one the facilitator typed); absent on the rolling ones. */
  readonly name?: string;
  readonly title: string;
  readonly text: string;
  readonly summary: LibrarySummary;
}

export interface MetaRow { readonly key: string; readonly value: unknown }

export class SprintbookDb extends Dexie {
  declare workbooks: EntityTable<WorkbookRow, 'id'>;
  declare snapshots: EntityTable<SnapshotRow, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  /** What the library draws each workbook from (renderer/db/summaries), without reading its text. */
  declare summaries: EntityTable<LibraryEntry, 'id'>;

  constructor(name = 'sprintbook', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      workbooks: 'id, savedAt',
      snapshots: '++id, workbookId, [workbookId+takenAt]',
      meta: 'key',
    });
    // Issue 12: the library's summaries, filled once from the stored workbooks.
    this.version(2).stores({ summaries: 'id, savedAt' }).upgrade(backfillSummaries);
  }
}

let instance: SprintbookDb | null = null;

/** The app's database (one per page). */
export function getDb(): SprintbookDb {
  instance ??= new SprintbookDb();
  return instance;
}

/** For tests: use `db` (on fake-indexeddb) as the app's database. */
export function setDb(db: SprintbookDb | null): void {
  instance = db;
}
