/**
 * The decision register: every decision as a row, filtered and sorted here (shared/logic does
 * the work; rows are memoized), in a scrolling box with its header in view. Only the rows in
 * view are rendered (useVirtualRows), measured as they show: three hundred decisions cost what
 * twenty do. Adding a decision opens it with its title focused.
 */
import { useCallback, useEffect, useMemo, useState, type Dispatch, type ReactElement, type SetStateAction } from 'react';
import { filterRows, sortRows, type RegisterFilter, type SortDirection, type SortKey } from '../../../../shared/logic';
import { Button } from '../../../components/Button';
import { Section } from '../../../components/Section';
import { useVirtualRows } from '../../../hooks/useVirtualRows';
import { addDecision, blankDecision, newDecisionId } from '../../../state/commands';
import { useDerived, useWorkbookValue } from '../../../state/hooks';
import { moneyFormatOf } from '../../../state/selectors';
import { useEditor } from '../../../state/editor/context';
import { deriveRows } from '../common/derive';
import { showDecision } from '../common/selection';
import { RegisterFilters } from './RegisterFilters';
import { RegisterRow } from './RegisterRow';
import { SortHeader } from './SortHeader';

export const REGISTER_ID = 'decision-register';
const COLUMNS = 8;
/** A row's height until it is measured (titles and control lists wrap, so rows differ). */
const ESTIMATE_PX = 100;
/** Rows beyond each edge of the view: more than the tallest row, so Tab always finds the next row rendered. */
const OVERSCAN_ROWS = 3;
/** Before the box is laid out: its largest height in CSS. */
const FIRST_VIEWPORT_PX = 640;
const estimate = () => ESTIMATE_PX;

interface RegisterSectionProps {
  readonly filter: RegisterFilter;
  readonly onFilter: Dispatch<SetStateAction<RegisterFilter>>;
  readonly selectedId: string | null;
}

export function RegisterSection({ filter, onFilter, selectedId }: RegisterSectionProps): ReactElement {
  const editor = useEditor();
  const rows = useDerived(deriveRows);
  const money = useWorkbookValue(moneyFormatOf);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'file', direction: 'asc' });
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort.key, sort.direction), [rows, filter, sort]);
  const ids = useMemo(() => shown.map((r) => r.id), [shown]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const key = useCallback((index: number) => ids[index] ?? String(index), [ids]);
  // Where nothing is laid out (a test's DOM), every row is rendered: the view is taller than them all.
  const view = useVirtualRows({
    count: ids.length, box, key, estimate, overscan: OVERSCAN_ROWS,
    firstHeight: FIRST_VIEWPORT_PX, unlaidHeight: (ids.length + 1) * ESTIMATE_PX,
  });
  const selectedIndex = selectedId ? ids.indexOf(selectedId) : -1;

  // A new filter or order starts at the top.
  useEffect(() => { if (box) box.scrollTop = 0; }, [box, filter, sort]);

  // Keep the selected row in view inside the box (not the page: the editor below is what moves
  // into view). It may not be rendered yet, so its place comes from the row heights.
  useEffect(() => {
    if (!box || selectedIndex < 0) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const { start: top, end: bottom } = view.bounds(selectedIndex);
    if (top < box.scrollTop) box.scrollTop = top;
    else if (bottom + head > box.scrollTop + box.clientHeight) box.scrollTop = bottom + head - box.clientHeight;
    // Only when the selection changes: scrolling away from it afterwards is the reader's choice.
  }, [box, selectedId]);

  const add = () => {
    const w = editor.workbook;
    const id = newDecisionId(w);
    if (editor.execute(addDecision(blankDecision(id)))) {
      onFilter({ text: '', attention: false, tier: 'all', node: 'all' });
      showDecision(editor, id, 'title');
    }
  };

  const sortBy = (key: SortKey) => setSort((s) => (s.key === key
    ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
    // Most gaps first is what "sort by status" is for.
    : { key, direction: key === 'attention' ? 'desc' : 'asc' }));
  const header = (key: SortKey, label: string) => <SortHeader label={label} sortKey={key} sort={sort} onSort={sortBy} />;

  return (
    <Section title="Register" id={REGISTER_ID} focusKey="/decisions"
      description="Every decision the AI can make. Click a title to classify it; click its node to see it on the map."
      actions={<Button icon="plus" variant="primary" onClick={add}>Add decision</Button>}>
      <RegisterFilters filter={filter} onFilter={onFilter} rows={rows} shown={shown.length} />
      {rows.length === 0 && <p className="empty-note">No decision yet. Add one here, or create one from a decision point on the Map.</p>}
      {rows.length > 0 && shown.length === 0 && <p className="empty-note">No decision matches these filters.</p>}
      {shown.length > 0 && (
        <div className="register-scroll" ref={setBox}>
          <table className="data-table register-table" aria-rowcount={shown.length + 1}>
            <caption className="visually-hidden">Decision register: one row per decision</caption>
            <thead>
              <tr aria-rowindex={1}>
                {header('title', 'Decision')}
                {header('action', 'Action')}
                <th scope="col">Factors</th>
                {header('suggested', 'Suggested')}
                {header('adopted', 'Adopted · mode')}
                <th scope="col">Controls</th>
                <th scope="col">People</th>
                {header('attention', 'Status')}
              </tr>
            </thead>
            <tbody>
              {view.above > 0 && <tr className="row-spacer" aria-hidden="true"><td colSpan={COLUMNS} style={{ height: view.above }} /></tr>}
              {shown.slice(view.first, view.last).map((r, i) => (
                <RegisterRow key={r.id} row={r} index={view.first + i} measure={view.measure} selected={r.id === selectedId} money={money} />
              ))}
              {view.below > 0 && <tr className="row-spacer" aria-hidden="true"><td colSpan={COLUMNS} style={{ height: view.below }} /></tr>}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
