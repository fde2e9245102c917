/**
 * Commands: the one way to change a workbook (ARCHITECTURE.md). A command is a pure function
 * from a workbook to a new workbook, with a label for the undo menu and two declarations:
 * whether it enters undo history, and a coalescing key so that a burst (typing in one field, a
 * whole drag) becomes one entry. `runCommand` stamps `updatedAt` and appends audit entries, so
 * a command never has to remember either.
 *
 * Later stages add their own commands next to commands/*.ts; a tier change, say, would be:
 *
 *   command('Change tier', (w, ctx) => {
 *     ctx.audit({ action: 'tier-changed', subjectId: id, detail: `${from} → ${to}: ${reason}` });
 *     return { ...w, decisions: updateById(w.decisions, id, (d) => ({ ...d, tier: to, tierReason: reason })) };
 *   })
 */
import type { AuditEntry, Workbook } from '../../../shared/model';
import { rfc3339 } from './update';

export interface CommandContext {
  /** The time of the change (RFC 3339, UTC); also written to `updatedAt`. */
  readonly now: string;
  /** Appends an entry to the workbook's audit trail, stamped with `now`. */
  audit(entry: Omit<AuditEntry, 'at'>): void;
}

export interface Command {
  /** For people: "Undo Rename person". */
  readonly label: string;
  /** False for changes that must never be undone (an export's audit record). Default true. */
  readonly history?: boolean;
  /** Commands with the same key in a row, each within the window of the last, are one undo entry. */
  readonly coalesce?: string;
  /** How long a burst may pause and still coalesce; a drag passes Infinity. Default 1500 ms. */
  readonly coalesceWindowMs?: number;
  /** Returns the new workbook, or `w` itself when there is nothing to change. */
  apply(w: Workbook, ctx: CommandContext): Workbook;
}

export function command(
  label: string,
  apply: Command['apply'],
  options: Pick<Command, 'history' | 'coalesce' | 'coalesceWindowMs'> = {},
): Command {
  return { label, apply, ...options };
}

/**
 * Runs `cmd` on `w` at `now`. Returns `w` itself when the command changed nothing, so callers
 * (history, autosave) can tell a no-op by identity.
 */
export function runCommand(w: Workbook, cmd: Command, now: Date): Workbook {
  const at = rfc3339(now);
  const audit: AuditEntry[] = [];
  const next = cmd.apply(w, { now: at, audit: (entry) => audit.push({ at, ...entry }) });
  if (next === w && audit.length === 0) return w;
  return { ...next, updatedAt: at, audit: audit.length ? [...next.audit, ...audit] : next.audit };
}
