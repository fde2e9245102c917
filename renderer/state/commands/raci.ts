/**
 * Commands on the RACI: one entry per (subject, person), so setting a cell replaces what the
 * cell held (a file may list a pair twice; setting the cell leaves one entry). A cell cycles
 * empty → R → A → C → I → empty, the order of the matrix's legend.
 */
import type { Raci, RaciRole } from '../../../shared/model';
import { command, type Command } from './command';

const NEXT: Readonly<Record<RaciRole | 'none', RaciRole | null>> = { none: 'R', R: 'A', A: 'C', C: 'I', I: null };

const WORD: Readonly<Record<RaciRole, string>> = { R: 'responsible', A: 'accountable', C: 'consulted', I: 'informed' };

/** The role after `role` in the cycle; null is the empty cell. */
export function nextRaciRole(role: RaciRole | null): RaciRole | null {
  return NEXT[role ?? 'none'];
}

/** The role a person holds on a subject: the first entry's, when a file lists the pair twice. */
export function raciRoleOf(raci: readonly Raci[], subjectId: string, personId: string): RaciRole | null {
  return raci.find((r) => r.subjectId === subjectId && r.personId === personId)?.role ?? null;
}

/**
 * Makes `personId` hold `role` on `subjectId` (null: nothing). The entry keeps the place of the
 * pair's first entry; a new pair goes after the subject's last entry (else at the end), so the
 * file keeps each subject's entries together and diffs stay small.
 */
export const setRaciRole = (subjectId: string, personId: string, role: RaciRole | null): Command =>
  command(role ? `Mark as ${WORD[role]} (${role})` : 'Clear RACI cell', (w) => {
    const same = (r: Raci) => r.subjectId === subjectId && r.personId === personId;
    const first = w.raci.findIndex(same);
    if (first >= 0 && w.raci[first]!.role === role && w.raci.filter(same).length === 1) return w;
    if (first < 0 && role === null) return w;
    const raci: Raci[] = [];
    let lastOfSubject = -1;
    w.raci.forEach((r, i) => {
      if (i === first && role) raci.push({ subjectId, personId, role });
      if (same(r)) return;
      raci.push(r);
      if (r.subjectId === subjectId) lastOfSubject = raci.length - 1;
    });
    if (first < 0) raci.splice(lastOfSubject < 0 ? raci.length : lastOfSubject + 1, 0, { subjectId, personId, role: role! });
    return { ...w, raci };
  });

/** One click on a cell: the next role in the cycle, read from the workbook when it runs. */
export const cycleRaciRole = (subjectId: string, personId: string): Command =>
  command('Change RACI cell', (w, ctx) => setRaciRole(subjectId, personId, nextRaciRole(raciRoleOf(w.raci, subjectId, personId))).apply(w, ctx));

/** Removes entry `index` (one that names someone or something that does not exist), if it is still `entry`. */
export const removeRaciEntry = (index: number, entry: Raci): Command =>
  command('Remove RACI entry', (w) => {
    const at = w.raci[index];
    if (!at || at.subjectId !== entry.subjectId || at.personId !== entry.personId || at.role !== entry.role) return w;
    return { ...w, raci: w.raci.filter((_, i) => i !== index) };
  });
