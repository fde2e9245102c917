/**
 * Decisions (days 4–5): every decision the AI can make, classified into a risk tier with the
 * controls, override and escalation that go with it. The rules suggest the tier; a team may
 * adopt another only with a written reason, recorded in the audit trail.
 */
import { useCallback, useRef, useState, type ReactElement } from 'react';
import { NO_FILTER, type RegisterFilter } from '../../../shared/logic';
import { useFocusRequest } from '../../hooks/useFocusRequest';
import { bringIntoView } from '../../hooks/bringIntoView';
import { DecisionEditor } from './editor/DecisionEditor';
import { PolicySection } from './overview/PolicySection';
import { TierOverviewSection } from './overview/TierOverviewSection';
import { REGISTER_ID, RegisterSection } from './register/RegisterSection';
import { useSelectedDecision } from './common/selection';

export function DecisionsScreen(): ReactElement {
  const root = useRef<HTMLDivElement>(null);
  // Before useFocusRequest: the editor of a requested decision must be in this render.
  const selectedId = useSelectedDecision();
  useFocusRequest(root);
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const showAttention = useCallback(() => {
    setFilter({ ...NO_FILTER, attention: true });
    requestAnimationFrame(() => bringIntoView(REGISTER_ID));
  }, []);
  return (
    <div className="stage-page stage-wide decisions-page" ref={root}>
      <header className="stage-header">
        <p className="eyebrow">Days 4–5 · Risk tiers, controls, override and escalation</p>
        <h1>Decisions</h1>
      </header>
      <p className="lead">Every decision the AI can make, with its risk tier and what keeps it safe. The rules suggest a tier; adopting another one takes a written reason.</p>
      <TierOverviewSection onShowAttention={showAttention} />
      <PolicySection />
      <RegisterSection filter={filter} onFilter={setFilter} selectedId={selectedId} />
      {selectedId && <DecisionEditor key={selectedId} id={selectedId} />}
    </div>
  );
}

export default DecisionsScreen;
