/**
 * React Flow 12's page for the map bench, bundled by map-reactflow.ts: the same node boxes and
 * lane bands as our canvas, at the same opening view and canvas size, with the settings React
 * Flow recommends for big graphs (only visible elements rendered, wheel pans, Ctrl+wheel zooms).
 * Bench only: product code never imports React Flow (a lint rule refuses it).
 */
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { ReactFlowMap } from './map-reactflow';

const map = (window as unknown as { __MAP: ReactFlowMap }).__MAP;

const bandNodes: Node[] = map.bands.map((b, i) => ({
  id: `band-${i}`, position: { x: 0, y: b.top }, data: { label: '' }, draggable: false, selectable: false, zIndex: -1,
  style: { width: b.width, height: b.height, background: i % 2 ? '#eef2f7' : '#f6f8fb', border: 'none', borderRadius: 0, padding: 0 },
}));
const stepNodes: Node[] = map.nodes.map((n) => ({
  id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label }, style: { width: 150, height: 56 },
}));
const edges: Edge[] = map.edges.map((e) => ({ id: e.id, source: e.from, target: e.to, type: 'smoothstep' }));

function Bench(): ReactElement {
  const [nodes, setNodes] = useState<Node[]>(() => [...bandNodes, ...stepNodes]);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  return (
    <div className="rf-canvas" style={{ width: map.size.w, height: map.size.h }}>
      <ReactFlow
        nodes={nodes} edges={edges} onNodesChange={onNodesChange}
        defaultViewport={map.view} minZoom={0.1} maxZoom={3}
        onlyRenderVisibleElements panOnScroll zoomOnPinch
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Bench />);
