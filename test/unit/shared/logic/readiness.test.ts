import { describe, it, expect } from 'vitest';
import type { Problem, Workbook } from '../../../../shared/model';
import { assessReadiness, questionSummary } from '../../../../shared/logic/readiness';
import { completeMetric, decision, edge, factors, item, metric, node, readyWorkbook, workbook } from './fixtures';

const gapsOf = (w: Workbook) => assessReadiness(w, []).gaps;
const base = readyWorkbook();
const withWorkflow = (patch: Partial<Workbook['workflow']>) => readyWorkbook({ workflow: { ...base.workflow, ...patch } });
const withoutEdge = (id: string) => withWorkflow({ edges: base.workflow.edges.filter((e) => e.id !== id) });
const withDecision = (patch: Parameters<typeof decision>[1]) => readyWorkbook({ decisions: [{ ...base.decisions[0]!, ...patch }] });
const withMetric = (i: number, patch: Parameters<typeof metric>[1]) =>
  readyWorkbook({ metrics: base.metrics.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

describe('the verdict', () => {
  it('a workbook that answers all four questions is ready to scale, with no gap', () => {
    expect(assessReadiness(base, [])).toEqual({ ready: true, verdict: 'ready', gaps: [] });
  });

  it('a single blocker means not ready', () => {
    expect(assessReadiness(withoutEdge('e-2'), [])).toMatchObject({ ready: false, verdict: 'not-ready' });
  });

  it('warnings alone do not stop a workbook from being ready', () => {
    const r = assessReadiness(withWorkflow({ nodes: [...base.workflow.nodes, node('n-lonely', 'step', { label: 'Lonely' })] }), []);
    expect(r.ready).toBe(true);
    expect(r.gaps.map((g) => g.severity)).toEqual(['warning']);
  });

  it('an empty workbook is not ready: every question has a blocker, the tiers one included (rules 1.1)', () => {
    const s = questionSummary(assessReadiness(workbook(), []));
    expect(s.workflow.blockers).toBeGreaterThan(0);
    expect(s.baselines.blockers).toBeGreaterThan(0);
    expect(s.owners.blockers).toBeGreaterThan(0);
    // A question is never answered vacuously: no decision means the inventory was not done.
    expect(s.tiers).toEqual({ blockers: 1, warnings: 0 });
  });
});

describe('question 1: the workflow', () => {
  it('a workflow without an AI step is a blocker on the nodes', () => {
    const gaps = gapsOf(withWorkflow({ nodes: base.workflow.nodes.map((n) => (n.kind === 'ai-step' ? { ...n, kind: 'step' as const } : n)) }));
    expect(gaps).toEqual([{
      question: 'workflow', severity: 'blocker', path: '/workflow/nodes',
      message: 'The workflow map has no AI step: place the AI where it works in the actual workflow.',
    }]);
  });

  it('an AI step without an incoming trigger is a blocker on that node', () => {
    expect(gapsOf(withoutEdge('e-2'))).toEqual([{
      question: 'workflow', severity: 'blocker', subjectId: 'n-ai', path: '/workflow/nodes/2',
      message: 'AI step "Summarize request" has no incoming trigger.',
    }]);
  });

  it('a trigger going out of the AI step is not a trigger of it', () => {
    const w = withWorkflow({ edges: base.workflow.edges.map((e) => (e.id === 'e-2' ? edge('e-2', 'n-ai', 'n-inbox', 'triggers') : e)) });
    expect(gapsOf(w).map((g) => g.message)).toEqual(['AI step "Summarize request" has no incoming trigger.']);
  });

  it('an AI step that reads nothing is a blocker', () => {
    expect(gapsOf(withoutEdge('e-3'))).toEqual([{
      question: 'workflow', severity: 'blocker', subjectId: 'n-ai', path: '/workflow/nodes/2',
      message: 'AI step "Summarize request" does not show what it reads (no outgoing "reads" connection).',
    }]);
  });

  it('a reads connection into the AI step does not count as the step reading', () => {
    const w = withWorkflow({ edges: base.workflow.edges.map((e) => (e.id === 'e-3' ? edge('e-3', 'n-inbox', 'n-ai', 'reads') : e)) });
    expect(gapsOf(w)).toHaveLength(1);
  });

  it('an AI step whose output goes nowhere is a blocker', () => {
    expect(gapsOf(withoutEdge('e-4'))).toEqual([{
      question: 'workflow', severity: 'blocker', subjectId: 'n-ai', path: '/workflow/nodes/2',
      message: 'AI step "Summarize request" does not show where its output goes (no outgoing "writes" or "handoff" connection).',
    }]);
  });

  it('a writes connection is as good as a handoff', () => {
    const w = withWorkflow({ edges: base.workflow.edges.map((e) => (e.id === 'e-4' ? edge('e-4', 'n-ai', 'n-check', 'writes') : e)) });
    expect(gapsOf(w)).toEqual([]);
  });

  it('an AI step with no connection at all gets one blocker per missing thing and a warning', () => {
    const nodes = [...base.workflow.nodes, node('n-ai2', 'ai-step', { label: 'Draft reply' })];
    const gaps = gapsOf(withWorkflow({ nodes }));
    expect(gaps.map((g) => [g.severity, g.path, g.subjectId])).toEqual([
      ['blocker', '/workflow/nodes/5', 'n-ai2'],
      ['blocker', '/workflow/nodes/5', 'n-ai2'],
      ['blocker', '/workflow/nodes/5', 'n-ai2'],
      ['warning', '/workflow/nodes/5', 'n-ai2'],
    ]);
    expect(gaps[3]?.message).toBe('"Draft reply" is not connected to anything on the workflow map.');
  });

  it('a decision point without a decision record is a blocker', () => {
    const gaps = gapsOf(readyWorkbook({ decisions: [{ ...base.decisions[0]!, nodeId: 'n-ai' }] }));
    expect(gaps).toEqual([{
      question: 'workflow', severity: 'blocker', subjectId: 'n-check', path: '/workflow/nodes/3',
      message: 'Decision point "Summary good enough?" has no decision record: add the decision it makes and classify it.',
    }]);
  });

  it('a decision record without a node is fine as far as the workflow goes', () => {
    const w = readyWorkbook({ decisions: [...base.decisions, { ...base.decisions[0]!, id: 'd-other', nodeId: undefined }] });
    expect(gapsOf(w).filter((g) => g.question === 'workflow')).toEqual([]);
  });

  it('a node with any connection, in or out, of any kind, is connected', () => {
    // n-start has only an outgoing flow and n-end only an incoming one.
    expect(gapsOf(base).filter((g) => g.severity === 'warning')).toEqual([]);
  });

  it('lists workflow gaps in node order', () => {
    const nodes = [node('n-z', 'decision', { label: 'Z' }), ...base.workflow.nodes, node('n-a', 'step', { label: 'A' })];
    expect(gapsOf(withWorkflow({ nodes })).map((g) => g.subjectId)).toEqual(['n-z', 'n-z', 'n-a']);
  });
});

describe('question 2: the risk tiers', () => {
  it('a decision without a tier is a blocker that names the suggested tier', () => {
    expect(gapsOf(withDecision({ tier: undefined }))).toEqual([{
      question: 'tiers', severity: 'blocker', subjectId: 'd-summary', path: '/decisions/0/tier',
      message: 'Decision "Summarize the request" has no risk tier yet (suggested: low).',
    }]);
  });

  it('a tier that differs from the suggestion needs a reason', () => {
    const gaps = gapsOf(withDecision({ action: 'recommend', controls: ['audit-log', 'sampling-review'] }));
    expect(gaps).toEqual([{
      question: 'tiers', severity: 'blocker', subjectId: 'd-summary', path: '/decisions/0/tierReason',
      message: 'Decision "Summarize the request" is classified low, but the suggested tier is medium, and no reason is recorded.',
    }]);
  });

  it('a tier that differs from the suggestion with a reason is accepted', () => {
    expect(gapsOf(withDecision({ action: 'recommend', tierReason: 'Output is only read by the team.' }))).toEqual([]);
  });

  it('a blank reason is no reason', () => {
    expect(gapsOf(withDecision({ action: 'recommend', tierReason: ' ' })).map((g) => g.path)).toEqual(['/decisions/0/tierReason']);
  });

  it('missing required controls are a blocker that lists them', () => {
    expect(gapsOf(withDecision({ controls: ['kill-switch'], factors: factors({ personalData: true }) }))).toEqual([{
      question: 'tiers', severity: 'blocker', subjectId: 'd-summary', path: '/decisions/0/controls',
      message: 'Decision "Summarize the request" lacks required controls: audit-log, sampling-review, access-control.',
    }]);
  });

  it('an unclassified decision with personal data already needs access control', () => {
    const gaps = gapsOf(withDecision({ tier: undefined, factors: factors({ personalData: true }) }));
    expect(gaps.map((g) => g.path)).toEqual(['/decisions/0/tier', '/decisions/0/controls']);
    expect(gaps[1]?.message).toContain('access-control');
  });

  it('a decision nobody can override is a blocker', () => {
    expect(gapsOf(withDecision({ overrideById: undefined }))).toEqual([{
      question: 'tiers', severity: 'blocker', subjectId: 'd-summary', path: '/decisions/0/overrideById',
      message: 'Decision "Summarize the request" names no one who can override it.',
    }]);
  });

  it('a decision with no one to escalate to is a blocker', () => {
    expect(gapsOf(withDecision({ escalateToId: undefined }))).toEqual([{
      question: 'tiers', severity: 'blocker', subjectId: 'd-summary', path: '/decisions/0/escalateToId',
      message: 'Decision "Summarize the request" names no one to escalate to.',
    }]);
  });

  it('a high-tier decision must name the owner of its output', () => {
    const gaps = gapsOf(withDecision({ action: 'commit', tier: 'high', controls: ['audit-log', 'human-decision'], outputOwnerId: undefined }));
    expect(gaps).toEqual([{
      question: 'tiers', severity: 'blocker', subjectId: 'd-summary', path: '/decisions/0/outputOwnerId',
      message: 'High-tier decision "Summarize the request" names no owner of its output.',
    }]);
  });

  it('a low- or medium-tier decision need not name an output owner', () => {
    expect(gapsOf(withDecision({ outputOwnerId: undefined }))).toEqual([]);
  });

  it('lists a decision\'s gaps in its field order, and decisions in file order', () => {
    const second = decision('d-two', { title: 'Second' });
    const w = readyWorkbook({
      decisions: [{ ...base.decisions[0]!, action: 'commit', controls: [], outputOwnerId: undefined, escalateToId: undefined }, second],
      raci: [...base.raci, { subjectId: 'd-two', personId: 'p-owner', role: 'A' }, { subjectId: 'd-two', personId: 'p-clerk', role: 'R' }],
    });
    expect(gapsOf(w).map((g) => g.path)).toEqual([
      '/decisions/0/tierReason', '/decisions/0/controls', '/decisions/0/escalateToId',
      '/decisions/1/tier', '/decisions/1/overrideById', '/decisions/1/escalateToId',
    ]);
  });

  it('uses the workbook policy to judge the suggestion', () => {
    const w = readyWorkbook({ policy: { mediumExposure: 10, highExposure: 100 }, decisions: [{ ...base.decisions[0]!, factors: factors({ financialExposure: 50 }) }] });
    expect(gapsOf(w).map((g) => g.message)).toEqual([
      'Decision "Summarize the request" is classified low, but the suggested tier is medium, and no reason is recorded.',
    ]);
  });
});

describe('question 3: the baselines', () => {
  it('a workbook without metrics is a blocker, and each expected kind is a warning', () => {
    const gaps = gapsOf(readyWorkbook({ metrics: [] }));
    expect(gaps).toEqual([
      { question: 'baselines', severity: 'blocker', path: '/metrics', message: 'No metric is defined: name at least one measure of today\'s workflow with a baseline.' },
      { question: 'baselines', severity: 'warning', path: '/metrics', message: 'No metric measures cycle time or time to first response.' },
      { question: 'baselines', severity: 'warning', path: '/metrics', message: 'No metric measures the error rate.' },
      { question: 'baselines', severity: 'warning', path: '/metrics', message: 'No metric measures the rework rate.' },
      { question: 'baselines', severity: 'warning', path: '/metrics', message: 'No metric measures the cost per unit.' },
    ]);
  });

  it('a metric without a baseline is a blocker on the baseline', () => {
    expect(gapsOf(withMetric(1, { baseline: undefined }))).toEqual([{
      question: 'baselines', severity: 'blocker', subjectId: 'm-error', path: '/metrics/1/baseline',
      message: 'Metric "Error rate" has no baseline.',
    }]);
  });

  it('a baseline without a period or a source gets one gap for each missing thing', () => {
    expect(gapsOf(withMetric(0, { baseline: { value: 11, source: '  ' } }))).toEqual([
      { question: 'baselines', severity: 'blocker', subjectId: 'm-cycle', path: '/metrics/0/baseline/from', message: 'The baseline of "Cycle time" does not say when its measuring period starts.' },
      { question: 'baselines', severity: 'blocker', subjectId: 'm-cycle', path: '/metrics/0/baseline/to', message: 'The baseline of "Cycle time" does not say when its measuring period ends.' },
      { question: 'baselines', severity: 'blocker', subjectId: 'm-cycle', path: '/metrics/0/baseline/source', message: 'The baseline of "Cycle time" does not name its source.' },
    ]);
  });

  it('a baseline of zero is still a baseline', () => {
    expect(gapsOf(withMetric(0, { baseline: { value: 0, from: '2026-01-01', to: '2026-01-31', source: 'Log' } }))).toEqual([]);
  });

  it('a metric without a target is a blocker', () => {
    expect(gapsOf(withMetric(2, { target: undefined }))).toEqual([{
      question: 'baselines', severity: 'blocker', subjectId: 'm-rework', path: '/metrics/2/target', message: 'Metric "Rework rate" has no target.',
    }]);
  });

  it('a metric without a kill criterion is a blocker', () => {
    expect(gapsOf(withMetric(3, { kill: undefined }))).toEqual([{
      question: 'baselines', severity: 'blocker', subjectId: 'm-cost', path: '/metrics/3/kill',
      message: 'Metric "Cost per request" has no kill criterion: say at what value the rollout stops.',
    }]);
  });

  it.each([
    ['cycle-time', 'No metric measures cycle time or time to first response.'],
    ['error-rate', 'No metric measures the error rate.'],
    ['rework-rate', 'No metric measures the rework rate.'],
    ['cost-per-unit', 'No metric measures the cost per unit.'],
  ] as const)('no metric of kind %s is a warning', (kind, message) => {
    const w = readyWorkbook({ metrics: base.metrics.filter((m) => m.kind !== kind) });
    expect(gapsOf(w)).toEqual([{ question: 'baselines', severity: 'warning', path: '/metrics', message }]);
  });

  it('time to first response counts as cycle time', () => {
    const w = readyWorkbook({ metrics: base.metrics.map((m) => (m.kind === 'cycle-time' ? { ...m, kind: 'time-to-first-response' as const } : m)) });
    expect(gapsOf(w)).toEqual([]);
  });

  it('lists metric gaps in file order, before the warnings about kinds', () => {
    const w = readyWorkbook({ metrics: [metric('m-a', { ownerId: 'p-owner' }), completeMetric('m-b', { target: undefined })] });
    expect(gapsOf(w).map((g) => `${g.severity} ${g.path}`)).toEqual([
      'blocker /metrics/0/baseline', 'blocker /metrics/0/target', 'blocker /metrics/0/kill', 'blocker /metrics/1/target',
      'warning /metrics', 'warning /metrics', 'warning /metrics', 'warning /metrics',
    ]);
  });
});

describe('question 4: the owners', () => {
  const withOwnership = (patch: Partial<Workbook['ownership']>) => readyWorkbook({ ownership: { ...base.ownership, ...patch } });

  it.each([
    ['workflowOwnerId', 'No workflow owner is named.'],
    ['governanceOwnerId', 'No governance owner is named.'],
    ['measurementCadence', 'No measurement cadence is set.'],
  ] as const)('a missing %s is a blocker', (field, message) => {
    expect(gapsOf(withOwnership({ [field]: undefined }))).toEqual([
      { question: 'owners', severity: 'blocker', path: `/ownership/${field}`, message },
    ]);
  });

  it('an empty escalation path is a blocker', () => {
    expect(gapsOf(withOwnership({ escalationPath: [] }))).toEqual([{
      question: 'owners', severity: 'blocker', path: '/ownership/escalationPath',
      message: 'The escalation path names no one: say who a problem goes to, first to last.',
    }]);
  });

  it('an escalation path of one person is enough', () => {
    expect(gapsOf(withOwnership({ escalationPath: ['p-clerk'] }))).toEqual([]);
  });

  it('a metric without an owner is a blocker', () => {
    expect(gapsOf(withMetric(1, { ownerId: undefined }))).toEqual([{
      question: 'owners', severity: 'blocker', subjectId: 'm-error', path: '/metrics/1/ownerId', message: 'Metric "Error rate" has no owner.',
    }]);
  });

  it('a roadmap item without an owner is a blocker', () => {
    expect(gapsOf(readyWorkbook({ roadmap: [item('r-x', { title: 'Dashboard' })] }))).toEqual([{
      question: 'owners', severity: 'blocker', subjectId: 'r-x', path: '/roadmap/0/ownerId', message: 'Roadmap item "Dashboard" has no owner.',
    }]);
  });

  it('a decision with no one accountable in the RACI is a blocker', () => {
    expect(gapsOf(readyWorkbook({ raci: base.raci.filter((r) => r.role !== 'A') }))).toEqual([{
      question: 'owners', severity: 'blocker', subjectId: 'd-summary', path: '/raci',
      message: 'Decision "Summarize the request" has no one accountable (A) in the RACI; it needs exactly one.',
    }]);
  });

  it('a decision with two people accountable says how many it found', () => {
    const w = readyWorkbook({ raci: [...base.raci, { subjectId: 'd-summary', personId: 'p-clerk', role: 'A' }] });
    expect(gapsOf(w)).toEqual([{
      question: 'owners', severity: 'blocker', subjectId: 'd-summary', path: '/raci',
      message: 'Decision "Summarize the request" has 2 people accountable (A) in the RACI; it needs exactly one.',
    }]);
  });

  it('the same person listed twice as accountable is still one person', () => {
    expect(gapsOf(readyWorkbook({ raci: [...base.raci, { subjectId: 'd-summary', personId: 'p-owner', role: 'A' }] }))).toEqual([]);
  });

  it('a decision with no one responsible in the RACI is a blocker', () => {
    expect(gapsOf(readyWorkbook({ raci: base.raci.filter((r) => r.role !== 'R') }))).toEqual([{
      question: 'owners', severity: 'blocker', subjectId: 'd-summary', path: '/raci',
      message: 'Decision "Summarize the request" has no one responsible (R) in the RACI.',
    }]);
  });

  it('consulted, informed, and entries for other subjects do not count', () => {
    const w = readyWorkbook({
      raci: [
        { subjectId: 'd-summary', personId: 'p-owner', role: 'C' },
        { subjectId: 'd-summary', personId: 'p-clerk', role: 'I' },
        { subjectId: 'm-cycle', personId: 'p-owner', role: 'A' },
        { subjectId: 'm-cycle', personId: 'p-clerk', role: 'R' },
      ],
    });
    expect(gapsOf(w).map((g) => g.message)).toEqual([
      'Decision "Summarize the request" has no one accountable (A) in the RACI; it needs exactly one.',
      'Decision "Summarize the request" has no one responsible (R) in the RACI.',
    ]);
  });

  it('lists owner gaps in file order: metrics, ownership, RACI, roadmap', () => {
    const w = readyWorkbook({
      metrics: withMetric(0, { ownerId: undefined }).metrics,
      ownership: { escalationPath: [] },
      raci: [],
      roadmap: [item('r-x')],
    });
    expect(gapsOf(w).map((g) => g.path)).toEqual([
      '/metrics/0/ownerId', '/ownership/workflowOwnerId', '/ownership/governanceOwnerId', '/ownership/measurementCadence',
      '/ownership/escalationPath', '/raci', '/raci', '/roadmap/0/ownerId',
    ]);
  });
});

describe('problems from loading', () => {
  const problems: Problem[] = [
    { question: 'owners', message: 'Roadmap item "Dashboard" names an unknown person "p-ghost".', path: '/roadmap/0/ownerId', subjectId: 'r-logging' },
    { question: 'workflow', message: 'Edge "e-9" goes to a node that does not exist: "n-gone".', path: '/workflow/edges/5/to' },
    { question: 'baselines', message: 'Metric "Cycle time" measures an unknown decision "d-gone".', path: '/metrics/0/decisionIds/0', subjectId: 'm-cycle' },
    { question: 'tiers', message: 'Decision "Summarize the request" names an unknown person "p-ghost" to escalate to.', path: '/decisions/0/escalateToId', subjectId: 'd-summary' },
  ];

  it('each problem is a blocker under its question, with its message, path and subject', () => {
    const r = assessReadiness(base, problems);
    expect(r.ready).toBe(false);
    expect(r.gaps).toEqual([
      { question: 'workflow', severity: 'blocker', message: problems[1]!.message, path: '/workflow/edges/5/to' },
      { question: 'tiers', severity: 'blocker', message: problems[3]!.message, path: '/decisions/0/escalateToId', subjectId: 'd-summary' },
      { question: 'baselines', severity: 'blocker', message: problems[2]!.message, path: '/metrics/0/decisionIds/0', subjectId: 'm-cycle' },
      { question: 'owners', severity: 'blocker', message: problems[0]!.message, path: '/roadmap/0/ownerId', subjectId: 'r-logging' },
    ]);
  });

  it('sit with their question, ahead of the gaps computed for it', () => {
    const r = assessReadiness(withoutEdge('e-2'), [problems[1]!, problems[0]!]);
    expect(r.gaps.map((g) => `${g.question} ${g.path}`)).toEqual([
      'workflow /workflow/edges/5/to', 'workflow /workflow/nodes/2', 'owners /roadmap/0/ownerId',
    ]);
  });

  it('keep their own order within a question', () => {
    const two: Problem[] = [
      { question: 'owners', message: 'B', path: '/raci/1/personId' },
      { question: 'owners', message: 'A', path: '/raci/0/personId' },
    ];
    expect(assessReadiness(base, two).gaps.map((g) => g.message)).toEqual(['B', 'A']);
  });
});

describe('questionSummary', () => {
  it('counts blockers and warnings per question, all four always present', () => {
    const w = readyWorkbook({
      workflow: { ...base.workflow, nodes: [...base.workflow.nodes, node('n-lonely', 'step')] },
      metrics: base.metrics.filter((m) => m.kind !== 'error-rate').map((m, i) => (i === 0 ? { ...m, kill: undefined } : m)),
    });
    expect(questionSummary(assessReadiness(w, []))).toEqual({
      workflow: { blockers: 0, warnings: 1 },
      tiers: { blockers: 0, warnings: 0 },
      baselines: { blockers: 1, warnings: 1 },
      owners: { blockers: 0, warnings: 0 },
    });
  });

  it('is all zeros for a ready workbook', () => {
    expect(Object.values(questionSummary(assessReadiness(base, []))).every((c) => c.blockers === 0 && c.warnings === 0)).toBe(true);
  });
});

describe('purity', () => {
  it('does not change the workbook or the problems it reads', () => {
    const w = readyWorkbook({ raci: [] });
    const problems: Problem[] = [{ question: 'owners', message: 'x', path: '/raci' }];
    const before = JSON.stringify([w, problems]);
    assessReadiness(w, problems);
    expect(JSON.stringify([w, problems])).toBe(before);
  });

  it('names a record by its id when its title is blank', () => {
    const gaps = gapsOf(readyWorkbook({ roadmap: [item('r-untitled', { title: ' ' })] }));
    expect(gaps[0]?.message).toBe('Roadmap item "r-untitled" has no owner.');
  });
});
