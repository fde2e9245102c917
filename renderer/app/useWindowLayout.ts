/**
 * Wires the open workbook's layout (state/layout.ts) to where it is kept and to its keys: reads
 * the stored layout when the window opens, writes each change, and toggles a part on its
 * shortcut (state/layoutKeys.ts) unless a dialog is open.
 */
import { useEffect } from 'react';
import { readLayoutPrefs, writeLayoutPrefs } from '../db/layoutPrefs';
import type { WorkbookEditor } from '../state/editor/WorkbookEditor';
import { layoutController } from '../state/layout';
import { IS_MAC, layoutPartForKey } from '../state/layoutKeys';

export function useWindowLayout(editor: WorkbookEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const layout = editor.controller(layoutController);
    const workbookId = editor.session.workbookId;
    let live = true;
    let unsubscribe = () => {};
    // Until the stored layout is read, a change would be overwritten by it: listen after.
    readLayoutPrefs(workbookId).catch(() => null).then((stored) => {
      if (!live) return;
      if (stored !== null) layout.restore(stored);
      unsubscribe = layout.store.subscribe((prefs) => void writeLayoutPrefs(workbookId, prefs).catch(() => undefined));
    });
    const onKeyDown = (e: KeyboardEvent) => {
      const part = layoutPartForKey(e, IS_MAC);
      if (!part || e.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      layout.toggle(part);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [editor]);
}
