// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { render } from '../render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../../renderer/components/Dialog';
import { Badge } from '../../../../renderer/components/Badge';
import { IconButton } from '../../../../renderer/components/Button';
import { TextField } from '../../../../renderer/components/Field';

afterEach(cleanup);

function Harness({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Rename workbook" onClose={onClose} actions={<button type="button">Rename</button>}>
      <label>Title <input defaultValue="x" /></label>
    </Dialog>
  );
}

describe('a dialog', () => {
  it('is a named modal dialog that takes focus to its first field', () => {
    render(<Harness onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Rename workbook' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' }));
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside: from the last control back to the first, and Shift+Tab the other way', () => {
    render(<Harness onClose={() => undefined} />);
    const close = screen.getByRole('button', { name: 'Close' });
    const last = screen.getByRole('button', { name: 'Rename' });
    last.focus();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('makes the page behind inert, and gives focus back when it closes', () => {
    const root = document.createElement('div');
    root.id = 'root';
    const opener = document.createElement('button');
    root.append(opener);
    document.body.append(root);
    opener.focus();
    const { unmount } = render(<Harness onClose={() => undefined} />);
    expect(root.hasAttribute('inert')).toBe(true);
    unmount();
    expect(root.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(opener);
    root.remove();
  });
});

describe('the small components', () => {
  it('name an icon-only button by its label, with the shortcut in the tooltip', () => {
    render(<IconButton icon="undo" label="Undo" shortcut="Ctrl+Z" tooltip="Undo Rename person" />);
    const button = screen.getByRole('button', { name: 'Undo' });
    expect(button.title).toBe('Undo Rename person (Ctrl+Z)');
  });

  it('show a status in words as well as colour', () => {
    render(<Badge tone="bad">2 blockers</Badge>);
    expect(screen.getByText('2 blockers')).toBeTruthy();
  });

  it('tie a field\'s error to its input and mark it invalid', () => {
    render(<TextField label="Locale" value="xx-" onChange={() => undefined} error="Not a language tag" />);
    const input = screen.getByRole('textbox', { name: 'Locale' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe('Not a language tag');
  });
});
