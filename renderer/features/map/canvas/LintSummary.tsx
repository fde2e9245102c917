/**
 * The workflow question's gaps at a glance, on the toolbar: how many blockers and warnings the
 * map shows on its nodes; pressing it visits them one by one. The map-wide gap (no AI step)
 * is said in words. It follows the workbook one render behind (the whole readiness is the
 * costliest thing an edit redraws), so a drop reaches the screen first.
 */
import { useRef, type ReactElement } from 'react';
import { useDeferredDerived } from '../../../state/hooks';
import { deriveReadiness } from '../../../state/selectors';
import { deriveMapGaps, deriveNodeLint } from '../state/derive';
import { selectOnly } from '../state/selection';
import { reveal } from '../state/view';
import { Icon } from '../../../components/Icon';
import { useMap } from '../state/controller';

export function LintSummary(): ReactElement {
  const map = useMap();
  const lint = useDeferredDerived(deriveNodeLint);
  const mapGaps = useDeferredDerived(deriveMapGaps);
  const gaps = useDeferredDerived(deriveReadiness).gaps.filter((g) => g.question === 'workflow');
  const next = useRef(0);
  const blockers = gaps.filter((g) => g.severity === 'blocker').length;
  const warnings = gaps.length - blockers;
  const ids = [...lint.keys()];
  if (blockers === 0 && warnings === 0) {
    return <span className="map-lint map-lint-ok" role="status"><Icon name="check" size={16} /> No gaps on the map</span>;
  }
  const visit = () => {
    if (ids.length === 0) return;
    const id = ids[next.current % ids.length]!;
    next.current++;
    selectOnly(map, [id]);
    reveal(map, id);
  };
  const parts = [blockers && `${blockers} ${blockers === 1 ? 'blocker' : 'blockers'}`, warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`].filter(Boolean).join(', ');
  return (
    <span className="map-lint-wrap">
      <button type="button" className={`map-lint ${blockers ? 'map-lint-bad' : 'map-lint-warn'}`} onClick={visit}
        title={mapGaps.map((g) => g.message).join('\n') || 'Go to the next node with a gap'} aria-label={`${parts} on the map: go to the next node with a gap`}>
        <Icon name="alert" size={16} /> {parts}
      </button>
      {mapGaps.length > 0 && <span className="map-lint-note">{mapGaps[0]!.message.split(':')[0]}</span>}
    </span>
  );
}
