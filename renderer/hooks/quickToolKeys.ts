/**
 * The two quick tools' keys, from any stage, even while typing: Ctrl/Cmd+K searches everything
 * (as in most editors; the browser's own Ctrl+K yields to a page that takes it) and
 * Ctrl/Cmd+Shift+. parks a question. Both are free in app/shortcuts.ts and the map's keys, and
 * neither is one the browsers keep for themselves (Ctrl+Shift+P opens a private window in
 * Firefox and Edge, so it is not used). The period is read by its key position, so the shortcut
 * is the same on every keyboard layout. Listened to in the capture phase: the map's own keys
 * stop their events, and these must reach the window first.
 */
import { useEffect } from 'react';
import { openQuickTool } from '../state/quickTools';
import { useEditor } from '../state/editor/context';

export type QuickToolKey = 'capture' | 'search';

export const IS_MAC = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);

/** The shortcuts in words, as tooltips and the dialogs show them. */
export const QUICK_TOOL_SHORTCUT: Readonly<Record<QuickToolKey, string>> = IS_MAC
  ? { capture: '⇧⌘.', search: '⌘K' }
  : { capture: 'Ctrl+Shift+.', search: 'Ctrl+K' };

export function quickToolForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac: boolean): QuickToolKey | null {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  if (!mod || other || e.altKey) return null;
  if (e.shiftKey && e.code === 'Period') return 'capture';
  if (!e.shiftKey && e.key.toLowerCase() === 'k') return 'search';
  return null;
}

/** Opens the capture or the search on its key, unless a dialog already has the window. */
export function useQuickToolKeys(mac: boolean = IS_MAC): void {
  const editor = useEditor();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const tool = quickToolForKey(e, mac);
      if (!tool || e.repeat) return;
      e.preventDefault();
      if (document.querySelector('[aria-modal="true"]')) return;
      e.stopPropagation();
      openQuickTool(editor, { kind: tool });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [editor, mac]);
}
