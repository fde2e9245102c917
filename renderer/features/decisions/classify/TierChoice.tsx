/**
 * Step 4: adopt the suggested tier, or choose another one, which needs a written reason:
 * without one the adoption is refused with the reason at the field, and nothing is written.
 * Adopting adds the tier's required controls and is recorded in the audit trail with who (the
 * sprint's facilitator) and when; the last such record is shown here.
 */
import { useId, useRef, useState, type ReactElement } from 'react';
import { requiredControls, tierChoiceError } from '../../../../shared/logic';
import { TIERS, type Decision, type Tier } from '../../../../shared/model';
import { Button } from '../../../components/Button';
import { TextArea } from '../../../components/Field';
import { formatDateTime } from '../../../components/format';
import { adoptTier, TIER_ADOPTED } from '../../../state/commands';
import { useExecute, useWorkbookValue } from '../../../state/hooks';
import { deriveDecisionAssessments } from '../../../state/selectors';
import { controlName, TIER_LABEL } from '../common/labels';

export function TierChoice({ decision }: { decision: Decision }): ReactElement | null {
  const execute = useExecute();
  const name = useId();
  const reasonField = useRef<HTMLDivElement>(null);
  const suggested = useWorkbookValue((w) => deriveDecisionAssessments(w).find((a) => a.decisionId === decision.id)?.suggested);
  const record = useWorkbookValue((w) => w.audit.findLast((a) => a.action === TIER_ADOPTED && a.subjectId === decision.id));
  const actor = useWorkbookValue((w) => (record?.actorId ? w.people.find((p) => p.id === record.actorId)?.name ?? record.actorId : null));
  const hasFacilitator = useWorkbookValue((w) => w.sprint.facilitatorId !== undefined);

  const stored = `${decision.tier ?? ''}|${decision.tierReason ?? ''}`;
  const [seen, setSeen] = useState(stored);
  const [choice, setChoice] = useState<Tier | null>(null);
  const [reason, setReason] = useState(decision.tierReason ?? '');
  const [error, setError] = useState<string | null>(null);
  if (seen !== stored) {
    // Adopted, or undone: start again from what is stored.
    setSeen(stored);
    setChoice(null);
    setReason(decision.tierReason ?? '');
    setError(null);
  }
  if (!suggested) return null;

  const chosen = choice ?? decision.tier ?? suggested;
  const departs = chosen !== suggested;
  const adds = requiredControls(chosen, decision.factors.personalData).filter((c) => !decision.controls.includes(c));
  const unchanged = chosen === decision.tier && adds.length === 0 && (!departs || reason.trim() === (decision.tierReason ?? ''));
  const missingReason = decision.tier !== undefined && decision.tier !== suggested && !decision.tierReason?.trim() && chosen === decision.tier;
  const shownError = error ?? (missingReason && reason.trim() === ''
    ? `The adopted tier departs from the suggested ${suggested} tier and no reason is recorded. Write one, or adopt the suggestion.` : null);

  const adopt = () => {
    const refusal = tierChoiceError(suggested, chosen, reason);
    if (refusal) {
      setError(refusal);
      reasonField.current?.querySelector('textarea')?.focus();
      return;
    }
    execute(adoptTier(decision.id, chosen, departs ? reason : ''));
  };

  return (
    <fieldset className="step tier-choice" data-focus={`${decision.id}/tier`} tabIndex={-1}>
      <legend className="step-title"><span className="step-number" aria-hidden="true">4</span>Adopt a tier</legend>
      <div className="tier-options">
        {TIERS.map((t) => (
          <label key={t} className={`tier-option tier-option-${t}${chosen === t ? ' is-current' : ''}`}>
            <input type="radio" name={name} value={t} checked={chosen === t} onChange={() => { setChoice(t); setError(null); }} />
            <span>{TIER_LABEL[t]}{(t === suggested || t === decision.tier) && <span className="tier-option-note">{[t === suggested && "suggested", t === decision.tier && "adopted"].filter(Boolean).join(", ")}</span>}</span>
          </label>
        ))}
      </div>
      {departs && (
        <div ref={reasonField}>
          <TextArea label={`Why ${chosen} rather than ${suggested}?`} rows={3} value={reason} error={shownError}
            focusKey={`${decision.id}/tierReason`} placeholder="The reason is recorded in the audit trail and printed in the governance model."
            onChange={(e) => { setReason(e.target.value); setError(null); }} />
        </div>
      )}
      <div className="tier-adopt">
        {/* aria-disabled rather than disabled: a button that disables itself would drop the keyboard's focus. */}
        <Button variant="primary" icon="check" aria-disabled={unchanged || undefined} onClick={unchanged ? undefined : adopt}>
          {unchanged ? `${TIER_LABEL[chosen]} tier adopted` : departs ? `Adopt ${chosen} instead of ${suggested}` : `Adopt ${chosen}, as suggested`}
        </Button>
        {!unchanged && adds.length > 0 && (
          <p className="field-hint">Adopting adds the required control{adds.length === 1 ? '' : 's'} {adds.map(controlName).join(', ')}.</p>
        )}
      </div>
      {record && (
        <p className="adoption-record">
          Recorded {formatDateTime(Date.parse(record.at))}{actor ? ` by ${actor}` : ''}: {record.detail}
        </p>
      )}
      {!hasFacilitator && <p className="field-hint">Name the sprint’s facilitator on Overview, and each adoption records who made it.</p>}
    </fieldset>
  );
}
