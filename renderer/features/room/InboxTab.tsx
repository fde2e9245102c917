/**
 * The inbox of proposals from the phones, oldest first: accepting one is one undo step in the
 * workbook (with an audit entry naming the room and, unless anonymous, the sender), then the
 * sender is told; rejecting only tells the sender. Below it, dot voting on the open items.
 */
import { useCallback, useRef, type ReactElement } from 'react';
import type { FacilitatorView, InboxItem } from '../../../shared/room';
import { useEditor } from '../../state/editor/context';
import { acceptObservation, acceptParkingItem, parkingProposalProblem } from '../../state/roomCommands';
import { DotVoting } from './DotVoting';
import { InboxItemRow, type Acceptance } from './InboxItemRow';
import { useRoom, useRoomSession } from './useRoom';

/** The oldest proposals first, this many at a time: a full room can send hundreds, and no one reads past the first screens. */
const SHOWN = 25;

export function InboxTab({ view }: { view: FacilitatorView }): ReactElement {
  const editor = useEditor();
  const session = useRoomSession();
  const busy = useRoom((s) => s.busy !== null);
  const taken = useRoom((s) => s.taken);
  const items = view.inbox.filter((i) => !taken.includes(i.id));
  const shown = items.slice(0, SHOWN);

  const accept = (item: InboxItem, as: Acceptance): string | null => {
    let changed: boolean;
    if (as.kind === 'parking') {
      const problem = parkingProposalProblem(as.text);
      if (problem) return problem;
      changed = editor.execute(acceptParkingItem({ text: as.text, at: item.at, ...(item.from ? { from: item.from } : {}) }, view.title));
    } else {
      if (item.kind !== 'observation') return null;
      changed = editor.execute(acceptObservation({ metricId: item.metricId, date: as.date, value: as.value, ...(item.from ? { from: item.from } : {}) }, view.title));
    }
    if (!changed) return 'Nothing was added: the record it belongs to is no longer in the workbook.';
    session.markTaken(item.id);
    void session.run('Tell the sender it was accepted', (c) => c.accept(item.id));
    return null;
  };
  // Stable callbacks, so a row redraws only when its own item changes, not when another arrives.
  const latest = useRef(accept);
  latest.current = accept;
  const onAccept = useCallback((item: InboxItem, as: Acceptance) => latest.current(item, as), []);
  const onReject = useCallback((item: InboxItem) => void session.run('Reject', (c) => c.reject(item.id)), [session]);

  return (
    <div className="room-inbox">
      {items.length === 0 ? (
        <p className="empty-note">Nothing waiting. Parking-lot items and observations sent from the phones arrive here.</p>
      ) : (
        <ul className="room-inbox-list" aria-label="Proposals">
          {shown.map((item) => <InboxItemRow key={item.id} item={item} busy={busy} onAccept={onAccept} onReject={onReject} />)}
        </ul>
      )}
      {items.length > shown.length && <p className="field-hint">{items.length - shown.length} more waiting after these.</p>}
      <DotVoting view={view} />
    </div>
  );
}
