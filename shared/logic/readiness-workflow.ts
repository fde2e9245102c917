/**
 * Readiness question 1, the workflow: is the AI placed in the actual workflow, with what
 * triggers it, what it reads, and where its output goes?
 */
import { pointer, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { quote } from './text';

export function workflowGaps(w: Workbook): Gap[] {
  const { nodes, edges } = w.workflow;
  const gaps: Gap[] = [];

  // One pass over the edges, so that each node is then checked in constant time.
  const connected = new Set<string>();
  const triggered = new Set<string>();
  const reads = new Set<string>();
  const outputs = new Set<string>();
  for (const e of edges) {
    connected.add(e.from);
    connected.add(e.to);
    if (e.kind === 'triggers') triggered.add(e.to);
    else if (e.kind === 'reads') reads.add(e.from);
    else if (e.kind === 'writes' || e.kind === 'handoff') outputs.add(e.from);
  }
  const recorded = new Set(w.decisions.map((d) => d.nodeId).filter((id) => id !== undefined));

  if (!nodes.some((n) => n.kind === 'ai-step')) {
    gaps.push(gap('workflow', 'blocker', pointer('workflow', 'nodes'), 'The workflow map has no AI step: place the AI where it works in the actual workflow.'));
  }

  nodes.forEach((n, i) => {
    // Most nodes have no gap: build the path and name only for those that do.
    const add = (severity: Gap['severity'], message: (name: string) => string) => {
      gaps.push(gap('workflow', severity, pointer('workflow', 'nodes', i), message(quote(n.label, n.id)), n.id));
    };
    if (n.kind === 'ai-step') {
      if (!triggered.has(n.id)) add('blocker', (name) => `AI step ${name} has no incoming trigger.`);
      if (!reads.has(n.id)) add('blocker', (name) => `AI step ${name} does not show what it reads (no outgoing "reads" connection).`);
      if (!outputs.has(n.id)) add('blocker', (name) => `AI step ${name} does not show where its output goes (no outgoing "writes" or "handoff" connection).`);
    }
    if (n.kind === 'decision' && !recorded.has(n.id)) {
      add('blocker', (name) => `Decision point ${name} has no decision record: add the decision it makes and classify it.`);
    }
    if (!connected.has(n.id)) add('warning', (name) => `${name} is not connected to anything on the workflow map.`);
  });
  return gaps;
}
