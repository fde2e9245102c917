/**
 * The main window: hardened options (window-options.ts), the app loaded from its own scheme,
 * the title and the close prompt driven by the renderer's document state. Closing with unsaved
 * changes to the file asks Save / Don't Save / Cancel; Save asks the renderer to save (it owns
 * the workbook) and closes once it reports the file clean, or stays open if the save fails.
 */
import { BrowserWindow, dialog } from 'electron';
import { channelOf, type MenuCommand } from '../../shared/host';
import { APP_ENTRY_URL } from './app-origin';
import { closeChoice, closePrompt, windowTitle, type DocumentState } from './document-state';
import type { TrustedFrame } from './sender-check';
import { windowOptions } from './window-options';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  /** The user cancelled closing (so a pending quit is off). */
  readonly onCloseCancelled: () => void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  readonly documentState: () => DocumentState;
  setDocumentState(state: DocumentState): void;
  saveSettled(saved: boolean): void;
  send(command: MenuCommand): void;
  trustedFrame(): TrustedFrame | null;
  reload(): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow(windowOptions(options.preloadPath, { devTools: options.isDev }));
  let state: DocumentState = { title: '', dirty: false };
  let closeAfterSave = false;
  let closing = false;

  window.once('ready-to-show', () => window.show());
  // The page's <title> must not replace ours, which carries the unsaved-changes mark.
  window.on('page-title-updated', (event) => event.preventDefault());

  window.on('close', (event) => {
    if (closing || !state.dirty) return;
    event.preventDefault();
    const choice = closeChoice(dialog.showMessageBoxSync(window, { type: 'question', noLink: true, ...closePrompt(state) }));
    if (choice === 'save') {
      closeAfterSave = true;
      send('save');
    } else if (choice === 'discard') {
      closing = true;
      window.close();
    } else {
      options.onCloseCancelled();
    }
  });

  function send(command: MenuCommand): void {
    if (!window.isDestroyed()) window.webContents.send(channelOf('menuCommand'), command);
  }

  void window.loadURL(APP_ENTRY_URL);

  return {
    window,
    documentState: () => state,
    setDocumentState(next) {
      state = next;
      window.setTitle(windowTitle(next, options.platform));
      if (options.platform === 'darwin') window.setDocumentEdited(next.dirty);
      if (closeAfterSave && !next.dirty) {
        closing = true;
        window.close();
      }
    },
    saveSettled(saved) {
      // A cancelled or failed save ends "save, then close": the window stays, and a later save must not close it.
      if (!saved && closeAfterSave) {
        closeAfterSave = false;
        options.onCloseCancelled();
      }
    },
    send,
    trustedFrame() {
      if (window.isDestroyed()) return null;
      const frame = window.webContents.mainFrame;
      return { processId: frame.processId, routingId: frame.routingId };
    },
    reload() {
      if (!window.isDestroyed()) window.webContents.reload();
    },
  };
}
