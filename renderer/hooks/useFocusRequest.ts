/**
 * Focuses the field a "Fix" link asked for, once the screen holding it is shown: the element
 * whose `data-focus` is the requested target, or failing that its closest parent path
 * (`/people/3/email` → `/people/3` → `/people`). The field is scrolled into view and flashes.
 */
import { useEffect, type RefObject } from 'react';
import { useStore } from 'zustand';
import { useEditor } from '../state/editor/context';

function find(root: HTMLElement, target: string): HTMLElement | null {
  for (let t = target; t; t = t.includes('/') ? t.slice(0, t.lastIndexOf('/')) : '') {
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
    const el = find(root.current, request.target);
    clear();
    if (!el) return;
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    el.classList.add('flash');
    const timer = setTimeout(() => el.classList.remove('flash'), 1600);
    return () => clearTimeout(timer);
  }, [request, root, clear]);
}
