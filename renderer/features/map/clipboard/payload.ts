/**
 * Copy and paste of map elements, also between workbooks: the selection travels through the
 * system clipboard as JSON marked as ours (a MIME type of our own where the platform keeps one,
 * and a `format` marker inside the text, which every clipboard keeps). Pasting gives every
 * element a fresh id and finds each node's lane in the target workbook by id, then by name, and
 * creates the lane when the workbook has none like it.
 */
import { EDGE_KINDS, freshId, LANE_KINDS, NODE_KINDS, recordIds, type Edge, type Lane, type Workbook, type WorkflowNode } from '../../../../shared/model';
import type { MapElements } from '../../../state/commands/mapNodes';

export const MAP_CLIPBOARD_MIME = 'application/x-sprintbook-map+json';
export const MAP_CLIPBOARD_FORMAT = 'sprintbook-map-selection';
const LIMIT = 5000;

export interface MapClipboard {
  readonly format: typeof MAP_CLIPBOARD_FORMAT;
  readonly version: 1;
  /** The workbook it was copied from: pasting back into it offsets the copy so it does not hide the original. */
  readonly workbookId: string;
  readonly lanes: readonly Lane[];
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly Edge[];
}

/** The selected nodes, the connectors among them, and their lanes. */
export function copyPayload(w: Workbook, nodeIds: readonly string[]): MapClipboard | null {
  const wanted = new Set(nodeIds);
  const nodes = w.workflow.nodes.filter((n) => wanted.has(n.id)).map(plainNode);
  if (nodes.length === 0) return null;
  const edges = w.workflow.edges.filter((e) => wanted.has(e.from) && wanted.has(e.to)).map(plainEdge);
  const laneIds = new Set(nodes.map((n) => n.laneId).filter((id): id is string => id !== undefined));
  const lanes = w.workflow.lanes.filter((l) => laneIds.has(l.id)).map((l) => ({ id: l.id, name: l.name, kind: l.kind }));
  return { format: MAP_CLIPBOARD_FORMAT, version: 1, workbookId: w.id, lanes, nodes, edges };
}

export const encodeClipboard = (p: MapClipboard): string => JSON.stringify(p, null, 1);

/** The payload in `text`, or null when the text is anything else (a paste of plain text is not ours). */
export function decodeClipboard(text: string): MapClipboard | null {
  if (!text.includes(MAP_CLIPBOARD_FORMAT)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== MAP_CLIPBOARD_FORMAT || data.version !== 1 || typeof data.workbookId !== 'string') return null;
  const { lanes, nodes, edges } = data;
  if (!Array.isArray(lanes) || !Array.isArray(nodes) || !Array.isArray(edges) || nodes.length > LIMIT || edges.length > LIMIT * 2) return null;
  if (!lanes.every(isLane) || !nodes.every(isNode) || !edges.every(isEdge)) return null;
  return { format: MAP_CLIPBOARD_FORMAT, version: 1, workbookId: data.workbookId, lanes: lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind })), nodes: nodes.map(plainNode), edges: edges.map(plainEdge) };
}

/** What pasting `p` into `w` adds: fresh ids, lanes matched or created, positions shifted by (dx, dy). */
export function pastePlan(p: MapClipboard, w: Workbook, dx = 0, dy = 0): MapElements {
  const taken = recordIds(w);
  const laneMap = new Map<string, string>();
  const newLanes: Lane[] = [];
  for (const lane of p.lanes) {
    const same = w.workflow.lanes.find((l) => l.id === lane.id) ?? w.workflow.lanes.find((l) => l.name.trim().toLowerCase() === lane.name.trim().toLowerCase());
    if (same) {
      laneMap.set(lane.id, same.id);
    } else {
      const id = freshId('l', taken);
      laneMap.set(lane.id, id);
      newLanes.push({ id, name: lane.name, kind: lane.kind });
    }
  }
  const idMap = new Map<string, string>();
  const nodes = p.nodes.map((n) => {
    const id = freshId('n', taken);
    idMap.set(n.id, id);
    const laneId = n.laneId === undefined ? undefined : laneMap.get(n.laneId);
    const { laneId: _old, ...rest } = n;
    return { ...rest, id, x: n.x + dx, y: n.y + dy, ...(laneId !== undefined ? { laneId } : {}) };
  });
  const edges = p.edges.flatMap((e) => {
    const from = idMap.get(e.from), to = idMap.get(e.to);
    return from && to ? [{ ...e, id: freshId('e', taken), from, to }] : [];
  });
  return { lanes: newLanes, nodes, edges };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isOptionalText = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isLane(v: unknown): v is Lane {
  return isRecord(v) && isText(v.id) && isText(v.name) && (LANE_KINDS as readonly unknown[]).includes(v.kind);
}
function isNode(v: unknown): v is WorkflowNode {
  return isRecord(v) && isText(v.id) && isText(v.label) && (NODE_KINDS as readonly unknown[]).includes(v.kind)
    && isNumber(v.x) && isNumber(v.y) && isOptionalText(v.laneId) && isOptionalText(v.notes);
}
function isEdge(v: unknown): v is Edge {
  return isRecord(v) && isText(v.id) && isText(v.from) && isText(v.to) && (EDGE_KINDS as readonly unknown[]).includes(v.kind) && isOptionalText(v.label);
}

/** Only the fields of the format: unknown extra keys stay in the workbook they came from. */
function plainNode(n: WorkflowNode): WorkflowNode {
  return {
    id: n.id, kind: n.kind, label: n.label, ...(n.laneId !== undefined ? { laneId: n.laneId } : {}),
    x: n.x, y: n.y, ...(n.notes !== undefined ? { notes: n.notes } : {}),
  };
}
function plainEdge(e: Edge): Edge {
  return { id: e.id, from: e.from, to: e.to, kind: e.kind, ...(e.label !== undefined ? { label: e.label } : {}) };
}
