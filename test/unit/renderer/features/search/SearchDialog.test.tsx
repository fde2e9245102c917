// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../../shared/model';
import { SearchDialog } from '../../../../../renderer/features/search/SearchDialog';
import { quickToolsOf, openQuickTool } from '../../../../../renderer/state/quickTools';
import { openInFreshStore, state, template } from '../../helpers';
import { render } from '../../render';

afterEach(cleanup);

/** The starter with `n` more steps in its first lane, all labelled alike. */
function withSteps(n: number): Workbook {
  const w = template('support-triage');
  const lane = w.workflow.lanes[0]!.id;
  const steps = Array.from({ length: n }, (_, i) => ({ id: `n-bulk-${i}`, kind: 'step' as const, label: `Bulk review step ${i + 1}`, laneId: lane, x: 40 * i, y: 0 }));
  return { ...w, workflow: { ...w.workflow, nodes: [...w.workflow.nodes, ...steps] } };
}

const open = (w: Workbook) => {
  openInFreshStore(w);
  state().navigate({ screen: 'workbook', workbookId: w.id, stage: 'map' });
  const editor = state().editor!;
  openQuickTool(editor, { kind: 'search' });
  render(<SearchDialog onClose={() => undefined} />);
  return { editor, input: screen.getByRole('combobox') };
};

describe('the search dialog', () => {
  it('renders a window of a thousand matches, not all of them, and says how many there are', async () => {
    const { input } = open(withSteps(1000));
    fireEvent.change(input, { target: { value: 'bulk review' } });
    await screen.findByText('1000 matches · ↑ ↓ to choose, Enter to go there');
    const rendered = screen.getAllByRole('option').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
  });

  it('moves the choice with the arrow keys, wrapping at the ends, and points the field at it', async () => {
    const { input } = open(template('support-triage'));
    fireEvent.change(input, { target: { value: 'refund' } });
    const options = await screen.findAllByRole('option');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    const all = screen.getAllByRole('option');
    expect(all.at(-1)!.getAttribute('aria-selected')).toBe('true');
  });

  it('goes to a metric on Enter: the Metrics stage, the metric asked for, the dialog closed', async () => {
    const { editor, input } = open(template('support-triage'));
    fireEvent.change(input, { target: { value: 'misrouted' } });
    await screen.findAllByRole('option');
    act(() => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(state().route).toMatchObject({ stage: 'metrics' });
    expect(state().focusRequest?.target).toEqual({ recordId: 'm-misroute', field: 'name' });
    expect(quickToolsOf(editor).store.getState().open).toBeNull();
  });

  it('says when nothing matches', async () => {
    const { input } = open(template('support-triage'));
    fireEvent.change(input, { target: { value: 'zzqx' } });
    await screen.findByText('Nothing matches “zzqx”.');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
