/** What follows the pointer while a palette item is dragged: the node it will become, at the canvas's zoom. */
import type { ReactElement } from 'react';
import type { NodeKind } from '../../../../shared/model';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { NODE_H, NODE_W } from '../geometry/canvasLayout';

export function NodeGhost({ kind, zoom }: { kind: NodeKind; zoom: number }): ReactElement {
  return (
    <div className="map-ghost" style={{ width: NODE_W * zoom, height: NODE_H * zoom }}>
      <div className={`map-node map-node-${kind} is-ghost`} style={{ width: NODE_W, height: NODE_H, transform: `scale(${zoom})`, transformOrigin: '0 0' }}>
        {kind === 'decision' && <svg className="map-node-diamond" viewBox="0 0 150 56" preserveAspectRatio="none" aria-hidden="true"><polygon points="75,1 149,28 75,55 1,28" /></svg>}
        {kind === 'ai-step' && <span className="map-node-ai" aria-hidden="true">AI</span>}
        <span className="map-node-label">{NODE_KIND_LABEL[kind]}</span>
      </div>
    </div>
  );
}
