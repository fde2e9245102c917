/**
 * A revealed tier vote: how many chose each tier, and the reasons. A split vote (more than one
 * tier chosen) puts the reasons side by side, one column per tier, so the room can argue from
 * them; names appear only when the vote was not anonymous. Participants' words are React text.
 */
import type { ReactElement } from 'react';
import { TIERS } from '../../../shared/model';
import type { FacilitatorVoteResult } from '../../../shared/room';
import { TIER_WORD } from './tiers';

export function VoteReveal({ result }: { result: FacilitatorVoteResult }): ReactElement {
  const total = result.votes.length;
  const chosen = TIERS.filter((t) => result.counts[t] > 0);
  return (
    <div className="room-reveal">
      <ul className="room-counts" aria-label="Votes by tier">
        {TIERS.map((t) => (
          <li key={t} className={`room-count tier-${t}`}>
            <span className="room-count-tier">{TIER_WORD[t]}</span>
            <span className="room-count-bar" aria-hidden="true"><span style={{ width: `${total ? (100 * result.counts[t]) / total : 0}%` }} /></span>
            <span className="room-count-n">{result.counts[t]}</span>
          </li>
        ))}
      </ul>
      {total === 0 && <p className="empty-note">No one voted.</p>}
      {result.split && <p className="room-split-note">A split vote: the reasons side by side.</p>}
      {total > 0 && (
        <div className={result.split ? 'room-reasons is-split' : 'room-reasons'} style={result.split ? { gridTemplateColumns: `repeat(${chosen.length}, minmax(0, 1fr))` } : undefined}>
          {chosen.map((t) => (
            <div key={t} className={`room-reason-column tier-${t}`}>
              <h4>{TIER_WORD[t]} <span className="muted">· {result.counts[t]}</span></h4>
              <ul>
                {result.votes.filter((v) => v.tier === t).map((v, i) => (
                  <li key={i}>
                    <q>{v.reason}</q>
                    {!result.anonymous && (v.from?.name ?? v.name) && <span className="room-reason-who">{v.from?.name ?? v.name}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
