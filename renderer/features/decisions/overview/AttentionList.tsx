/**
 * The decisions readiness still has gaps about, first gap in words; a click opens the decision.
 * A long list shows its head and hands the rest to the register's "needs attention" filter.
 */
import type { ReactElement } from 'react';
import { decisionName, type TierOverview } from '../../../../shared/logic';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { useEditor } from '../../../state/editor/context';
import { showDecision } from '../common/selection';

/** Enough to act on today; the register lists the rest. */
export const ATTENTION_SHOWN = 6;

export function AttentionList({ items, onShowAll }: { items: TierOverview['attention']; onShowAll: () => void }): ReactElement {
  const editor = useEditor();
  return (
    <div className="attention">
      <h3 className="subheading" id="attention-title">Needs attention <span className="muted">({items.length})</span></h3>
      {items.length === 0
        ? <p><Badge tone="good">Every decision is classified, controlled and has its people named</Badge></p>
        : (
          <>
            <ul className="attention-list" aria-labelledby="attention-title">
              {items.slice(0, ATTENTION_SHOWN).map((a) => (
                <li key={a.id}>
                  <button type="button" className="link-button attention-name" onClick={() => showDecision(editor, a.id)}>{decisionName(a)}</button>
                  <span className="attention-first">{a.first}{a.count > 1 ? ` And ${a.count - 1} more.` : ''}</span>
                </li>
              ))}
            </ul>
            {items.length > ATTENTION_SHOWN && (
              <Button size="sm" onClick={onShowAll}>Show all {items.length} in the register</Button>
            )}
          </>
        )}
    </div>
  );
}
