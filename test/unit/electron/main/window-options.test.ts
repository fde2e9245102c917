import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../../electron/main/window-options';

describe('the main window options', () => {
  const prefs = windowOptions('/app/dist/electron/preload.cjs').webPreferences!;

  it('isolate the page from the preload and run it in the sandbox', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('give the page no Node, in the page, its workers or its frames', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep web security on and refuse insecure content, webviews and experiments', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it("allow only the built-in PDF viewer plugin, for the export preview's blob frame", () => {
    expect(prefs.plugins).toBe(true);
  });

  it('turn off the spellchecker, which would download dictionaries', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('load the given preload script', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('have DevTools only when asked for (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('show the window only once the page is ready', () => {
    expect(windowOptions('/p.cjs').show).toBe(false);
  });
});
