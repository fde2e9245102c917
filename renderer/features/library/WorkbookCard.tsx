/** One workbook in the library: title, organization and pilot, readiness at a glance, last change, actions. */
import type { ReactElement } from 'react';
import { QUESTION_TEXT } from '../../../shared/logic';
import { CURRENT_SCHEMA_VERSION, QUESTIONS, type Question } from '../../../shared/model';
import { formatRoute } from '../../state/routes';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { formatDateTime, formatRelative } from '../../components/format';
import { ReadinessGlance } from '../../components/ReadinessGlance';
import type { LibraryEntry } from '../../db/summaries';
import { withVerdict } from '../../db/records';

const NAMES = Object.fromEntries(QUESTIONS.map((q) => [q, QUESTION_TEXT[q].short])) as Record<Question, string>;

interface CardProps {
  readonly row: LibraryEntry;
  readonly onRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

export function WorkbookCard({ row, onRename, onDuplicate, onDelete }: CardProps): ReactElement {
  const newer = row.schemaVersion > CURRENT_SCHEMA_VERSION;
  const href = formatRoute({ screen: 'workbook', workbookId: row.id, stage: 'overview' });
  return (
    <li className="card wb-card">
      <div className="wb-head">
        <h2 className="wb-title">
          {newer ? row.title : <a href={href} className="wb-link">{row.title}</a>}
        </h2>
        <p className="wb-meta">
          {[row.organization, row.pilotName ? `Pilot: ${row.pilotName}` : null].filter(Boolean).join(' · ') || 'No organization or pilot yet'}
        </p>
      </div>
      {newer
        ? <Badge tone="warn">Made by a newer Sprintbook: update to open it</Badge>
        : <ReadinessGlance summary={withVerdict(row.summary)} names={NAMES} />}
      <div className="wb-foot">
        <p className="wb-changed" title={formatDateTime(row.savedAt)}>Changed {formatRelative(row.savedAt)}</p>
        <div className="wb-actions">
          <Button size="sm" variant="ghost" icon="edit" onClick={onRename} disabled={newer} aria-label={`Rename “${row.title}”`}>Rename</Button>
          <Button size="sm" variant="ghost" icon="copy" onClick={onDuplicate} disabled={newer} aria-label={`Duplicate “${row.title}”`}>Duplicate</Button>
          <Button size="sm" variant="ghost" icon="trash" onClick={onDelete} aria-label={`Delete “${row.title}”`}>Delete</Button>
        </div>
      </div>
    </li>
  );
}
