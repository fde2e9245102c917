/**
 * The versions a comparison can take its two sides from: the open workbook now, any snapshot
 * kept in History, and a `.sprintbook` file opened through the host's open dialog (loaded with
 * the normal loader, so a file the app would refuse is refused here with the same message).
 */
import type { Workbook } from '../../../shared/model';
import { formatDateTime } from '../../components/format';
import type { SnapshotReason, SnapshotRow } from '../../db/db';
import { loadBytes, loadText } from '../../db/loader';
import { services } from '../../db/services';

export const NOW = 'now';
export const FILE = 'file';

/** The value of a snapshot in a version picker. */
export const snapshotValue = (id: number | undefined): string => `snapshot:${id ?? ''}`;

/** A file opened for comparing: held in memory only, never added to the library. */
export interface OpenedVersion { readonly name: string; readonly workbook: Workbook }

export type Loaded = { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly message: string };

export const REASON_NAME: Readonly<Record<SnapshotReason, string>> = {
  periodic: 'Kept while editing',
  'before-restore': 'Before a restore',
  'before-replace': 'Before replacing from a file',
  'changed-elsewhere': 'Not saved: changed in another tab or window',
  named: 'Snapshot',
  'end-of-day': 'End of day',
};

/** "End of day 2 (12/03/2026, 18:04)", "Kept while editing (…)". */
export function snapshotLabel(row: SnapshotRow): string {
  return `${row.name ?? REASON_NAME[row.reason]} (${formatDateTime(row.takenAt)})`;
}

/** The picker's options: now, the snapshots (named ones first, each group newest first), and the opened file. */
export function versionOptions(rows: readonly SnapshotRow[], file: OpenedVersion | null): { value: string; label: string }[] {
  const named = rows.filter((r) => r.name !== undefined);
  const rolling = rows.filter((r) => r.name === undefined);
  return [
    { value: NOW, label: 'Now (the open workbook)' },
    ...[...named, ...rolling].map((r) => ({ value: snapshotValue(r.id), label: snapshotLabel(r) })),
    ...(file ? [{ value: FILE, label: `File: ${file.name}` }] : []),
  ];
}

/** The workbook behind picker value `value`. */
export async function loadVersion(value: string, now: Workbook, rows: readonly SnapshotRow[], file: OpenedVersion | null): Promise<Loaded> {
  if (value === NOW) return { ok: true, workbook: now };
  if (value === FILE) return file ? { ok: true, workbook: file.workbook } : { ok: false, message: 'Open a .sprintbook file first.' };
  const row = rows.find((r) => snapshotValue(r.id) === value);
  if (!row) return { ok: false, message: 'That snapshot is no longer in History.' };
  const loaded = await loadText(row.text);
  return loaded.ok ? { ok: true, workbook: loaded.workbook } : { ok: false, message: `That snapshot cannot be read: ${loaded.refusal.reason}` };
}

/** Asks the host for a `.sprintbook` file and loads it; null when the user cancels. */
export async function openVersionFile(): Promise<{ ok: true; version: OpenedVersion } | { ok: false; message: string } | null> {
  const opened = await services().host.openWorkbook();
  if (!opened.ok) return opened.error.code === 'cancelled' ? null : { ok: false, message: opened.error.message };
  const loaded = await loadBytes(opened.value.bytes);
  if (!loaded.ok) return { ok: false, message: `${opened.value.name} cannot be compared: ${loaded.refusal.reason}` };
  return { ok: true, version: { name: opened.value.name, workbook: loaded.workbook } };
}
