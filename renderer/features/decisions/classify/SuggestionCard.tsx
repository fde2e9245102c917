/** Step 3: the tier the rules suggest for the answers so far, its mode, and every reason, live. */
import type { ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { deriveDecisionAssessments } from '../../../state/selectors';
import { MODE_LABEL, MODE_MEANING } from '../common/labels';
import { TierBadge } from '../common/TierBadge';
import { MODE_OF } from '../../../../shared/logic';
import { useWorkbookValue } from '../../../state/hooks';

export function SuggestionCard({ decision }: { decision: Decision }): ReactElement | null {
  const assessment = useWorkbookValue((w) => deriveDecisionAssessments(w).find((a) => a.decisionId === decision.id));
  if (!assessment) return null;
  const mode = MODE_OF[assessment.suggested];
  return (
    <div className={`tier-suggestion tier-suggestion-${assessment.suggested}`} aria-live="polite" aria-atomic="true" role="status" aria-label="Suggested tier">
      <p className="step-title"><span className="step-number" aria-hidden="true">3</span>The rules suggest</p>
      <p className="tier-suggestion-tier"><TierBadge tier={assessment.suggested} size="lg" suffix=" tier" /> <strong>{MODE_LABEL[mode]}</strong></p>
      <p className="tier-suggestion-meaning">{MODE_MEANING[mode]}</p>
      <ol className="tier-suggestion-reasons" aria-label="Why">
        {assessment.reasons.map((r) => <li key={r}>{r}</li>)}
      </ol>
    </div>
  );
}
