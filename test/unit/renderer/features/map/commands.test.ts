/** The map's commands: each edit one undo step, nothing left dangling, nothing changed for a no-op. */
import { describe, expect, it } from 'vitest';
import {
  addEdge, addLane, addNode, createDecisionRecord, insertMapElements, moveLane, moveNodes, reconnectEdge,
  removeLane, removeMapElements, renameLane, renameNode, setEdgeKind, setEdgeLabel, setLaneKind, setNodeKind, setNodeLabel, setNodeNotes,
} from '../../../../../renderer/state/commands';
import { findReferenceProblems } from '../../../../../shared/format/references';
import { openInFreshStore, state, template } from '../../helpers';

const wf = () => state().workbook!.workflow;
const node = (id: string) => wf().nodes.find((n) => n.id === id);

describe('node commands', () => {
  it('adds a node, and refuses a second node with the same id', () => {
    openInFreshStore(template('support-triage'));
    const n = { id: 'n-new', kind: 'ai-step' as const, label: 'Summarise the thread', laneId: 'l-ai', x: 760, y: 160 };
    expect(state().execute(addNode(n))).toBe(true);
    expect(state().past.at(-1)!.label).toBe('Add AI step');
    expect(state().execute(addNode(n))).toBe(false);
  });

  it('moves several nodes as one undo step, and a drop where it started changes nothing', () => {
    openInFreshStore(template('support-triage'));
    const moves = [{ id: 'n-classify', x: 260, y: 160, laneId: 'l-ai' }, { id: 'n-prioritize', x: 440, y: 160, laneId: 'l-ai' }];
    state().execute(moveNodes(moves));
    expect([node('n-classify')!.x, node('n-prioritize')!.x]).toEqual([260, 440]);
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(node('n-classify')!.x).toBe(220);
    expect(state().execute(moveNodes([{ id: 'n-classify', x: 220, y: 160, laneId: 'l-ai' }]))).toBe(false);
  });

  it('takes a node out of its lane when moved to no lane (the key goes, it is not set to undefined)', () => {
    openInFreshStore(template('support-triage'));
    state().execute(moveNodes([{ id: 'n-start', x: 40, y: 0, laneId: undefined }]));
    expect('laneId' in node('n-start')!).toBe(false);
  });

  it('makes a burst of keyboard nudges one undo step', () => {
    const { clock } = openInFreshStore(template('support-triage'));
    for (let i = 1; i <= 5; i++) {
      clock.advance(200);
      state().execute(moveNodes([{ id: 'n-kb', x: 760 + 20 * i, y: 520, laneId: 'l-systems' }], 'map.nudge:n-kb'));
    }
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(node('n-kb')!.x).toBe(760);
  });

  it('renames in the inspector as one step per burst, and inline as one step per commit', () => {
    openInFreshStore(template('support-triage'));
    state().execute(setNodeLabel('n-kb', 'K'));
    state().execute(setNodeLabel('n-kb', 'Knowledge'));
    expect(state().past).toHaveLength(1);
    state().sealHistory();
    state().execute(renameNode('n-kb', 'Knowledge base'));
    expect(state().past).toHaveLength(2);
    expect(node('n-kb')!.label).toBe('Knowledge base');
  });

  it('changes kind and notes, and clears notes by removing the key', () => {
    openInFreshStore(template('support-triage'));
    state().execute(setNodeKind('n-review', 'handoff'));
    expect(node('n-review')!.kind).toBe('handoff');
    state().execute(setNodeNotes('n-escalate', ''));
    expect('notes' in node('n-escalate')!).toBe(false);
  });

  it('deletes nodes with their connectors, keeping their decision records but unlinking them', () => {
    openInFreshStore(template('support-triage'));
    state().execute(removeMapElements(['n-send']));
    expect(node('n-send')).toBeUndefined();
    expect(wf().edges.some((e) => e.from === 'n-send' || e.to === 'n-send')).toBe(false);
    const record = state().workbook!.decisions.find((d) => d.id === 'd-send')!;
    expect('nodeId' in record).toBe(false);
    expect(findReferenceProblems(state().workbook!)).toEqual([]);
    state().undo();
    expect(state().workbook!.decisions.find((d) => d.id === 'd-send')!.nodeId).toBe('n-send');
  });

  it('inserts pasted elements, new lanes included, in one step', () => {
    openInFreshStore(template('blank'));
    state().execute(insertMapElements('Paste', {
      lanes: [{ id: 'l-1', name: 'Agent', kind: 'role' }],
      nodes: [{ id: 'n-1', kind: 'step', label: 'A', laneId: 'l-1', x: 0, y: 0 }, { id: 'n-2', kind: 'step', label: 'B', laneId: 'l-1', x: 200, y: 0 }],
      edges: [{ id: 'e-1', from: 'n-1', to: 'n-2', kind: 'flow' }],
    }));
    expect(wf()).toMatchObject({ lanes: [{ id: 'l-1' }], nodes: [{ id: 'n-1' }, { id: 'n-2' }], edges: [{ id: 'e-1' }] });
    expect(state().past).toHaveLength(1);
  });
});

