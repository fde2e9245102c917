/** One of the four ownership answers: named (and who, or how often), or missing and what to do. */
import type { ReactElement } from 'react';
import type { Gap } from '../../../../shared/logic';
import type { Workbook } from '../../../../shared/model';
import { Badge } from '../../../components/Badge';
import { useWorkbookValue } from '../../../state/hooks';
import { useEditor } from '../../../state/editor/context';
import { targetOf } from '../../../state/navigation';
import { CADENCE_LABEL } from '../common/labels';
import type { AnswerField } from './groups';

/** What the workbook answers today, in words; '' when nothing. */
function answerText(w: Workbook, field: AnswerField): string {
  const name = (id: string) => w.people.find((p) => p.id === id)?.name.trim() || `unknown person “${id}”`;
  const o = w.ownership;
  if (field === 'measurementCadence') return o.measurementCadence ? CADENCE_LABEL[o.measurementCadence] : '';
  if (field === 'escalationPath') return o.escalationPath.map(name).join(' → ');
  const id = o[field];
  return id === undefined ? '' : name(id);
}

export function AnswerTile({ field, label, gaps }: { field: AnswerField; label: string; gaps: readonly Gap[] }): ReactElement {
  const editor = useEditor();
  const text = useWorkbookValue((w) => answerText(w, field));
  const missing = gaps.length > 0;
  return (
    <li className={`owner-answer ${missing ? 'is-missing' : 'is-named'}`}>
      <div className="owner-answer-head">
        <span className="owner-answer-label">{label}</span>
        {missing ? <Badge tone="bad">{text ? 'Problem' : 'Missing'}</Badge> : <Badge tone="good">Named</Badge>}
      </div>
      <p className="owner-answer-value">{text || <span className="muted">Not named yet</span>}</p>
      {gaps.map((g) => (
        <p key={g.path} className="owner-answer-gap">
          {g.message}{' '}
          <button type="button" className="link-button" onClick={() => editor.requestFocus(targetOf(editor.workbook, g.path))}>
            {text ? 'Fix it' : 'Name one'}
          </button>
        </p>
      ))}
    </li>
  );
}
