/** Overview: the workbook, the pilot, the people in the room, and the ten-day agenda. */
import { useRef, type ReactElement } from 'react';
import { useFocusRequest } from '../../hooks/useFocusRequest';
import { useWorkbookValue } from '../../state/hooks';
import { AgendaSection } from './AgendaSection';
import { PeopleSection } from '../../people/PeopleSection';
import { PilotSection } from './PilotSection';
import { ProblemsBanner } from './ProblemsBanner';
import { WorkbookSection } from './WorkbookSection';

export function OverviewScreen(): ReactElement {
  const root = useRef<HTMLDivElement>(null);
  useFocusRequest(root);
  const organization = useWorkbookValue((w) => w.organization);
  return (
    <div className="stage-page" ref={root}>
      <header className="stage-header">
        <p className="eyebrow">{organization ?? 'Sprint workbook'}</p>
        <h1>Overview</h1>
      </header>
      <ProblemsBanner />
      <PilotSection />
      <WorkbookSection />
      <PeopleSection />
      <AgendaSection />
    </div>
  );
}
