/**
 * The tier vote: choose a decision, put it on the phones and open the vote; watch the count
 * arrive (how many voted and who, never how); reveal; then adopt a tier. A new vote replaces
 * the last result, so the panel keeps nothing the room has moved on from.
 */
import { useState, type ReactElement } from 'react';
import type { FacilitatorView } from '../../../shared/room';
import { Button } from '../../components/Button';
import { useWorkbook } from '../../state/hooks';
import { decisionFocus } from '../../state/roomFocus';
import { useRoom, useRoomSession } from './useRoom';
import { VoteAdopt } from './VoteAdopt';
import { VoteReveal } from './VoteReveal';

export function VoteTab({ view }: { view: FacilitatorView }): ReactElement {
  const session = useRoomSession();
  const busy = useRoom((s) => s.busy !== null);
  const w = useWorkbook();
  const upNow = view.focus.kind === 'decision' ? view.focus.decision.id : null;
  const [decisionId, setDecisionId] = useState(upNow ?? view.vote?.decisionId ?? w.decisions[0]?.id ?? '');
  const vote = view.vote;
  const result = view.result;

  const open = async () => {
    const focus = decisionFocus(w, decisionId);
    if (!focus) return;
    const shown = await session.run('Show the decision', (c) => c.show(focus));
    if (shown?.ok) await session.run('Open the vote', (c) => c.openVote(decisionId));
  };

  if (w.decisions.length === 0) return <p className="empty-note">No decisions in this workbook yet: add one on the Decisions stage to vote on its tier.</p>;
  return (
    <div className="room-vote">
      {(!vote || vote.state === 'revealed') && (
        <div className="room-show">
          <label className="visually-hidden" htmlFor="room-vote-decision">Decision to vote on</label>
          <select id="room-vote-decision" value={decisionId} onChange={(e) => setDecisionId(e.target.value)}>
            {w.decisions.map((d) => <option key={d.id} value={d.id}>{d.title || 'Untitled decision'}</option>)}
          </select>
          <Button size="sm" variant={result ? 'secondary' : 'primary'} disabled={busy || !decisionId} onClick={() => void open()}>Open a tier vote</Button>
        </div>
      )}
      {vote && vote.state !== 'revealed' && (
        <div className="room-vote-live" aria-live="polite">
          <p className="room-vote-title">Voting on <strong>{vote.title}</strong></p>
          <p className="room-vote-count"><span className="room-big">{vote.cast}</span> of {vote.eligible} voted</p>
          <p className="muted">{vote.voted === undefined ? 'Anonymous: who voted is not shown.' : vote.voted.length ? `In: ${vote.voted.map((id) => view.participants.find((p) => p.id === id)?.name ?? 'someone who left').join(', ')}.` : 'No votes yet.'} The tiers stay hidden until you reveal them.</p>
          <div className="room-actions">
            <Button variant="primary" icon="check" disabled={busy} onClick={() => void session.run('Reveal', (c) => c.revealVote(vote.voteId))}>Reveal the votes</Button>
            {vote.state === 'open' && <Button disabled={busy} onClick={() => void session.run('Close the vote', (c) => c.closeVote(vote.voteId))}>Close voting</Button>}
          </div>
        </div>
      )}
      {result && (
        <section className="room-result" aria-label="Revealed vote">
          <h3>{result.title}</h3>
          <VoteReveal result={result} />
          <VoteAdopt key={result.voteId} result={result} roomTitle={view.title} />
        </section>
      )}
    </div>
  );
}
