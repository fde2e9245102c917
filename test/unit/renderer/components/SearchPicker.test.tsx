// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchPicker, type PickerOption } from '../../../../renderer/components/SearchPicker';

afterEach(cleanup);

const NODES: PickerOption[] = Array.from({ length: 10_000 }, (_, i) => ({ value: `n-${i}`, label: `Node ${i} — Lane ${i % 8}` }));

function Picker({ onAdd = () => undefined }: { onAdd?: () => void }): ReactElement {
  const [value, setValue] = useState('');
  return <SearchPicker label="Other node" value={value} options={NODES} onChoose={setValue} placeholder="Type part of its label…"
    actions={[{ label: 'Add a new node…', onSelect: onAdd }]} />;
}

const box = () => screen.getByRole('combobox', { name: 'Other node' });
const list = () => screen.getByRole('listbox', { name: 'Other node', hidden: true });

describe('the search picker', () => {
  it('puts no option in the page until asked, however many there are', () => {
    render(<Picker />);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(1);
  });

  it('lists at most a screenful of what matches every typed word, and counts the rest', () => {
    render(<Picker />);
    fireEvent.change(box(), { target: { value: 'LANE 3' } });
    const options = within(list()).getAllByRole('option').map((o) => o.textContent!.toLowerCase());
    expect(options).toHaveLength(31); // 30 matches and the action
    expect(options.slice(0, 30).every((label) => label.includes('lane') && label.includes('3'))).toBe(true);
    const matching = NODES.filter((n) => n.label.includes('3')).length;
    expect(list().textContent).toContain(`and ${(matching - 30).toLocaleString('en')} more: keep typing to narrow`);
    fireEvent.change(box(), { target: { value: 'node 9999 lane' } });
    expect(within(list()).getAllByRole('option').map((o) => o.textContent)).toEqual(['Node 9999 — Lane 7', 'Add a new node…']);
  });

  it('chooses by keyboard: arrows move through the list, Enter chooses, and the field shows the choice', () => {
    render(<Picker />);
    fireEvent.change(box(), { target: { value: 'node 12 ' } });
    const active = () => document.getElementById(box().getAttribute('aria-activedescendant')!)!.textContent;
    expect(active()).toBe('Node 12 — Lane 4');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(active()).toBe('Node 112 — Lane 0');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect((box() as HTMLInputElement).value).toBe('Node 112 — Lane 0');
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and keeps the choice it had', () => {
    render(<Picker />);
    fireEvent.change(box(), { target: { value: 'Node 7 ' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    fireEvent.change(box(), { target: { value: 'Node 8' } });
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect((box() as HTMLInputElement).value).toBe('Node 7 — Lane 7');
  });

  it('runs an action chosen from the end of the list, and says when nothing matches', () => {
    const onAdd = vi.fn();
    render(<Picker onAdd={onAdd} />);
    fireEvent.change(box(), { target: { value: 'no such node' } });
    expect(list().textContent).toContain('No match');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onAdd).toHaveBeenCalledOnce();
  });
});
