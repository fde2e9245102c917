/**
 * The main window's options: every web preference that matters for security is spelled out,
 * even where it is Electron's default, so a change of default (or of this file) shows in review
 * and in the tests.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsExtra {
  /** DevTools exist only in development (an unpackaged app). */
  readonly devTools?: boolean;
  /** Window background while the renderer loads, to avoid a white flash. */
  readonly backgroundColor?: string;
}

export function windowOptions(preloadPath: string, extra: WindowOptionsExtra = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false, // shown on 'ready-to-show', so the first paint is the app, not a blank window
    title: 'Sprintbook',
    backgroundColor: extra.backgroundColor ?? '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Chromium's built-in PDF viewer is a plugin in Electron, and the Export screen previews
      // the PDF it made in it (a blob: frame; the CSP allows frames only from 'self' and blob:,
      // and no <object>/<embed>). No other plugin ships with Electron.
      plugins: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // On Windows and Linux the spellchecker downloads its dictionaries from Google's CDN; the
      // app makes no network requests at all.
      spellcheck: false,
      devTools: extra.devTools ?? false,
    },
  };
}
