/**
 * Keyboard shortcuts and native menu commands, one dispatcher for both. Undo and redo are
 * the workbook's, except while typing in a text field, where the field's own undo is what
 * people expect. A menu accelerator may also arrive as a key press: the second of two equal
 * commands within a few milliseconds is dropped.
 */
import type { Host, MenuCommand } from '../../shared/host';
import { isTextField } from '../hooks/textField';

export interface ShortcutActions {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly save: () => void;
  readonly saveAs: () => void;
  readonly open: () => void;
  readonly newWorkbook: () => void;
  readonly exportDocuments: () => void;
  readonly library: () => void;
}

export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac: boolean): MenuCommand | null {
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !mac && !e.shiftKey) return 'redo';
  if (key === 's') return e.shiftKey ? 'save-as' : 'save';
  if (key === 'o' && !e.shiftKey) return 'open';
  return null;
}

export function installShortcuts(host: Host, actions: ShortcutActions, mac: boolean, win: Window = window): () => void {
  let last = { command: '', at: 0 };
  const run = (command: MenuCommand, fromMenu: boolean) => {
    const now = performance.now();
    if (last.command === command && now - last.at < 60) return;
    last = { command, at: now };
    switch (command) {
      case 'undo':
      case 'redo':
        // A menu "Undo" while typing still means the field's undo.
        if (fromMenu && isTextField(win.document.activeElement)) win.document.execCommand(command);
        else actions[command]();
        return;
      case 'save': return actions.save();
      case 'save-as': return actions.saveAs();
      case 'open': return actions.open();
      case 'new': return actions.newWorkbook();
      case 'export': return actions.exportDocuments();
      case 'library': return actions.library();
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const command = commandForKey(e, mac);
    if (!command) return;
    if ((command === 'undo' || command === 'redo') && isTextField(win.document.activeElement)) return;
    // A dialog is open: its page is inert, and undoing under it would be confusing.
    if (win.document.querySelector('[aria-modal="true"]')) return;
    e.preventDefault();
    run(command, false);
  };
  win.addEventListener('keydown', onKeyDown);
  const unsubscribe = host.onMenuCommand((command) => run(command, true));
  return () => {
    win.removeEventListener('keydown', onKeyDown);
    unsubscribe();
  };
}
