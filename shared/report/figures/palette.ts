/** Colours of the figures, chosen to read in print and in greyscale (dashes tell kinds apart too). */
import type { EdgeKind, LaneKind, NodeKind } from '../../model';
import type { Stroke } from '../types';

export const INK = '#1f2937';
export const MUTED = '#64748b';
export const GRID = '#e2e8f0';
export const BAND = '#f8fafc';
export const WHITE = '#ffffff';
export const CRITICAL = '#b91c1c';
export const BAR = '#3b5b8c';
export const BLOCKED = '#9ca3af';
export const GREEN = '#15803d';
export const AMBER = '#b45309';
export const RED = '#b91c1c';
export const BLUE = '#1d4ed8';

export const EDGE_STROKE: Readonly<Record<EdgeKind, Stroke>> = {
  flow: { color: '#475569', width: 1 },
  reads: { color: '#2563eb', width: 1, dash: [4, 3] },
  writes: { color: '#1d4ed8', width: 1.6 },
  triggers: { color: '#c2410c', width: 1.2, dash: [1.5, 2.5] },
  handoff: { color: '#7c3aed', width: 1.6, dash: [7, 3] },
};

export interface NodeStyle { readonly fill: string; readonly stroke: Stroke }

export const NODE_STYLE: Readonly<Record<NodeKind, NodeStyle>> = {
  start: { fill: '#ecfdf5', stroke: { color: '#047857', width: 1.2 } },
  end: { fill: '#f1f5f9', stroke: { color: '#334155', width: 2 } },
  step: { fill: WHITE, stroke: { color: '#475569', width: 1 } },
  'ai-step': { fill: '#eef2ff', stroke: { color: '#4338ca', width: 1.8 } },
  decision: { fill: '#fffbeb', stroke: { color: '#b45309', width: 1.2 } },
  handoff: { fill: '#f5f3ff', stroke: { color: '#6d28d9', width: 1.2, dash: [4, 2] } },
  system: { fill: '#f1f5f9', stroke: { color: '#64748b', width: 1 } },
};

export const LANE_FILL: Readonly<Record<LaneKind, string>> = {
  role: '#f8fafc', system: '#f1f5f9', ai: '#eef2ff', external: '#fefce8',
};
