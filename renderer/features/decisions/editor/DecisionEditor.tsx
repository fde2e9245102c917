/**
 * The selected decision in full: what it is, the guided classification (action, five
 * questions, the suggested tier with its reasons, adopting a tier), its controls, what it logs
 * and what happens when the model is wrong, and who owns, overrides and takes escalations.
 * Removing it also removes the links to it, in one step that Undo takes back.
 */
import { memo, type ReactElement } from 'react';
import { decisionName } from '../../../../shared/logic';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { decisionReferenceCount, removeDecision } from '../../../state/commands';
import { useWorkbookValue } from '../../../state/hooks';
import { useShowOnPhones } from '../../../state/roomPhones';
import { useAppApi } from '../../../state/appContext';
import { useEditor } from '../../../state/editor/context';
import { ClassifyPanel } from '../classify/ClassifyPanel';
import { deriveRowById } from '../common/derive';
import { MODE_LABEL } from '../common/labels';
import { showNodeOnMap } from '../../../state/jumps';
import { EDITOR_ID } from '../common/selection';
import { TierBadge } from '../common/TierBadge';
import { AttentionBox } from './AttentionBox';
import { ControlsFields } from './ControlsFields';
import { IdentityFields } from './IdentityFields';
import { LoggingFields } from './LoggingFields';
import { PeopleFields } from './PeopleFields';

/** Memoized: typing in the register's filter leaves the editor alone. */
export const DecisionEditor = memo(function DecisionEditor({ id }: { id: string }): ReactElement | null {
  const app = useAppApi();
  const editor = useEditor();
  const index = useWorkbookValue((w) => w.decisions.findIndex((d) => d.id === id));
  const decision = useWorkbookValue((w) => w.decisions[index]);
  const count = useWorkbookValue((w) => w.decisions.length);
  const row = useWorkbookValue((w) => deriveRowById(w).get(id));
  const phones = useShowOnPhones({ kind: 'decision', id });
  if (!decision || !row) return null;
  const name = decisionName(decision);

  const remove = () => {
    const refs = decisionReferenceCount(editor.workbook, id);
    if (!editor.execute(removeDecision(id))) return;
    editor.notifyUndoable(`Removed ${name}${refs ? ` and ${refs} link${refs === 1 ? '' : 's'} to it from metrics, the roadmap and the RACI` : ''}.`);
  };

  return (
    <section className="card section decision-editor" id={EDITOR_ID} tabIndex={-1} aria-labelledby="decision-editor-title" data-focus={id}>
      <header className="section-header">
        <div>
          <p className="eyebrow">Decision {index + 1} of {count}</p>
          <h2 id="decision-editor-title" className="section-title">{name}</h2>
          <p className="decision-verdict" aria-live="polite">
            {row.adopted
              ? <><TierBadge tier={row.adopted} size="lg" suffix=" tier" /><span className="muted">{MODE_LABEL[row.mode!]}</span></>
              : <Badge tone="neutral" icon={null} size="lg">Not classified</Badge>}
            {row.attention.length === 0
              ? <Badge tone="good">Complete</Badge>
              : <Badge tone="bad">{row.attention.length} to fix</Badge>}
          </p>
        </div>
        <div className="section-actions">
          {row.nodeId !== null && row.nodeLabel !== null && <Button icon="map" onClick={() => showNodeOnMap(app, row.nodeId!)}>Show on map</Button>}
          {phones.open && <Button icon="people" aria-pressed={phones.shown} onClick={phones.show}>{phones.shown ? 'On phones' : 'Show on phones'}</Button>}
          <Button variant="ghost" icon="trash" onClick={remove}>Remove decision</Button>
        </div>
      </header>
      <AttentionBox index={index} />
      <IdentityFields decision={decision} />
      <ClassifyPanel decision={decision} />
      <ControlsFields decision={decision} />
      <LoggingFields decision={decision} />
      <PeopleFields decision={decision} />
    </section>
  );
});
