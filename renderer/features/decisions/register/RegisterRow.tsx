/**
 * One decision in the register: title (opens it) and its map node (jumps to it), action,
 * factors, suggested and adopted tier with its mode, controls, people and what readiness still
 * asks. Memoized on the row object, which keeps its identity while the decision is unchanged.
 */
import { memo, type ReactElement } from 'react';
import { decisionName, type AmountFormat, type RegisterRow as Row } from '../../../../shared/logic';
import { Badge } from '../../../components/Badge';
import { Icon } from '../../../components/Icon';
import { actionLabel, controlName, MODE_LABEL } from '../common/labels';
import { useAppApi } from '../../../state/appContext';
import { useEditor } from '../../../state/editor/context';
import { showNodeOnMap } from '../../../state/jumps';
import { showDecision } from '../common/selection';
import { TierBadge } from '../common/TierBadge';
import { FactorChips } from './FactorChips';

interface RegisterRowProps {
  readonly row: Row;
  /** Its place among the rows shown (only rows in view are rendered; the header is row 1). */
  readonly index: number;
  /** Measures the row's height for the register's window of rows. */
  readonly measure: (row: Element | null) => void;
  readonly selected: boolean;
  readonly money: AmountFormat;
}

export const RegisterRow = memo(function RegisterRow({ row, index, measure, selected, money }: RegisterRowProps): ReactElement {
  const app = useAppApi();
  const editor = useEditor();
  const name = decisionName(row);
  const n = row.attention.length;
  return (
    <tr className={`${selected ? 'is-selected' : ''}${n ? ' needs-attention' : ''}`} data-id={row.id} data-index={index} aria-rowindex={index + 2} ref={measure}>
      <th scope="row">
        <button type="button" className="link-button decision-link" aria-current={selected ? 'true' : undefined} onClick={() => showDecision(editor, row.id)}>{name}</button>
        {row.nodeId !== null && row.nodeLabel !== null
          ? (
            <button type="button" className="node-jump" title="Show this node on the map" aria-label={`Show “${row.nodeLabel}” on the map`}
              onClick={() => showNodeOnMap(app, row.nodeId!)}>
              <Icon name="map" size={14} /><span>{row.nodeLabel}</span>
            </button>
          )
          : <span className="cell-note muted">{row.nodeId === null ? 'Not on the map' : `Missing node “${row.nodeId}”`}</span>}
      </th>
      <td data-label="Action">{actionLabel(row.action)}</td>
      <td data-label="Factors"><FactorChips factors={row.factors} money={money} /></td>
      <td data-label="Suggested"><TierBadge tier={row.suggested} /></td>
      <td data-label="Adopted · mode">
        {row.adopted === null ? <Badge tone="neutral" icon={null}>Not classified</Badge> : (
          <>
            <TierBadge tier={row.adopted} />
            <span className="cell-note">{MODE_LABEL[row.mode!]}</span>
            {row.departs && <span className={`cell-note ${row.reasonMissing ? 'text-bad' : 'muted'}`}>{row.reasonMissing ? 'Departs, no reason' : 'Departs, with a reason'}</span>}
          </>
        )}
      </td>
      <td data-label="Controls">
        <ul className="cell-list">
          {row.missingControls.map((c) => <li key={`missing-${c}`} className="text-bad">Missing: {controlName(c)}</li>)}
          {row.controls.map((c) => <li key={c}>{controlName(c)}</li>)}
          {row.controls.length === 0 && row.missingControls.length === 0 && <li className="muted">None yet</li>}
        </ul>
      </td>
      <td data-label="People">
        <ul className="cell-list cell-people">
          <li><span className="muted">Owner</span> {row.outputOwner ?? <span className="muted">—</span>}</li>
          <li><span className="muted">Override</span> {row.overrideBy ?? <span className="muted">—</span>}</li>
          <li><span className="muted">Escalate</span> {row.escalateTo ?? <span className="muted">—</span>}</li>
        </ul>
      </td>
      <td data-label="Status">
        {n === 0
          ? <Badge tone="good">Ready</Badge>
          : <span title={row.attention.join('\n')}><Badge tone="bad">{n} to fix</Badge></span>}
      </td>
    </tr>
  );
});
