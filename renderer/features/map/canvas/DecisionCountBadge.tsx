/**
 * The number of decisions a node carries, on the node, when it is more than one (a node may
 * carry any number: DOMAIN.md). Only decision points and AI steps render it, and it subscribes
 * to a number, so an edit elsewhere re-renders no node.
 */
import type { ReactElement } from 'react';
import { useWorkbookValue } from '../../../state/hooks';

export function DecisionCountBadge({ nodeId }: { nodeId: string }): ReactElement | null {
  const count = useWorkbookValue((w) => {
    let n = 0;
    for (const d of w.decisions) if (d.nodeId === nodeId) n++;
    return n;
  });
  if (count < 2) return null;
  return <span className="map-node-decisions" title={`${count} decisions`}><span aria-hidden="true">{count}</span><span className="visually-hidden">, {count} decisions</span></span>;
}
