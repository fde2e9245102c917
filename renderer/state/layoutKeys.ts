/**
 * The keys that show and hide the parts of the window: Ctrl+B the sidebar (as in VS Code),
 * Ctrl+I the inspector, Ctrl+. the toolbars (Figma's "hide the UI"); ⌘ on a Mac. None is taken
 * by shortcuts.ts, the map's keys or the RACI grid, and none is reserved by Chromium.
 */
import type { LayoutPart } from './layout';

const KEYS: Readonly<Record<string, LayoutPart>> = { b: 'sidebar', i: 'inspector', '.': 'toolbars' };

/** The shortcut of each part as shown in tooltips (`mac` for ⌘) and in aria-keyshortcuts. */
export function layoutShortcut(part: LayoutPart, mac: boolean): { readonly label: string; readonly aria: string } {
  const key = Object.keys(KEYS).find((k) => KEYS[k] === part)!;
  const shown = key === '.' ? '.' : key.toUpperCase();
  return { label: mac ? `⌘${shown}` : `Ctrl+${shown}`, aria: `${mac ? 'Meta' : 'Control'}+${key === '.' ? 'Period' : shown}` };
}

export function layoutPartForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac: boolean): LayoutPart | null {
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey || e.shiftKey || (mac ? e.ctrlKey : e.metaKey)) return null;
  return KEYS[e.key.toLowerCase()] ?? null;
}

export const IS_MAC = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);
