/**
 * One subject of the matrix: its title and what its row lacks, in words, then a cell per person.
 * Subscribes to its own entries only (derive.ts keeps them the same array while unchanged), so a
 * click re-renders this row and no other. Clicks and keys are handled once, by the matrix, which
 * also moves the one cell in the Tab order (every cell renders out of it).
 */
import { memo, type ReactElement } from 'react';
import type { Person, RaciRole } from '../../../../shared/model';
import { Icon } from '../../../components/Icon';
import { deriveSubjectTitles, entriesBySubject, NO_ENTRIES } from '../common/derive';
import { personName, ROLE_NAME, type SubjectKind } from '../common/labels';
import { ROW_H } from './geometry';
import { rowStatus } from './rowStatus';
import { useWorkbookValue } from '../../../state/hooks';

interface RaciRowProps {
  readonly subjectId: string;
  readonly kind: SubjectKind;
  /** Place among the subject rows (keyboard), and in the whole grid (aria-rowindex). */
  readonly row: number;
  readonly ariaRow: number;
  readonly people: readonly Person[];
  /** A focus request for this row: the cell's column (-1 for the row heading) and its `data-focus`. */
  readonly focus: { readonly col: number; readonly key: string } | null;
}

const ICON = { good: 'check', bad: 'alert', warn: 'alert', quiet: null } as const;

export const RaciRow = memo(function RaciRow({ subjectId, kind, row, ariaRow, people, focus }: RaciRowProps): ReactElement {
  const entries = useWorkbookValue((w) => entriesBySubject(w).get(subjectId) ?? NO_ENTRIES);
  const title = useWorkbookValue((w) => deriveSubjectTitles(w).get(subjectId) ?? subjectId);
  const roles = new Map<string, RaciRole>();
  for (const e of entries) if (!roles.has(e.personId)) roles.set(e.personId, e.role);
  const status = rowStatus(kind, entries);
  const icon = ICON[status.tone];
  return (
    // Exactly ROW_H tall, like the spacers that stand in for the rows not rendered.
    <tr className={`raci-row is-${status.tone}`} data-row={row} aria-rowindex={ariaRow} style={{ height: ROW_H }}>
      <th scope="row" className="raci-subject" tabIndex={-1} data-focus={focus?.col === -1 ? focus.key : undefined}>
        <span className="raci-subject-title" title={title}>{title}</span>
        <span className={`raci-rule rule-${status.tone}`}>{icon && <Icon name={icon} size={14} />}{status.text}</span>
      </th>
      {people.map((p, col) => {
        const role = roles.get(p.id) ?? null;
        return (
          <td key={p.id}>
            <button type="button" className={`raci-cell role-${role ?? 'none'}`} data-col={col} tabIndex={-1}
              data-focus={focus?.col === col ? focus.key : undefined}
              aria-label={`${personName(p, col)} on “${title}”: ${role ? ROLE_NAME[role] : 'no role'}`}>
              {role ?? ''}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