describe('connector commands', () => {
  it('connects two nodes, but not a node to itself or to a node that is not there', () => {
    openInFreshStore(template('support-triage'));
    expect(state().execute(addEdge({ id: 'e-new', from: 'n-issue-refund', to: 'n-reply', kind: 'flow' }))).toBe(true);
    expect(state().execute(addEdge({ id: 'e-self', from: 'n-kb', to: 'n-kb', kind: 'flow' }))).toBe(false);
    expect(state().execute(addEdge({ id: 'e-gone', from: 'n-kb', to: 'n-nowhere', kind: 'flow' }))).toBe(false);
  });

  it('reconnects either end, never onto the node at its other end', () => {
    openInFreshStore(template('support-triage'));
    state().execute(reconnectEdge('e-10', 'to', 'n-crm'));
    expect(wf().edges.find((e) => e.id === 'e-10')).toMatchObject({ from: 'n-draft', to: 'n-crm' });
    expect(state().execute(reconnectEdge('e-10', 'to', 'n-draft'))).toBe(false);
  });

  it('changes kind and label; an empty label is no label', () => {
    openInFreshStore(template('support-triage'));
    state().execute(setEdgeKind('e-13', 'handoff'));
    state().execute(setEdgeLabel('e-1', ''));
    expect(wf().edges.find((e) => e.id === 'e-13')!.kind).toBe('handoff');
    expect('label' in wf().edges.find((e) => e.id === 'e-1')!).toBe(false);
  });
});

describe('lane commands', () => {
  it('adds, renames, re-kinds and reorders lanes', () => {
    openInFreshStore(template('support-triage'));
    state().execute(addLane({ id: 'l-qa', name: 'Lane 6', kind: 'role' }));
    state().execute(renameLane('l-qa', 'Quality team'));
    state().execute(setLaneKind('l-qa', 'external'));
    state().execute(moveLane('l-qa', 0));
    expect(wf().lanes[0]).toEqual({ id: 'l-qa', name: 'Quality team', kind: 'external' });
    expect(wf().lanes.map((l) => l.id).slice(1)).toEqual(['l-customer', 'l-ai', 'l-tier1', 'l-tier2', 'l-systems']);
  });

  it('deletes a lane moving its nodes below the target lane’s content', () => {
    openInFreshStore(template('support-triage'));
    state().execute(removeLane('l-tier2', { kind: 'move', laneId: 'l-tier1' }));
    expect(wf().lanes.some((l) => l.id === 'l-tier2')).toBe(false);
    expect(node('n-investigate')).toMatchObject({ laneId: 'l-tier1', y: 280 + 56 + 40 });
    expect(node('n-refund')!.y).toBe(node('n-investigate')!.y);
  });

  it('deletes a lane with its nodes and their connectors, unlinking their decision records', () => {
    openInFreshStore(template('support-triage'));
    state().execute(removeLane('l-tier2', { kind: 'remove' }));
    expect(wf().nodes.some((n) => n.laneId === 'l-tier2')).toBe(false);
    expect(findReferenceProblems(state().workbook!)).toEqual([]);
    expect('nodeId' in state().workbook!.decisions.find((d) => d.id === 'd-refund')!).toBe(false);
  });

  it('refuses to move a lane’s nodes into itself or a lane that does not exist', () => {
    openInFreshStore(template('support-triage'));
    expect(state().execute(removeLane('l-tier2', { kind: 'move', laneId: 'l-tier2' }))).toBe(false);
    expect(state().execute(removeLane('l-tier2', { kind: 'move', laneId: 'l-gone' }))).toBe(false);
  });
});

describe('creating a decision record from the map', () => {
  it('creates a minimal, unclassified record linked to the node, titled by its label', () => {
    openInFreshStore(template('blank'));
    state().execute(addNode({ id: 'n-1', kind: 'decision', label: 'Approve the refund?', x: 0, y: 0 }));
    state().execute(createDecisionRecord('n-1', 'd-1'));
    expect(state().workbook!.decisions).toEqual([{
      id: 'd-1', nodeId: 'n-1', title: 'Approve the refund?', action: 'classify',
      factors: { reversible: false, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
      controls: [], logging: [],
    }]);
    // A node may carry several decisions: the next one is numbered so the two can be told apart.
    expect(state().execute(createDecisionRecord('n-1', 'd-2'))).toBe(true);
    expect(state().workbook!.decisions.map((d) => [d.id, d.nodeId, d.title])).toEqual([['d-1', 'n-1', 'Approve the refund?'], ['d-2', 'n-1', 'Approve the refund? (2)']]);
    expect(state().execute(createDecisionRecord('n-1', 'd-2'))).toBe(false); // the id is taken
  });
});
