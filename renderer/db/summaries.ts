/**
 * The library's summaries (issue 12, "the library draws from a small summary kept at save
 * time"): one small row per workbook in their own table, written in the same transaction as the
 * workbook's row, so the library lists its cards and the portfolio view without reading any
 * workbook's full text. A summary holds what a card shows (title, organization, pilot, readiness
 * at a glance, last change), the portfolio's facts (shared/logic `portfolioFacts`: verdict,
 * blockers per question, triggered kill criteria, the gates in schedule order) and the row
 * revision it was made from. Libraries kept before the table existed get theirs once, when the
 * database upgrades (`backfillSummaries`).
 */
import type { Transaction } from 'dexie';
import { findLoadProblems } from '../../shared/format/problems';
import { portfolioFacts, type PortfolioFacts } from '../../shared/logic';
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../shared/model';
import type { WorkbookCard, WorkbookRow } from './db';
import type { Assessed } from './records';

export interface LibraryEntry extends WorkbookCard {
  /** Null when not known: a row from a newer Sprintbook, or one whose text did not read at the upgrade. */
  readonly portfolio: PortfolioFacts | null;
  /** The row revision this summary was made from. */
  readonly revision: number;
}

/**
 * The summary of `row`, which holds `w` (both made outside any transaction); `assessed`, when the
 * caller has it, spares computing readiness a second time on every save.
 */
export function entryOf(row: WorkbookRow, w: Workbook | null, revision: number, assessed?: Assessed): LibraryEntry {
  return {
    id: row.id,
    title: row.title,
    ...(row.organization !== undefined ? { organization: row.organization } : {}),
    pilotName: row.pilotName,
    updatedAt: row.updatedAt,
    savedAt: row.savedAt,
    schemaVersion: row.schemaVersion,
    summary: row.summary,
    portfolio: w ? portfolioFacts(w, assessed ? [] : findLoadProblems(w), assessed) : null,
    revision,
  };
}

/**
 * A stored row's summary, reading its text: for the upgrade and for putting back a deleted
 * workbook. Rows are canonical text of the current schema; any other (a newer app's) has no
 * portfolio facts until it is saved again.
 */
export function entryOfStored(row: WorkbookRow, revision = row.revision ?? 0): LibraryEntry {
  let w: Workbook | null = null;
  if (row.schemaVersion === CURRENT_SCHEMA_VERSION) {
    try {
      w = JSON.parse(row.text) as Workbook;
    } catch {
      w = null;
    }
  }
  try {
    return entryOf(row, w, revision);
  } catch {
    return entryOf(row, null, revision); // a text the rules cannot read still lists, without its facts
  }
}

/** The one-time backfill when the database gains the summaries table: every stored workbook gets its summary. */
export async function backfillSummaries(tx: Transaction): Promise<void> {
  const rows = await tx.table<WorkbookRow, string>('workbooks').toArray();
  await tx.table<LibraryEntry, string>('summaries').bulkPut(rows.map((row) => entryOfStored(row)));
}
