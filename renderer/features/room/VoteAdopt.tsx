/**
 * Adopting a tier after the reveal: the vote's leading tier is offered first, the rules'
 * suggestion is named, and another tier than the suggestion needs a reason, as on the
 * Decisions stage (the same rule, refused with the same words). Adopting is one undo step that
 * sets the tier and records the vote's counts and reasons in the audit trail.
 */
import { useId, useState, type ReactElement } from 'react';
import { TIERS, type Tier } from '../../../shared/model';
import type { FacilitatorVoteResult } from '../../../shared/room';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/Field';
import { useExecute, useWorkbookValue } from '../../state/hooks';
import { ROOM_VOTE } from '../../state/roomAudit';
import { adoptTierFromVote, voteAdoptionError } from '../../state/roomCommands';
import { deriveDecisionAssessments } from '../../state/selectors';
import { leadingTier, TIER_WORD } from './tiers';
import { useEditor } from '../../state/editor/context';

export function VoteAdopt({ result, roomTitle }: { result: FacilitatorVoteResult; roomTitle: string }): ReactElement {
  const editor = useEditor();
  const execute = useExecute();
  const name = useId();
  const decision = useWorkbookValue((w) => w.decisions.find((d) => d.id === result.decisionId));
  const suggested = useWorkbookValue((w) => deriveDecisionAssessments(w).find((a) => a.decisionId === result.decisionId)?.suggested);
  const recorded = useWorkbookValue((w) => w.audit.findLast((a) => a.action === ROOM_VOTE && a.subjectId === result.decisionId));
  const [choice, setChoice] = useState<Tier>(() => leadingTier(result.counts, suggested));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [adoptedAt, setAdoptedAt] = useState<string | null>(null);

  const done = adoptedAt !== null && recorded?.at === adoptedAt;
  if (!decision || !suggested) return <p className="notice notice-warn">This decision is no longer in the workbook: the vote cannot be adopted.</p>;
  const departs = choice !== suggested;
  const adopt = () => {
    const refusal = voteAdoptionError(editor.workbook, decision.id, choice, departs ? reason : '');
    if (refusal) {
      setError(refusal);
      return;
    }
    if (execute(adoptTierFromVote(decision.id, choice, departs ? reason : '', roomTitle, result))) setAdoptedAt(editor.workbook.updatedAt);
  };

  return (
    <div className="room-adopt">
      <fieldset className="room-adopt-tiers">
        <legend>Adopt a tier for “{decision.title}”</legend>
        {TIERS.map((t) => (
          <label key={t} className={`tier-option tier-option-${t}${choice === t ? ' is-current' : ''}`}>
            <input type="radio" name={name} value={t} checked={choice === t} onChange={() => { setChoice(t); setError(null); }} />
            <span>{TIER_WORD[t]}
              <span className="tier-option-note">
                {[`${result.counts[t]} vote${result.counts[t] === 1 ? '' : 's'}`, t === suggested && 'suggested', t === decision.tier && 'adopted'].filter(Boolean).join(', ')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {departs && (
        <TextArea label={`Why ${choice} rather than ${suggested}?`} rows={2} value={reason} error={error}
          placeholder="The reason is recorded in the audit trail with the vote."
          onChange={(e) => { setReason(e.target.value); setError(null); }} />
      )}
      {!departs && error && <p className="field-error" role="alert">{error}</p>}
      {/* aria-disabled rather than disabled, as on the Decisions stage: the button keeps the keyboard's focus. Adopting twice would record the vote twice. */}
      <Button variant="primary" icon="check" aria-disabled={done && decision.tier === choice ? true : undefined} onClick={done && decision.tier === choice ? undefined : adopt}>
        {done && decision.tier === choice ? `${TIER_WORD[choice]} adopted` : departs ? `Adopt ${choice} instead of ${suggested}` : `Adopt ${choice}, as suggested`}
      </Button>
      {done && recorded && <p className="room-recorded" role="status">Adopted; recorded in the audit trail: {recorded.detail}</p>}
    </div>
  );
}
