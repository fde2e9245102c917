/**
 * The workbook's audit trail, newest first: what was recorded beside the undo history (a tier
 * adopted against the suggestion, a control removed, a parked question converted, an export),
 * when, by whom and in what words. The most recent entries show; the rest on request.
 */
import { useState, type ReactElement } from 'react';
import type { AuditEntry } from '../../../shared/model';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../components/format';
import { useWorkbookList } from '../../state/hooks';
import { EXPORT_ACTION, PARKING_CONVERTED_ACTION, TIER_ADOPTED, CONTROL_ADDED, CONTROL_REMOVED } from '../../state/commands';

const FIRST = 12;

const ACTION_WORDS: Readonly<Record<string, string>> = {
  [EXPORT_ACTION]: 'Documents exported',
  [PARKING_CONVERTED_ACTION]: 'Parking-lot item converted',
  [TIER_ADOPTED]: 'Tier adopted',
  [CONTROL_ADDED]: 'Control added',
  [CONTROL_REMOVED]: 'Control removed',
};

/** "room-vote" → "Room vote", for actions this screen has no words for. */
const actionWords = (action: string): string =>
  ACTION_WORDS[action] ?? (action.charAt(0).toUpperCase() + action.slice(1)).replace(/[-_]+/g, ' ');

export function AuditTrail(): ReactElement {
  const audit = useWorkbookList((w) => w.audit);
  const people = useWorkbookList((w) => w.people);
  const [all, setAll] = useState(false);
  const newest = audit.slice().reverse();
  const shown = all ? newest : newest.slice(0, FIRST);
  const who = (e: AuditEntry) => (e.actorId ? people.find((p) => p.id === e.actorId)?.name ?? e.actorId : null);

  return (
    <section className="audit-trail" aria-labelledby="audit-trail-title">
      <h3 id="audit-trail-title">Audit trail</h3>
      {audit.length === 0
        ? <p className="empty-note">Nothing recorded yet. Tier changes, controls removed, conversions from the parking lot and exports are recorded here, and cannot be undone.</p>
        : (
          <ul className="audit-list" aria-label="Audit trail">
            {shown.map((e, i) => (
              <li key={`${e.at}-${newest.length - i}`} className="audit-row">
                <p><strong>{actionWords(e.action)}</strong> <span className="muted">· {formatDateTime(Date.parse(e.at))}{who(e) ? ` · ${who(e)}` : ''}</span></p>
                {e.detail && <p className="audit-detail">{e.detail}</p>}
              </li>
            ))}
          </ul>
        )}
      {!all && audit.length > FIRST && <Button size="sm" onClick={() => setAll(true)}>Show all {audit.length} entries</Button>}
    </section>
  );
}
