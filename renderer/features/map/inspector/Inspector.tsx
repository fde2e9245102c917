/** The panel beside the canvas: what is selected (a node, a connector, several), or the lanes when nothing is. */
import type { ReactElement } from 'react';
import type { Workflow } from '../../../../shared/model';
import { useAppStore } from '../../../state/store';
import type { AppState, MapSelection } from '../../../state/types';
import { edgeIndex, nodeIndex } from '../state/derive';
import { EdgeInspector } from './EdgeInspector';
import { LanesPanel } from './LanesPanel';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';

interface Live { readonly nodes: readonly string[]; readonly edges: readonly string[] }
const NONE: Live = { nodes: [], edges: [] };
let cache: { sel: MapSelection; wf: Workflow; live: Live } | null = null;

/** The selection as it stands in the workbook (ids an undo removed are left out), the same object until either changes. */
function liveOf(s: AppState): Live {
  const wf = s.workbook?.workflow;
  if (!wf) return NONE;
  if (cache && cache.sel === s.mapSelection && cache.wf === wf) return cache.live;
  const nodes = nodeIndex(wf.nodes), edges = edgeIndex(wf.edges);
  const live = { nodes: s.mapSelection.nodeIds.filter((id) => nodes.has(id)), edges: s.mapSelection.edgeIds.filter((id) => edges.has(id)) };
  const same = cache && cache.live.nodes.join() === live.nodes.join() && cache.live.edges.join() === live.edges.join();
  cache = { sel: s.mapSelection, wf, live: same ? cache!.live : live };
  return cache.live;
}

export function Inspector(): ReactElement {
  const { nodes, edges } = useAppStore(liveOf);
  let body: ReactElement;
  if (nodes.length === 1 && edges.length === 0) body = <NodeInspector key={nodes[0]} id={nodes[0]!} />;
  else if (nodes.length === 0 && edges.length === 1) body = <EdgeInspector key={edges[0]} id={edges[0]!} />;
  else if (nodes.length + edges.length > 1) body = <MultiInspector nodeIds={nodes} edgeIds={edges} />;
  else body = <LanesPanel />;
  return <aside className="map-inspector" aria-label="Inspector">{body}</aside>;
}
