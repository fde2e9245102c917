/**
 * Focuses the field a "Fix" link asked for, once the screen holding it is shown: the element
 * whose `data-focus` is the requested target's key (state/navigation.ts), or failing that its
 * closest parent (`p-3/email` → `p-3`; `/ownership/escalationPath/2` → `/ownership/escalationPath`).
 * The field is scrolled into view and flashes.
 */
import { useEffect, type RefObject } from 'react';
import { useStore } from 'zustand';
import { useEditor } from '../state/editor/context';
import { focusKey } from '../state/navigation';

export function findFocus(root: HTMLElement, key: string): HTMLElement | null {
  for (let t = key; t; t = t.includes('/') ? t.slice(0, t.lastIndexOf('/')) : '') {
    // Inside a quoted attribute selector only `"` and `\` need escaping.
    const el = root.querySelector<HTMLElement>(`[data-focus="${t.replace(/["\\]/g, '\\$&')}"]`);
    if (el) return el;
  }
  return null;
}

export function useFocusRequest(root: RefObject<HTMLElement | null>): void {
  const editor = useEditor();
  const request = useStore(editor.focus, (s) => s.request);
  const clear = editor.clearFocusRequest;
  useEffect(() => {
    if (!request || !root.current) return;
    const el = findFocus(root.current, focusKey(request.target));
    clear();
    if (!el) return;
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    el.classList.add('flash');
    const timer = setTimeout(() => el.classList.remove('flash'), 1600);
    return () => clearTimeout(timer);
  }, [request, root, clear]);
}
