/** Action × adopted tier: which actions the AI takes at which tier, for the actions in use. */
import type { ReactElement } from 'react';
import { TIER_COLUMNS, type TierOverview } from '../../../../shared/logic';
import { actionLabel, TIER_LABEL } from '../common/labels';

export function TierMatrix({ matrix }: { matrix: TierOverview['matrix'] }): ReactElement {
  return (
    <div className="tier-matrix">
      <h3 className="subheading" id="tier-matrix-title">Actions by adopted tier</h3>
      {matrix.length === 0 ? <p className="muted small">No decisions yet.</p> : (
        <table className="data-table matrix-table" aria-labelledby="tier-matrix-title">
          <thead>
            <tr>
              <th scope="col">Action</th>
              {TIER_COLUMNS.map((t) => <th key={t} scope="col" className="num">{t === 'unclassified' ? 'Not classified' : TIER_LABEL[t]}</th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.map(({ action, counts }) => (
              <tr key={action}>
                <th scope="row">{actionLabel(action)}</th>
                {TIER_COLUMNS.map((t) => (
                  <td key={t} className={`num matrix-cell${counts[t] ? ` has-${t}` : ' is-zero'}`}>{counts[t]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
