/** The panel beside the canvas: what is selected (a node, a connector, several), or the lanes when nothing is. */
import { useRef, type ReactElement } from 'react';
import type { Workflow } from '../../../../shared/model';
import { useDoc } from '../../../state/editor/context';
import { useMapSelection, type MapSelection } from '../state/controller';
import { edgeIndex, nodeIndex } from '../state/derive';
import { EdgeInspector } from './EdgeInspector';
import { LanesPanel } from './LanesPanel';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';

interface Live { readonly nodes: readonly string[]; readonly edges: readonly string[] }
type Cache = { sel: MapSelection; wf: Workflow; live: Live } | null;

/** The selection as it stands in the workbook (ids an undo removed are left out), the same object until either changes. */
function liveOf(cache: { current: Cache }, sel: MapSelection, wf: Workflow): Live {
  const last = cache.current;
  if (last && last.sel === sel && last.wf === wf) return last.live;
  const nodes = nodeIndex(wf.nodes), edges = edgeIndex(wf.edges);
  const live = { nodes: sel.nodeIds.filter((id) => nodes.has(id)), edges: sel.edgeIds.filter((id) => edges.has(id)) };
  const same = last && last.live.nodes.join() === live.nodes.join() && last.live.edges.join() === live.edges.join();
  cache.current = { sel, wf, live: same ? last.live : live };
  return cache.current.live;
}

export function Inspector(): ReactElement {
  const cache = useRef<Cache>(null);
  const sel = useMapSelection((s) => s);
  const { nodes, edges } = useDoc((d) => liveOf(cache, sel, d.workbook.workflow));
  let body: ReactElement;
  if (nodes.length === 1 && edges.length === 0) body = <NodeInspector key={nodes[0]} id={nodes[0]!} />;
  else if (nodes.length === 0 && edges.length === 1) body = <EdgeInspector key={edges[0]} id={edges[0]!} />;
  else if (nodes.length + edges.length > 1) body = <MultiInspector nodeIds={nodes} edgeIds={edges} />;
  else body = <LanesPanel />;
  return <aside className="map-inspector" aria-label="Inspector">{body}</aside>;
}
