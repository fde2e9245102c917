/** Copy and paste of map elements: within a workbook, between workbooks, and refusing what is not ours. */
import { describe, expect, it } from 'vitest';
import { copyPayload, decodeClipboard, encodeClipboard, MAP_CLIPBOARD_FORMAT, pastePlan } from '../../../../../renderer/features/map/clipboard/payload';
import { recordIds } from '../../../../../shared/model';
import { template } from '../../helpers';

const triage = template('support-triage');

describe('copying map elements', () => {
  it('copies the selected nodes, the connectors among them and their lanes', () => {
    const p = copyPayload(triage, ['n-classify', 'n-prioritize', 'n-crm'])!;
    expect(p.format).toBe(MAP_CLIPBOARD_FORMAT);
    expect(p.nodes.map((n) => n.id)).toEqual(['n-crm', 'n-classify', 'n-prioritize']);
    expect(p.edges.map((e) => e.id)).toEqual(['e-4', 'e-6', 'e-7']);
    expect(p.lanes.map((l) => l.id)).toEqual(['l-ai', 'l-systems']);
  });

  it('copies nothing without a node', () => {
    expect(copyPayload(triage, [])).toBeNull();
  });

  it('reads back what it wrote, and nothing else', () => {
    const text = encodeClipboard(copyPayload(triage, ['n-kb'])!);
    expect(decodeClipboard(text)?.nodes[0]?.label).toBe('Knowledge base (articles, macros)');
    expect(decodeClipboard('Knowledge base')).toBeNull();
    expect(decodeClipboard(`{"format":"${MAP_CLIPBOARD_FORMAT}","version":2}`)).toBeNull();
    expect(decodeClipboard(text.replace('"kind": "system"', '"kind": "rocket"'))).toBeNull();
  });
});

describe('pasting map elements', () => {
  it('gives every element a fresh id and keeps the connectors between the copies', () => {
    const plan = pastePlan(copyPayload(triage, ['n-classify', 'n-prioritize'])!, triage, 40, 40);
    const taken = recordIds(triage);
    expect(plan.nodes.every((n) => !taken.has(n.id))).toBe(true);
    expect(plan.nodes.map((n) => [n.x, n.y, n.laneId])).toEqual([[260, 200, 'l-ai'], [440, 200, 'l-ai']]);
    expect(plan.edges).toEqual([{ id: expect.any(String), from: plan.nodes[0]!.id, to: plan.nodes[1]!.id, kind: 'triggers', label: 'tags set' }]);
    expect(plan.lanes).toEqual([]);
  });

  it('pastes into another workbook, finding lanes by name and creating the ones it lacks', () => {
    const other = template('blank');
    const target = { ...other, workflow: { ...other.workflow, lanes: [{ id: 'l-x', name: 'triage assistant', kind: 'ai' as const }] } };
    const plan = pastePlan(copyPayload(triage, ['n-classify', 'n-crm'])!, target);
    expect(plan.nodes.find((n) => n.label.startsWith('Classify'))!.laneId).toBe('l-x');
    expect(plan.lanes).toEqual([{ id: expect.any(String), name: 'Systems', kind: 'system' }]);
    expect(plan.nodes.find((n) => n.label.startsWith('CRM'))!.laneId).toBe(plan.lanes[0]!.id);
  });
});
