// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkChecklist } from '../../../../renderer/fields/LinkChecklist';

afterEach(cleanup);

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d-${i}`, label: `Decision ${i}` }));

describe('a checklist of links', () => {
  it('is a named group of checkboxes that reports each toggle', () => {
    const onToggle = vi.fn();
    render(<LinkChecklist legend="Decisions it measures" options={options(3)} checked={['d-1']} onToggle={onToggle} empty="None" />);
    const group = screen.getByRole('group', { name: 'Decisions it measures' });
    expect((within(group).getByRole('checkbox', { name: 'Decision 1' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Decision 2' }));
    expect(onToggle).toHaveBeenCalledWith('d-2', true);
  });

  it('starts a long list folded to the linked items, and shows them all on request', () => {
    render(<LinkChecklist legend="Decisions it measures" options={options(300)} checked={['d-7', 'd-42']} onToggle={() => undefined} empty="None" />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText('2 of 300 linked.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 300' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(300);
  });
});
