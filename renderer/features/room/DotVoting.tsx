/**
 * Dot voting on the workbook's open parking-lot items: open it with a number of dots each, see
 * the dots arrive on each item (most first), stop it. While it runs, the list the phones see
 * follows the parking lot (an item accepted from the inbox joins it).
 */
import { useEffect, useState, type ReactElement } from 'react';
import { ROOM_LIMITS, type FacilitatorView } from '../../../shared/room';
import { Button } from '../../components/Button';
import { useWorkbook } from '../../state/hooks';
import { openItemsOf } from '../../state/roomFocus';
import { useRoom, useRoomSession } from './useRoom';

export function DotVoting({ view }: { view: FacilitatorView }): ReactElement {
  const session = useRoomSession();
  const busy = useRoom((s) => s.busy !== null);
  const w = useWorkbook();
  const items = openItemsOf(w);
  const [dots, setDots] = useState(3);
  const running = view.dots > 0;
  const listed = JSON.stringify(items);
  const shown = JSON.stringify(view.openItems);

  useEffect(() => {
    if (running && listed !== shown) void session.run('Update the open items', (c) => c.setOpenItems(JSON.parse(listed) as typeof items, view.dots));
  }, [running, listed, shown, session, view.dots]);

  const count = (id: string) => view.tallies.find((t) => t.itemId === id)?.count ?? 0;
  const ranked = [...items].sort((a, b) => count(b.id) - count(a.id));

  return (
    <section className="room-section" aria-labelledby="room-dots-title">
      <header className="room-section-head">
        <h3 id="room-dots-title">Dot voting <span className="muted">· {items.length} open item{items.length === 1 ? '' : 's'}</span></h3>
        {running ? (
          <Button size="sm" disabled={busy} onClick={() => void session.run('Stop dot voting', (c) => c.setOpenItems([], 0))}>Stop dot voting</Button>
        ) : (
          <span className="room-show">
            <label className="visually-hidden" htmlFor="room-dots">Dots each</label>
            <select id="room-dots" value={dots} onChange={(e) => setDots(Number(e.target.value))}>
              {Array.from({ length: ROOM_LIMITS.maxDots }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n} dot{n === 1 ? '' : 's'} each</option>)}
            </select>
            <Button size="sm" variant="primary" disabled={busy || items.length === 0} onClick={() => void session.run('Open dot voting', (c) => c.setOpenItems(items, dots))}>Open dot voting</Button>
          </span>
        )}
      </header>
      {items.length === 0 ? <p className="empty-note">No open parking-lot items to vote on.</p> : (
        <ol className="room-dot-list">
          {ranked.map((i) => (
            <li key={i.id}>
              <span className="room-dot-count" aria-label={`${count(i.id)} dots`}>{count(i.id)}</span>
              <span>{i.text}</span>
            </li>
          ))}
        </ol>
      )}
      {running && <p className="field-hint">Open: {view.dots} dot{view.dots === 1 ? '' : 's'} each. The counts arrive as people vote.</p>}
    </section>
  );
}
