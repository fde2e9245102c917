/**
 * The RACI matrix: subjects as rows (decisions, then metrics, then roadmap items), people as
 * columns, each cell a button that cycles R → A → C → I → empty. Built to stay quick at 300
 * decisions × 60 people: only the rows in view are rendered (useVirtualRows), headings stay put
 * while it scrolls (sticky), one click and one key handler serve every cell, and a row
 * re-renders only when its own entries change. On the keyboard it is one Tab stop; arrow keys
 * move between cells (gridKeys.ts), and what a change did is said in a live region. Which cell
 * is the Tab stop is kept in the DOM, not in React state, so moving it re-renders nothing.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Person, RaciRole, Workbook } from '../../../../shared/model';
import { cycleRaciRole, raciRoleOf, setRaciRole } from '../../../state/commands';
import { useVirtualRows } from '../../../hooks/useVirtualRows';
import { useDerived, useWorkbookList } from '../../../state/hooks';
import { useDoc, useEditor } from '../../../state/editor/context';
import { deriveMatrixRows, deriveSubjectTitles, entriesBySubject, NO_ENTRIES, type MatrixRow } from '../common/derive';
import { personName, ROLE_NAME, SUBJECT_GROUP, type SubjectKind } from '../common/labels';
import { FALLBACK_ROWS, HEAD_H, OVERSCAN, ROW_H, viewHeight } from './geometry';
import { useMatrixWidths } from './useMatrixWidths';
import { gridKeyAction, type Cell } from './gridKeys';
import { raciTargetOf } from '../common/raciTarget';
import { RaciHeader } from './RaciHeader';
import { RaciRow } from './RaciRow';
import { rowStatus } from './rowStatus';

const rowHeight = () => ROW_H;

const GROUP_NOTE: Readonly<Record<SubjectKind, string>> = {
  decision: 'each needs exactly one A and at least one R',
  metric: 'optional: the same rule, as advice',
  roadmap: 'optional: the same rule, as advice',
};

export function RaciMatrix(): ReactElement {
  const editor = useEditor();
  const rows = useDerived(deriveMatrixRows);
  const people = useWorkbookList((w) => w.people);
  /** Where each subject row is among all rows, and each subject's place among the subject rows. */
  const { flat, placeOf } = useMemo(() => {
    const flat: number[] = [];
    const placeOf = new Map<string, number>();
    rows.forEach((r, i) => {
      if (r.kind !== 'subject') return;
      placeOf.set(r.id, flat.length);
      flat.push(i);
    });
    return { flat, placeOf };
  }, [rows]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const key = useCallback((i: number) => { const r = rows[i]; return !r ? String(i) : r.kind === 'group' ? `group-${r.group}` : r.id; }, [rows]);
  const live = useRef<HTMLParagraphElement>(null);
  /** The cell last focused or asked for, the Tab stop, and a cell to focus once it is rendered. */
  const active = useRef<Cell>({ row: 0, col: 0 });
  const tabStop = useRef<HTMLButtonElement | null>(null);
  const wantFocus = useRef<Cell | null>(null);

  // A focus request for a cell or a row: the window goes there in this very render, so that
  // the screen's focus handling finds the element it asks for.
  const request = useStore(editor.focus, (s) => s.request);
  const target = useDoc(useShallow((d) => raciTargetOf(d.workbook, request)));
  const targetRow = target ? placeOf.get(target.subjectId) ?? -1 : -1;
  const targetCol = target?.personId ? people.findIndex((p) => p.id === target.personId) : -1;
  const reachable = target !== null && targetRow >= 0 && (target.personId === null || targetCol >= 0);
  const [revealed, setRevealed] = useState<{ readonly nonce: number; readonly at: number; readonly cell: Cell } | null>(null);
  // Rendered centred on the row asked for until the box has scrolled there.
  const [centre, setCentre] = useState<number | null>(null);
  if (reachable && revealed?.nonce !== target.nonce) {
    setRevealed({ nonce: target.nonce, at: flat[targetRow]!, cell: { row: targetRow, col: Math.max(0, targetCol) } });
    setCentre(flat[targetRow]!);
  }
  const win = useVirtualRows({
    count: rows.length, box, key, estimate: rowHeight, overscan: OVERSCAN, headHeight: HEAD_H, centre,
    firstHeight: typeof window !== 'undefined' && window.innerHeight > 0 ? viewHeight(window.innerHeight) : HEAD_H + FALLBACK_ROWS * ROW_H,
    unlaidHeight: typeof window !== 'undefined' && window.innerHeight > 0 ? viewHeight(window.innerHeight) : HEAD_H + FALLBACK_ROWS * ROW_H,
  });
  const { scrollTo } = win;
  useLayoutEffect(() => {
    if (!revealed) return;
    active.current = revealed.cell;
    scrollTo(revealed.at, 'center');
    setCentre(null);
  }, [revealed, scrollTo]);

  const cellButton = (c: Cell) => box?.querySelector<HTMLButtonElement>(`tr[data-row="${c.row}"] button[data-col="${c.col}"]`) ?? null;
  const moveTabStop = (to: HTMLButtonElement | null) => {
    if (to === tabStop.current) return;
    if (tabStop.current) tabStop.current.tabIndex = -1;
    if (to) to.tabIndex = 0;
    tabStop.current = to;
  };
  // After each render of the window: focus a cell that was waiting for its row, and keep one
  // Tab stop (the active cell when it is rendered, else the one before, else the first shown).
  useLayoutEffect(() => {
    const want = wantFocus.current;
    const waiting = want && cellButton(want);
    if (waiting) {
      wantFocus.current = null;
      waiting.focus();
    }
    const kept = tabStop.current?.isConnected ? tabStop.current : null;
    moveTabStop(cellButton(active.current) ?? kept ?? box?.querySelector<HTMLButtonElement>('button.raci-cell') ?? null);
  });

  const change = (c: Cell, role: RaciRole | null | 'cycle') => {
    const subject = rows[flat[c.row]!];
    const person = people[c.col];
    if (subject?.kind !== 'subject' || !person) return;
    if (!editor.execute(role === 'cycle' ? cycleRaciRole(subject.id, person.id) : setRaciRole(subject.id, person.id, role))) return;
    if (live.current) live.current.textContent = announcement(editor.workbook, subject, person, c.col);
  };

  const moveTo = (to: Cell) => {
    active.current = to;
    win.scrollTo(flat[to.row]!, 'nearest');
    const button = cellButton(to);
    if (button) button.focus();
    else wantFocus.current = to;
  };

  const onClick = (e: MouseEvent) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('button.raci-cell');
    const tr = button?.closest<HTMLElement>('tr[data-row]');
    if (!button || !tr) return;
    change({ row: Number(tr.dataset.row), col: Number(button.dataset.col) }, 'cycle');
  };

  const onFocus = (e: FocusEvent) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button.raci-cell');
    const tr = button?.closest<HTMLElement>('tr[data-row]');
    if (!button || !tr) return;
    active.current = { row: Number(tr.dataset.row), col: Number(button.dataset.col) };
    moveTabStop(button);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    const tr = el.closest<HTMLElement>('tr[data-row]');
    if (!tr) return;
    const at = { row: Number(tr.dataset.row), col: el.matches('button.raci-cell') ? Number(el.dataset.col) : -1 };
    const action = gridKeyAction(e.key, e.ctrlKey || e.metaKey, at, flat.length, people.length);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'set') change(at, action.role);
    else moveTo(action.to);
  };

  const span = people.length + 1;
  const { subject: subjectW, column: columnW } = useMatrixWidths(box, people.length);

  return (
    <>
      <div className="raci-scroll" ref={setBox} style={{ scrollPaddingTop: HEAD_H, scrollPaddingLeft: subjectW }}>
        <table className="raci-table" role="grid" aria-label="RACI matrix" aria-rowcount={rows.length + 1} aria-colcount={span}
          style={{ width: subjectW + people.length * columnW }} onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus}>
          <colgroup>
            <col style={{ width: subjectW }} />
            {people.map((p) => <col key={p.id} style={{ width: columnW }} />)}
          </colgroup>
          <thead><RaciHeader people={people} /></thead>
          <tbody>
            {win.above > 0 && <tr className="raci-spacer" aria-hidden="true" style={{ height: win.above }}><td colSpan={span} /></tr>}
            {rows.slice(win.first, win.last).map((r, k) => {
              const i = win.first + k;
              if (r.kind === 'group') {
                return (
                  <tr key={`group-${r.group}`} className="raci-group" aria-rowindex={i + 2} style={{ height: ROW_H }}>
                    <th colSpan={span}>
                      <span className="raci-group-label">{SUBJECT_GROUP[r.group]} <span className="raci-group-note">· {r.count} · {GROUP_NOTE[r.group]}</span></span>
                    </th>
                  </tr>
                );
              }
              const place = placeOf.get(r.id)!;
              return (
                <RaciRow key={r.id} subjectId={r.id} kind={r.group} row={place} ariaRow={i + 2} people={people}
                  focus={reachable && place === targetRow ? { col: targetCol, key: target.key } : null} />
              );
            })}
            {win.below > 0 && <tr className="raci-spacer" aria-hidden="true" style={{ height: win.below }}><td colSpan={span} /></tr>}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" aria-live="polite" ref={live} />
    </>
  );
}

/** What the live region says after a change: the person's new role, and where the row stands. */
function announcement(w: Workbook, subject: Extract<MatrixRow, { kind: 'subject' }>, person: Person, col: number): string {
  const role = raciRoleOf(w.raci, subject.id, person.id);
  const title = deriveSubjectTitles(w).get(subject.id) ?? subject.id;
  const status = rowStatus(subject.group, entriesBySubject(w).get(subject.id) ?? NO_ENTRIES);
  return `${personName(person, col)}: ${role ? ROLE_NAME[role] : 'no role'} on “${title}”. ${status.text}.`;
}
