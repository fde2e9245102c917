/**
 * The presenter view's windows, one per workbook: opened on the projector when there is one
 * (presenter-placement.ts), brought forward when asked again. The window has no preload (it
 * calls no Host function: it only listens to the facilitator's window on a BroadcastChannel of
 * the app's origin) and the same hardened options and guards as the main window.
 */
import { BrowserWindow, screen } from 'electron';
import type { HostResult } from '../../shared/host';
import { APP_ENTRY_URL } from './app-origin';
import { ok } from './host-errors';
import { presenterPlacement, presenterUrl } from './presenter-placement';
import { windowOptions } from './window-options';

export interface PresenterWindows {
  open(workbookId: string): HostResult<void>;
  /** With the main window gone there is nothing to follow (and the app must be free to quit). */
  closeAll(): void;
}

export function createPresenterWindows(options: { readonly isDev: boolean; readonly mainWindow: () => BrowserWindow | null }): PresenterWindows {
  const open = new Map<string, BrowserWindow>();
  const openOne = (workbookId: string): HostResult<void> => {
    const existing = open.get(workbookId);
    if (existing && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return ok(undefined);
    }
    const main = options.mainWindow();
    const placement = presenterPlacement(screen.getAllDisplays(), main && !main.isDestroyed() ? main.getBounds() : null);
    const base = windowOptions('', { devTools: options.isDev });
    const { preload: _none, ...webPreferences } = base.webPreferences ?? {};
    const window = new BrowserWindow({
      ...base, ...placement.bounds, minWidth: 640, minHeight: 360, title: 'Sprintbook — presenter view', webPreferences,
    });
    open.set(workbookId, window);
    window.on('closed', () => open.delete(workbookId));
    window.once('ready-to-show', () => {
      window.show();
      if (placement.fullScreen) window.setFullScreen(true);
    });
    void window.loadURL(presenterUrl(APP_ENTRY_URL, workbookId));
    return ok(undefined);
  };
  return {
    open: openOne,
    closeAll() {
      for (const window of open.values()) if (!window.isDestroyed()) window.close();
      open.clear();
    },
  };
}
