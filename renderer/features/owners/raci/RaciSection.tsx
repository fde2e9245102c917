/**
 * The RACI: who is responsible, accountable, consulted and informed for each decision (and, if
 * the team wants, each metric and roadmap item). Every decision needs exactly one A and at least
 * one R; each row says, in words, what it still lacks.
 */
import type { ReactElement } from 'react';
import { Badge } from '../../../components/Badge';
import { Section } from '../../../components/Section';
import { deriveMatrixRows } from '../common/derive';
import { useOwnerGaps } from '../common/useOwnerGaps';
import { DanglingEntries } from './DanglingEntries';
import { RaciLegend } from './RaciLegend';
import { RaciMatrix } from './RaciMatrix';
import { useWorkbookValue } from '../../../state/hooks';

/** How many decisions keep the rule, of how many (from readiness, a frame behind). */
function RaciTally(): ReactElement | null {
  const gaps = useOwnerGaps();
  const total = useWorkbookValue((w) => w.decisions.length);
  if (total === 0) return null;
  const broken = new Set(gaps.filter((g) => g.path === '/raci').map((g) => g.subjectId)).size;
  return broken === 0 ? <Badge tone="good">All {total} decisions sound</Badge> : <Badge tone="bad">{broken} of {total} decisions need attention</Badge>;
}

export function RaciSection(): ReactElement {
  const hasPeople = useWorkbookValue((w) => w.people.length > 0);
  const hasRows = useWorkbookValue((w) => deriveMatrixRows(w).length > 0);
  return (
    <Section title="RACI" id="raci" focusKey="/raci"
      description="Who is Responsible, Accountable, Consulted and Informed for each decision the AI takes part in. Metrics and roadmap items can have a RACI too."
      actions={<RaciTally />}>
      <RaciLegend />
      <DanglingEntries />
      {!hasPeople
        ? <p className="empty-note">Nobody yet: the people are the columns. Add them under People below, or name someone in any picker on this page.</p>
        : !hasRows
          ? <p className="empty-note">No decisions, metrics or roadmap items yet: they are the rows. Decisions come from the map’s decision points and the Decisions stage.</p>
          : <RaciMatrix />}
    </Section>
  );
}
