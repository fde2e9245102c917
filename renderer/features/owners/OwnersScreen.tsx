/**
 * Owners (day 8): who owns the workflow and its governance, how often it is measured, who a
 * problem goes to, and who is responsible, accountable, consulted and informed for each
 * decision. "If you can't name them, you're not ready to scale": the stage opens with what
 * question 4 of readiness still asks for, each with its fix.
 */
import { useRef, type ReactElement } from 'react';
import { useFocusRequest } from '../../hooks/useFocusRequest';
import { PeopleSection } from '../../people/PeopleSection';
import { OwnersChecklist } from './answers/OwnersChecklist';
import { OwnershipSection } from './ownership/OwnershipSection';
import { RaciSection } from './raci/RaciSection';

const PEOPLE = 'Everyone the owners, the escalation path and the RACI can name: each person is a column of the matrix. The same list as on Overview.';

export function OwnersScreen(): ReactElement {
  const root = useRef<HTMLDivElement>(null);
  useFocusRequest(root);
  return (
    <div className="stage-page stage-wide" ref={root}>
      <header className="stage-header">
        <p className="eyebrow">Day 8 · Owners, RACI, cadence, escalation</p>
        <h1>Owners</h1>
      </header>
      <p className="lead">Who owns what: the workflow, its governance, how often it is measured, and who a problem goes to. If you can’t name them, you’re not ready to scale.</p>
      <OwnersChecklist />
      <OwnershipSection />
      <RaciSection />
      <PeopleSection description={PEOPLE} />
    </div>
  );
}

export default OwnersScreen;
