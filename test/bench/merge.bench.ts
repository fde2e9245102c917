/**
 * Issues 13 and 15: the comparison and the three-way merge on two edited copies of a
 * 1,000-node workbook. Each copy is loaded from its own text, as a snapshot, a file on disk
 * or a git blob would be, so the three share no objects and every record is compared.
 */
import { findLoadProblems, loadWorkbook, serializeWorkbook } from '../../shared/format';
import { assessReadiness, compareWorkbooks, mergeWorkbooks } from '../../shared/logic';
import type { Decision, Metric, Workbook, WorkflowNode } from '../../shared/model';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';
import { bench, printResults } from './harness';

/** Ours: 100 nodes renamed, 50 moved, 30 decisions reclassified, an observation on every metric, 20 nodes added, 10 connectors removed. */
function oursOf(w: Workbook): Workbook {
  const nodes: WorkflowNode[] = w.workflow.nodes.map((n, i) =>
    i % 10 === 0 ? { ...n, label: `${n.label} (checked)` } : i % 20 === 5 ? { ...n, x: n.x + 40, y: n.y + 20 } : n);
  for (let i = 0; i < 20; i++) nodes.push({ id: `n-ours-${i}`, kind: 'step', label: `Our step ${i}`, laneId: 'l-0', x: 40 * i, y: 2000 });
  const decisions: Decision[] = w.decisions.map((d, i) => (i % 10 === 0 ? { ...d, tier: 'high', tierReason: 'Customer money at stake' } : d));
  const metrics: Metric[] = w.metrics.map((m) => ({ ...m, observations: [...m.observations, { date: '2026-09-01', value: 12.5 }] }));
  const edges = w.workflow.edges.filter((_, i) => i % 150 !== 7);
  return { ...w, updatedAt: '2026-03-01T10:00:00Z', workflow: { ...w.workflow, nodes, edges }, decisions, metrics,
    audit: [...w.audit, { at: '2026-03-01T10:00:00Z', action: 'Reclassified 30 decisions' }] };
}

/** Theirs: 10 of ours' reclassified decisions given another tier (a conflict where the tiers differ), 50 targets moved, 40 RACI entries, 20 nodes added, 5 roadmap items removed. */
function theirsOf(w: Workbook): Workbook {
  const decisions: Decision[] = w.decisions.map((d, i) => (i % 30 === 0 ? { ...d, tier: 'medium' } : i % 10 === 3 ? { ...d, controls: [...d.controls, 'kill-switch'] } : d));
  const metrics: Metric[] = w.metrics.map((m, i) => (i % 2 === 0 ? { ...m, target: { value: (m.target?.value ?? 0) + 1 } } : m));
  const nodes = [...w.workflow.nodes];
  for (let i = 0; i < 20; i++) nodes.push({ id: `n-theirs-${i}`, kind: 'system', label: `Their system ${i}`, laneId: 'l-1', x: 40 * i, y: 2200 });
  const raci = [...w.raci, ...w.decisions.slice(0, 40).map((d) => ({ subjectId: d.id, personId: 'p-3', role: 'C' as const }))];
  const removed = new Set(['r-95', 'r-96', 'r-97', 'r-98', 'r-99']);
  const roadmap = w.roadmap.filter((r) => !removed.has(r.id)).map((r) => ({ ...r, dependsOn: r.dependsOn.filter((id) => !removed.has(id)) }));
  return { ...w, updatedAt: '2026-03-02T09:00:00Z', workflow: { ...w.workflow, nodes }, decisions, metrics, raci, roadmap,
    audit: [...w.audit, { at: '2026-03-02T09:00:00Z', action: 'Moved 50 targets' }] };
}

function load(text: string): Workbook {
  const r = loadWorkbook(text);
  if (!r.ok) throw new Error(r.refusal.reason);
  return r.workbook;
}

export async function runMergeBench(): Promise<void> {
  const generated = generateWorkbook(BENCH_SIZE);
  const texts = [generated, oursOf(generated), theirsOf(generated)].map(serializeWorkbook);
  const [base, ours, theirs] = texts.map(load) as [Workbook, Workbook, Workbook];
  const comparison = compareWorkbooks(base, ours, findLoadProblems);
  const merged = mergeWorkbooks(base, ours, theirs, { findProblems: findLoadProblems });
  const results = [
    await bench('compare (records, tiers, readiness before and after)', () => compareWorkbooks(base, ours, findLoadProblems)),
    await bench('of which: readiness of both versions', () => [assessReadiness(base, findLoadProblems(base)), assessReadiness(ours, findLoadProblems(ours))]),
    await bench('merge (conflicts in words, problems it introduced)', () => mergeWorkbooks(base, ours, theirs, { findProblems: findLoadProblems })),
    await bench('merge of three files, as a git driver: load ×3, merge, write', () =>
      serializeWorkbook(mergeWorkbooks(load(texts[0]!), load(texts[1]!), load(texts[2]!), { findProblems: findLoadProblems }).workbook)),
  ];
  printResults(`Compare and merge — two edited copies of a ${BENCH_SIZE.nodes}-node workbook ` +
    `(ours vs base: ${comparison.counts.changed} changed, ${comparison.counts.added} added, ${comparison.counts.removed} removed; ` +
    `merge: ${merged.conflicts.length} conflicts)`, results);
}
