/**
 * Facts recorded in the audit trail outside undo history: an export happened, whatever is
 * undone afterwards. Day 10 of the agenda ("documents exported") is read from these entries.
 */
import { command, type Command } from './command';

export const EXPORT_ACTION = 'exported';

export const recordExport = (documents: readonly string[]): Command =>
  command('Record export', (w, ctx) => {
    ctx.audit({ action: EXPORT_ACTION, detail: documents.join(', ') });
    return w;
  }, { history: false });
