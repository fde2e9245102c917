/**
 * The list view: the same items and schedule as the Gantt, as a table for the keyboard and
 * screen readers. Each phase is a group of rows; an item moves up or down within its phase
 * with buttons, to another phase with its Phase field, and its weeks are typed.
 */
import type { ReactElement } from 'react';
import { PHASES } from '../../../shared/model';
import { useDerived } from '../../state/hooks';
import { deriveArrangement } from './common/derive';
import { PHASE_LABEL } from './common/labels';
import { RoadmapListRow } from './RoadmapListRow';

export function RoadmapList({ selectedId }: { selectedId: string | null }): ReactElement {
  const arrangement = useDerived(deriveArrangement);
  return (
    <div className="table-wrap">
      <table className="data-table roadmap-table">
        <caption className="visually-hidden">Roadmap items by phase, with their schedule</caption>
        <thead>
          <tr>
            <th scope="col">Order</th><th scope="col">Item</th><th scope="col">Phase</th><th scope="col">Weeks</th>
            <th scope="col">When</th><th scope="col">Depends on</th><th scope="col">Owner</th><th scope="col">Status</th>
          </tr>
        </thead>
        {PHASES.map((p) => (
          <tbody key={p}>
            <tr className="roadmap-table-phase"><th scope="colgroup" colSpan={8}>{PHASE_LABEL[p]} <span className="muted small">({arrangement[p].length})</span></th></tr>
            {arrangement[p].length === 0
              ? <tr><td colSpan={8} className="muted small">No items in this phase.</td></tr>
              : arrangement[p].map((id, i) => (
                <RoadmapListRow key={id} id={id} first={i === 0} last={i === arrangement[p].length - 1} selected={id === selectedId} />
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
