/**
 * Where the AI sits: the map as figures (figures/map/plan.ts: one page, or an overview and
 * titled sections for a large map) and a table of each AI step's connections. The list of
 * every step in words is long for a real map, so only the full sprint report carries it, as an
 * appendix (`stepsAppendix`).
 */
import type { Edge, EdgeKind } from '../../model';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, h1, h2, p, small, table } from '../blocks';
import { EDGE_KIND_LABEL, NODE_KIND_LABEL } from '../labels';
import { documentMapFigures } from '../figures/map/plan';

export function workflowSection(ctx: ReportContext): Block[] {
  const { workflow } = ctx.w;
  const blocks: Block[] = [h1('Where the AI sits in the workflow')];
  if (workflow.nodes.length === 0) {
    blocks.push(p('No workflow has been mapped yet. Map the actual workflow, not the idealized one, and place the AI steps in it: what triggers them, what they read, what they write and where they hand off.'));
    return blocks;
  }
  const ai = workflow.nodes.filter((n) => n.kind === 'ai-step');
  const laneNames = workflow.lanes.map((l) => `“${l.name}”`).join(', ');
  blocks.push(p(`The map shows the workflow as it actually runs: ${workflow.nodes.length} ${workflow.nodes.length === 1 ? 'step' : 'steps'} in ${workflow.lanes.length} ${workflow.lanes.length === 1 ? 'lane' : 'lanes'}${laneNames ? ` (${laneNames})` : ''}, ${ai.length} of them AI ${ai.length === 1 ? 'step' : 'steps'} (marked AI).`));
  const figures: Block[] = documentMapFigures(ctx.w).map((f) => ({
    type: 'figure', figure: f.figure, orientation: f.orientation,
    ...(f.title ? { title: f.title } : {}),
    caption: f.title
      ? f.shows
      : `The workflow map.${f.shows ? ` ${f.shows}` : ''} Lanes are the roles, systems and the AI; connectors show flow, what triggers the AI, what it reads and writes, and where it hands off.`,
    altText: `Workflow map${f.title ? `, ${f.title}` : ''}: lanes ${workflow.lanes.map((l) => l.name).join(', ') || 'none'}; ${f.steps} of the ${workflow.nodes.length} steps.`,
  }));
  // A map on turned pages comes after the table, so the section's first page is not left half empty.
  const turned = figures.some((f) => f.type === 'figure' && f.orientation === 'landscape');
  if (!turned) blocks.push(...figures);
  blocks.push(h2('What each AI step reads, writes and hands off'));
  const labels = new Map(workflow.nodes.map((n) => [n.id, n.label]));
  const outgoing = new Map<string, Edge[]>(), incoming = new Map<string, Edge[]>();
  for (const e of workflow.edges) {
    (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e);
    (incoming.get(e.to) ?? incoming.set(e.to, []).get(e.to)!).push(e);
  }
  const names = (edges: readonly Edge[] | undefined, kinds: readonly EdgeKind[], end: 'from' | 'to') =>
    (edges ?? []).filter((e) => kinds.includes(e.kind))
      .map((e) => `${labels.get(e[end]) ?? e[end]}${e.label ? ` (${e.label})` : ''}`);
  const line = (parts: string[]) => (parts.length ? parts.join('; ') : '—');
  blocks.push(table(
    [col('AI step', 3), col('Triggered by', 3), col('Reads', 3), col('Writes', 3), col('Hands off to', 3)],
    ai.map((n) => [
      cell({ text: n.label, bold: true }, ...(n.notes?.trim() ? [`\n${n.notes.trim()}`] : [])),
      cell(line(names(incoming.get(n.id), ['triggers'], 'from'))),
      cell(line(names(outgoing.get(n.id), ['reads'], 'to'))),
      cell(line(names(outgoing.get(n.id), ['writes'], 'to'))),
      cell(line(names(outgoing.get(n.id), ['handoff'], 'to'))),
    ]),
    'The map has no AI step yet: place the AI in the workflow.',
  ));
  blocks.push(small('An AI step is integrated when something triggers it, it reads its inputs from a named place, and its output is written somewhere or handed to a person.'));
  if (turned) blocks.push(...figures);
  return blocks;
}

/** Every step of the map in words, lane by lane: the figure's text equivalent, for the sprint report's appendix. */
export function stepsAppendix(ctx: ReportContext): Block[] {
  const { lanes, nodes, edges } = ctx.w.workflow;
  if (nodes.length === 0) return [];
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const outgoing = new Map<string, Edge[]>();
  for (const e of edges) (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e);
  const laneOrder = new Map(lanes.map((l, i) => [l.id, i]));
  const laneName = new Map(lanes.map((l) => [l.id, l.name]));
  const sorted = [...nodes].sort((a, b) =>
    (laneOrder.get(a.laneId ?? '') ?? lanes.length) - (laneOrder.get(b.laneId ?? '') ?? lanes.length) || a.x - b.x || a.y - b.y);
  return [
    h1('Appendix: every step of the workflow'),
    small(`The ${nodes.length} ${nodes.length === 1 ? 'step' : 'steps'} of the workflow map in words, lane by lane and from left to right, with where each leads.`),
    table([col('Lane', 2.6), col('Step', 4), col('Kind', 1.8), col('Leads to', 4.2), col('Notes', 3.4)], sorted.map((n) => [
      cell(n.laneId ? laneName.get(n.laneId) ?? `unknown lane "${n.laneId}"` : '—'),
      cell({ text: n.label, bold: n.kind === 'ai-step' }),
      cell(NODE_KIND_LABEL[n.kind]),
      cell((outgoing.get(n.id) ?? []).map((e) => `${labels.get(e.to) ?? e.to} (${EDGE_KIND_LABEL[e.kind].toLowerCase()}${e.label ? `: ${e.label}` : ''})`).join('; ') || '—'),
      cell(n.notes ?? ''),
    ])),
  ];
}
