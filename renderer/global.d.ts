/**
 * Globals the renderer sees: Vite's client types (`?raw`, `?url`, workers) and the Host the
 * Electron preload exposes as `window.sprintbook`. Only renderer/host/ may read it.
 */
/// <reference types="vite/client" />
import type { Host } from '../shared/host';

declare global {
  /** The app's version from package.json, set by vite.config.ts (absent under vitest). */
  const __APP_VERSION__: string | undefined;

  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a plain browser. */
    readonly sprintbook?: Host;
  }
}

export {};
