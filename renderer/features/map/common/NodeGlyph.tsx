/** A small picture of a node kind's shape, for the palette, the inspector and the ghost of a drop. */
import type { ReactElement } from 'react';
import type { NodeKind } from '../../../../shared/model';

export function NodeGlyph({ kind, width = 30, height = 20 }: { kind: NodeKind; width?: number; height?: number }): ReactElement {
  const w = width, h = height, p = 1.5;
  const shape = (() => {
    switch (kind) {
      case 'start':
      case 'end':
        return <rect x={p} y={p} width={w - 2 * p} height={h - 2 * p} rx={(h - 2 * p) / 2} />;
      case 'decision':
        return <polygon points={`${w / 2},${p} ${w - p},${h / 2} ${w / 2},${h - p} ${p},${h / 2}`} />;
      case 'ai-step':
        return <rect x={p} y={p} width={w - 2 * p} height={h - 2 * p} rx={4} />;
      default:
        return <rect x={p} y={p} width={w - 2 * p} height={h - 2 * p} rx={kind === 'step' ? 3 : 1} />;
    }
  })();
  return (
    <svg className={`node-glyph glyph-${kind}`} width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      {shape}
      {kind === 'ai-step' && <text x={w / 2} y={h / 2 + 3.5} textAnchor="middle">AI</text>}
    </svg>
  );
}
