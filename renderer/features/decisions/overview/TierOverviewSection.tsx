/**
 * The tier overview: how many decisions sit in each tier and so in each mode, which actions
 * land in which tier, and the decisions that still need attention (a click opens one).
 */
import { memo, type ReactElement } from 'react';
import { MODE_OF } from '../../../../shared/logic';
import { TIERS } from '../../../../shared/model';
import { Section } from '../../../components/Section';
import { useDerived } from '../../../state/hooks';
import { deriveOverview } from '../common/derive';
import { MODE_LABEL, MODE_MEANING } from '../common/labels';
import { TierBadge } from '../common/TierBadge';
import { AttentionList } from './AttentionList';
import { TierMatrix } from './TierMatrix';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export const TierOverviewSection = memo(function TierOverviewSection({ onShowAttention }: { onShowAttention: () => void }): ReactElement {
  const o = useDerived(deriveOverview);
  return (
    <Section title="Tier overview" id="tier-overview"
      description={o.total === 0 ? 'No decisions yet.' : `${plural(o.total, 'decision')}; ${o.departures === 0 ? 'every adopted tier follows the rules’ suggestion' : `${plural(o.departures, 'adopted tier')} ${o.departures === 1 ? 'departs' : 'depart'} from the suggestion`}.`}>
      <ul className="tier-tiles" aria-label="Decisions per tier and mode">
        {TIERS.map((t) => (
          <li key={t} className={`tier-tile tier-tile-${t}`}>
            <span className="tier-tile-head"><TierBadge tier={t} /><span className="tier-count">{o.byTier[t]}</span></span>
            <span className="tier-mode">{MODE_LABEL[MODE_OF[t]]}</span>
            <span className="tier-meaning">{MODE_MEANING[MODE_OF[t]]}</span>
          </li>
        ))}
        <li className={`tier-tile tier-tile-unclassified${o.byTier.unclassified ? ' has-some' : ''}`}>
          <span className="tier-tile-head"><span className="tier-tile-name">Not classified</span><span className="tier-count">{o.byTier.unclassified}</span></span>
          <span className="tier-mode">No mode yet</span>
          <span className="tier-meaning">Readiness needs a tier for every decision.</span>
        </li>
      </ul>
      <div className="overview-grid">
        <TierMatrix matrix={o.matrix} />
        <AttentionList items={o.attention} onShowAll={onShowAttention} />
      </div>
    </Section>
  );
});
