/**
 * `getHost()`: the platform the renderer runs on — Electron when the preload exposed
 * `window.sprintbook`, otherwise the browser. One instance per page.
 */
import type { Host } from '../../shared/host';
import { browserHost } from './browserHost';
import { electronHost } from './electronHost';

let host: Host | null = null;

export function getHost(): Host {
  host ??= typeof window !== 'undefined' && window.sprintbook ? electronHost(window.sprintbook) : browserHost();
  return host;
}

/** For tests: use `next` as the host (or forget the current one with null). */
export function setHost(next: Host | null): void {
  host = next;
}

export type { FileRef, Host, HostResult, MenuCommand, OpenedFile } from '../../shared/host';
