/** The connector kinds and their line styles, always on the canvas, as in the exported figure. */
import type { ReactElement } from 'react';
import { EDGE_KINDS, type EdgeKind } from '../../../../shared/model';
import { EDGE_KIND_LABEL } from '../../../../shared/report/labels';

export function EdgeSample({ kind, width = 34 }: { kind: EdgeKind; width?: number }): ReactElement {
  return (
    <svg className={`edge-sample edge-${kind}`} width={width} height="12" viewBox={`0 0 ${width} 12`} aria-hidden="true" focusable="false">
      <line className="map-edge-line" x1="1" y1="6" x2={width - 7} y2="6" />
      <path className="edge-sample-head" d={`M${width - 9} 1.5 L${width - 1} 6 L${width - 9} 10.5 z`} />
    </svg>
  );
}

export function Legend(): ReactElement {
  return (
    <div className="map-legend" data-map-item="" role="list" aria-label="Connector kinds">
      {EDGE_KINDS.map((kind) => (
        <span key={kind} role="listitem" className="map-legend-item">
          <EdgeSample kind={kind} />
          {EDGE_KIND_LABEL[kind]}
        </span>
      ))}
    </div>
  );
}
