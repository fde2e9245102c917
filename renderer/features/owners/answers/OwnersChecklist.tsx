/**
 * "If you can't name them, you're not ready to scale": what question 4 of readiness still
 * asks for, read from readiness itself. The four answers first; then each metric or roadmap
 * item without an owner (named right here), each decision whose RACI row breaks the rule (a
 * button shows the row), and any other owner problem (a link to where it is fixed).
 */
import type { ReactElement, ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { Icon } from '../../../components/Icon';
import { Section } from '../../../components/Section';
import { useEditor } from '../../../state/editor/context';
import { FixLink } from '../../../fields/FixLink';
import { rowRequest } from '../common/raciTarget';
import { useOwnerGaps } from '../common/useOwnerGaps';
import { AnswerTile } from './AnswerTile';
import { ANSWERS, groupGaps } from './groups';
import { OwnerPicker } from './OwnerPicker';

/** Beyond this many gaps of one kind, the rest are counted: the matrix marks every row anyway. */
const SHOWN = 5;

export function OwnersChecklist(): ReactElement {
  const editor = useEditor();
  const gaps = useOwnerGaps();
  const groups = groupGaps(gaps);
  const rest = groups.owners.length + groups.raci.length + groups.other.length;
  return (
    <Section title="Can you name them?" id="owners-answers"
      description="If you can’t name them, you’re not ready to scale. Readiness asks for these four answers, an owner for every metric and roadmap item, and a sound RACI row for every decision."
      actions={gaps.length === 0 ? <Badge tone="good">Answered</Badge> : <Badge tone="bad">{gaps.length} {gaps.length === 1 ? 'blocker' : 'blockers'}</Badge>}>
      <ul className="owner-answers" aria-label="The four ownership answers">
        {ANSWERS.map((a) => <AnswerTile key={a.field} field={a.field} label={a.label} gaps={groups.answers[a.field]} />)}
      </ul>
      {rest === 0
        ? <p className="owners-all-named"><Icon name="check" size={18} /> Every metric and roadmap item has an owner, and every decision’s RACI row is sound.</p>
        : (
          <>
            <GapList title="Owners still to name" items={groups.owners} keyOf={(g) => g.path} render={(g) => (
              <><p className="owner-gap-message">{g.message}</p><OwnerPicker path={g.path} /><FixLink path={g.path} /></>
            )} />
            <GapList title="Decisions whose RACI row breaks the rule" items={groups.raci} keyOf={(r) => r.subjectId} more="each is marked in its row of the matrix" render={(r) => (
              <>
                <p className="owner-gap-message">{r.messages.join(' ')}</p>
                <button type="button" className="link-button owner-gap-show" onClick={() => editor.requestFocus(rowRequest(r.subjectId))}>
                  Show in the RACI<Icon name="arrowRight" size={16} />
                </button>
              </>
            )} />
            <GapList title="Other problems" items={groups.other} keyOf={(g) => `${g.path} ${g.message}`} render={(g) => (
              <><p className="owner-gap-message">{g.message} <code className="pointer">{g.path}</code></p><FixLink path={g.path} /></>
            )} />
          </>
        )}
    </Section>
  );
}

interface GapListProps<T> {
  readonly title: string;
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  /** Said of the items not listed. */
  readonly more?: string;
}

function GapList<T>({ title, items, keyOf, render, more }: GapListProps<T>): ReactElement | null {
  if (items.length === 0) return null;
  const hidden = items.length - SHOWN;
  return (
    <div className="owner-gaps">
      <h3 className="subheading">{title} <span className="muted">({items.length})</span></h3>
      <ul className="owner-gap-list">
        {items.slice(0, SHOWN).map((item) => <li key={keyOf(item)} className="owner-gap">{render(item)}</li>)}
      </ul>
      {hidden > 0 && <p className="muted small">and {hidden} more{more ? `: ${more}` : ''}.</p>}
    </div>
  );
}
