/** What the letters mean, in the order a click goes through them, and the rule a decision's row must keep. */
import type { ReactElement } from 'react';
import { ROLE_MEANING, ROLE_NAME, ROLE_ORDER } from '../common/labels';

export function RaciLegend(): ReactElement {
  return (
    <div className="raci-legend">
      <ul className="raci-legend-roles" aria-label="What the letters mean">
        {ROLE_ORDER.map((r) => (
          <li key={r}><span className={`raci-chip role-${r}`} aria-hidden="true">{r}</span><span><strong>{ROLE_NAME[r]}</strong>: {ROLE_MEANING[r]}</span></li>
        ))}
      </ul>
      <p className="raci-legend-how">
        A click goes R → A → C → I → empty. On the keyboard: arrow keys move between cells, Enter or Space goes to the next letter, R, A, C or I sets it, Delete clears it.
      </p>
    </div>
  );
}
