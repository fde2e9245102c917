// @vitest-environment jsdom
/** The Map stage in jsdom: selecting, the inspector, lanes, the keyboard, the clipboard and readiness links. */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAP_CLIPBOARD_MIME } from '../../../../../renderer/features/map/clipboard/payload';
import { mapOf } from '../../../../../renderer/features/map/state/controller';
import { addNode } from '../../../../../renderer/state/commands';
import { state, template, testEditor } from '../../helpers';
import { nodeEl, renderMap, tick } from './mapFixture';
import { targetOf } from '../../../../../renderer/state/navigation';

afterEach(cleanup);

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });
const canvas = () => screen.getByRole('group', { name: 'Workflow map' });
const select = (...ids: string[]) => act(() => state().selectOnMap({ nodeIds: ids, edgeIds: [] }));
const node = (id: string) => state().workbook!.workflow.nodes.find((n) => n.id === id);

describe('the Map stage', () => {
  it('names every node by kind, label and lane', () => {
    renderMap();
    expect(screen.getByRole('button', { name: 'AI step: Classify topic, product and language, lane Triage assistant' })).toBeTruthy();
  });

  it('selects a node on press and shows it in the inspector', () => {
    renderMap();
    fireEvent.pointerDown(nodeEl('n-kb'), { button: 0, isPrimary: true });
    expect(state().mapSelection.nodeIds).toEqual(['n-kb']);
    expect(within(inspector()).getByRole('textbox', { name: 'Label' })).toHaveProperty('value', 'Knowledge base (articles, macros)');
  });

  it('adds to the selection with Shift, and shows how many are selected', () => {
    renderMap();
    fireEvent.pointerDown(nodeEl('n-kb'), { button: 0, isPrimary: true });
    fireEvent.pointerDown(nodeEl('n-crm'), { button: 0, isPrimary: true, shiftKey: true });
    expect(state().mapSelection.nodeIds).toEqual(['n-kb', 'n-crm']);
    expect(within(inspector()).getByRole('heading', { level: 2 }).textContent).toBe('2 nodes');
  });

  it('shows an AI step at a glance: its trigger, what it reads, where its output goes', () => {
    renderMap();
    select('n-draft');
    const glance = within(inspector()).getByRole('region', { name: 'The AI step at a glance' });
    expect(glance.textContent).toContain('Triggered bySuggest priority from plan and SLA');
    expect(glance.textContent).toContain('Knowledge base (articles, macros)');
    expect(glance.textContent).toContain('Writes nothing yet');
  });

  it('creates the decision record of a decision node on demand, and then links it', async () => {
    renderMap();
    act(() => {
      state().execute(addNode({ id: 'n-approve', kind: 'decision', label: 'Approve the goodwill credit?', laneId: 'l-tier2', x: 1240, y: 480 }));
    });
    select('n-approve');
    expect(nodeEl('n-approve').getAttribute('aria-describedby')).toContain('lint-n-approve');
    fireEvent.click(within(inspector()).getByRole('button', { name: 'Create decision record' }));
    expect(state().workbook!.decisions.at(-1)).toMatchObject({ nodeId: 'n-approve', title: 'Approve the goodwill credit?', action: 'classify' });
    expect(within(inspector()).getByText('Not classified yet')).toBeTruthy();
    await act(tick);
    expect(nodeEl('n-approve').querySelector('.map-node-lint')?.getAttribute('title')).not.toMatch(/no decision record/);
  });

  it('shows the workflow gaps on the nodes they concern', () => {
    renderMap(template('support-triage'));
    act(() => {
      state().execute(addNode({ id: 'n-lonely', kind: 'ai-step', label: 'Suggest a macro', laneId: 'l-ai', x: 760, y: 160 }));
    });
    const lint = nodeEl('n-lonely').querySelector('.map-node-lint')!;
    expect(lint.classList.contains('lint-blocker')).toBe(true);
    expect(lint.getAttribute('title')).toContain('has no incoming trigger');
    expect(screen.getByRole('button', { name: /3 blockers, 1 warning on the map/ })).toBeTruthy();
  });

  it('nudges the selection with the arrow keys, a burst being one undo step', () => {
    renderMap();
    select('n-kb');
    fireEvent.keyDown(canvas(), { key: 'ArrowRight', code: 'ArrowRight' });
    fireEvent.keyDown(canvas(), { key: 'ArrowRight', code: 'ArrowRight', shiftKey: true });
    expect(node('n-kb')!.x).toBe(760 + 20 + 100);
    expect(state().past).toHaveLength(1);
  });

  it('deletes the selection with Delete, and selects everything with Ctrl+A', () => {
    renderMap();
    select('n-end');
    fireEvent.keyDown(canvas(), { key: 'Delete', code: 'Delete' });
    expect(node('n-end')).toBeUndefined();
    fireEvent.keyDown(canvas(), { key: 'a', code: 'KeyA', ctrlKey: true });
    expect(state().mapSelection.nodeIds).toHaveLength(state().workbook!.workflow.nodes.length);
  });

  it('edits a label in place with Enter, and Escape leaves it as it was', () => {
    renderMap();
    select('n-kb');
    fireEvent.keyDown(canvas(), { key: 'Enter', code: 'Enter' });
    const editor = screen.getByRole('textbox', { name: /^Label of System/ });
    fireEvent.change(editor, { target: { value: 'Help centre' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(node('n-kb')!.label).toBe('Help centre');
    fireEvent.keyDown(canvas(), { key: 'F2', code: 'F2' });
    const again = screen.getByRole('textbox', { name: /^Label of System/ });
    fireEvent.change(again, { target: { value: 'Nope' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(node('n-kb')!.label).toBe('Help centre');
    expect(mapOf(testEditor()).ui.getState().editing).toBeNull();
  });

  it('copies and pastes through the clipboard events, the copy selected and offset', () => {
    renderMap();
    select('n-classify', 'n-prioritize');
    act(() => canvas().focus());
    const data = new Map<string, string>();
    const clipboardData = { setData: (t: string, v: string) => data.set(t, v), getData: (t: string) => data.get(t) ?? '' };
    const copy = new Event('copy', { bubbles: true, cancelable: true });
    Object.assign(copy, { clipboardData });
    act(() => {
      document.dispatchEvent(copy);
    });
    expect(data.get(MAP_CLIPBOARD_MIME)).toContain('Classify topic');
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(paste, { clipboardData });
    act(() => {
      document.dispatchEvent(paste);
    });
    const nodes = state().workbook!.workflow.nodes;
    expect(nodes).toHaveLength(18);
    expect(state().mapSelection.nodeIds).toEqual(nodes.slice(-2).map((n) => n.id));
    expect(nodes.at(-2)).toMatchObject({ label: 'Classify topic, product and language', x: 260, laneId: 'l-ai' });
  });

  it('asks before deleting a lane that holds nodes, and moves them when told to', () => {
    renderMap();
    fireEvent.click(within(inspector()).getByRole('button', { name: 'Delete Tier-2 specialist' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete lane Tier-2 specialist?' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Move the nodes to' }), { target: { value: 'l-tier1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move 3 nodes and delete lane' }));
    expect(state().workbook!.workflow.lanes.map((l) => l.id)).not.toContain('l-tier2');
    expect(node('n-refund')!.laneId).toBe('l-tier1');
  });

  it('reorders lanes with the buttons', () => {
    renderMap();
    fireEvent.click(within(inspector()).getByRole('button', { name: 'Move Systems up' }));
    expect(state().workbook!.workflow.lanes.map((l) => l.id).slice(-2)).toEqual(['l-systems', 'l-tier2']);
  });

  it('follows a readiness link to a node: selects it and focuses it', async () => {
    renderMap();
    const index = state().workbook!.workflow.nodes.findIndex((n) => n.id === 'n-refund');
    act(() => state().requestFocus(targetOf(state().workbook!, `/workflow/nodes/${index}`)));
    await act(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(state().mapSelection.nodeIds).toEqual(['n-refund']);
    expect(document.activeElement).toBe(nodeEl('n-refund'));
  });
});
