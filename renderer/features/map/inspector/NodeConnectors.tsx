/** A node's connectors, in and out, each one press away from being selected (reconnect, relabel, delete). */
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Edge } from '../../../../shared/model';
import { EDGE_KIND_LABEL, NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { useDoc } from '../../../state/editor/context';
import type { DocState } from '../../../state/editor/types';
import { EdgeSample } from '../common/Legend';
import { nodeIndex } from '../state/derive';
import { selectOnly } from '../state/selection';
import { useMap } from '../state/controller';

export function useNodeEdges(nodeId: string): readonly Edge[] {
  return useDoc(useShallow((d: DocState) => d.workbook.workflow.edges.filter((e) => e.from === nodeId || e.to === nodeId) ?? []));
}

export function useNodeName(): (id: string) => string {
  const nodes = useDoc((d) => d.workbook.workflow.nodes);
  return (id) => {
    const n = nodes ? nodeIndex(nodes).get(id) : undefined;
    return n ? n.label || NODE_KIND_LABEL[n.kind] : `missing node ${id}`;
  };
}

export function NodeConnectors({ nodeId }: { nodeId: string }): ReactElement | null {
  const map = useMap();
  const edges = useNodeEdges(nodeId);
  const name = useNodeName();
  if (edges.length === 0) return <p className="map-inspector-note">No connectors yet: drag from a handle on the node's edge to another node, or use “Connect to” below.</p>;
  return (
    <section className="map-inspector-section" aria-label="Connectors">
      <h3>Connectors</h3>
      <ul className="map-connector-list">
        {edges.map((e) => (
          <li key={e.id}>
            <button type="button" className="map-link-button" onClick={() => selectOnly(map, [], [e.id])}
              aria-label={`${EDGE_KIND_LABEL[e.kind]} ${e.from === nodeId ? 'to' : 'from'} ${name(e.from === nodeId ? e.to : e.from)}${e.label ? `: ${e.label}` : ''}. Select the connector`}>
              <EdgeSample kind={e.kind} width={24} />
              <span>{e.from === nodeId ? '→' : '←'} {name(e.from === nodeId ? e.to : e.from)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
