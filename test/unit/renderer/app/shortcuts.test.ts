// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandForKey, installShortcuts, type ShortcutActions } from '../../../../renderer/app/shortcuts';
import { fakeHost, type FakeHost } from '../fakeHost';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('map Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y to undo and redo (Cmd on a Mac)', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(commandForKey(key('z', { metaKey: true }), true)).toBe('undo');
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true, shiftKey: true }), false)).toBe('save-as');
  });
});

describe('the shortcut dispatcher', () => {
  let host: FakeHost;
  let actions: { [K in keyof ShortcutActions]: ReturnType<typeof vi.fn<() => void>> };
  let uninstall: () => void;
  beforeEach(() => {
    host = fakeHost();
    const fn = () => vi.fn<() => void>();
    actions = { undo: fn(), redo: fn(), save: fn(), saveAs: fn(), open: fn(), newWorkbook: fn(), exportDocuments: fn(), library: fn() };
    uninstall = installShortcuts(host, actions, false);
    document.body.innerHTML = '';
  });
  afterEach(() => uninstall());

  const press = (target: EventTarget, k: string, mods = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, ctrlKey: true, bubbles: true, cancelable: true, ...mods }));

  it('undoes the workbook with Ctrl+Z outside text fields', () => {
    press(document.body, 'z');
    expect(actions.undo).toHaveBeenCalledOnce();
  });

  it('leaves Ctrl+Z to a text field while typing in it', () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const notCancelled = press(input, 'z');
    expect(actions.undo).not.toHaveBeenCalled();
    expect(notCancelled).toBe(true);
  });

  it('does not undo under an open dialog', () => {
    document.body.innerHTML = '<div role="dialog" aria-modal="true"></div>';
    press(document.body, 'z');
    expect(actions.undo).not.toHaveBeenCalled();
  });

  it('runs native menu commands too, and drops a key press that echoes one', () => {
    host.emit('redo');
    press(document.body, 'y');
    expect(actions.redo).toHaveBeenCalledOnce();
    host.emit('export');
    expect(actions.exportDocuments).toHaveBeenCalledOnce();
  });

  it('saves with Ctrl+S instead of letting the browser save the page', () => {
    const notCancelled = press(document.body, 's');
    expect(notCancelled).toBe(false);
    expect(actions.save).toHaveBeenCalledOnce();
  });
});
