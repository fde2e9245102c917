/**
 * A readiness "Fix" link arriving on the map: a node's gap selects the node, brings it into
 * view and focuses it; a connector's problem selects the connector; "no AI step" points at the
 * palette's AI step (`/workflow/nodes`); other targets focus the field that carries them (`data-focus`).
 */
import { useEffect, type RefObject } from 'react';
import { useStore } from 'zustand';
import { findFocus } from '../../../hooks/useFocusRequest';
import { focusKey } from '../../../state/navigation';
import { useMap } from './controller';
import { selectOnly } from './selection';
import { reveal } from './view';

/** Focuses and highlights `el` for a moment (the timer is not tied to the effect, which re-runs when the request clears). */
function flash(el: HTMLElement): void {
  el.scrollIntoView?.({ block: 'nearest' });
  el.focus({ preventScroll: true });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
}

export function useMapFocusRequest(root: RefObject<HTMLElement | null>): void {
  const map = useMap();
  const { editor } = map;
  const request = useStore(editor.focus, (s) => s.request);
  const clear = editor.clearFocusRequest;
  useEffect(() => {
    const w = editor.workbook;
    if (!request || !root.current) return;
    clear();
    const { recordId } = request.target;
    const n = recordId === undefined ? undefined : w.workflow.nodes.find((x) => x.id === recordId);
    const e = n || recordId === undefined ? undefined : w.workflow.edges.find((x) => x.id === recordId);
    if (n || e) {
      if (n) selectOnly(map, [n.id]);
      if (e) selectOnly(map, [], [e.id]);
      const anchor = n?.id ?? e?.from;
      if (anchor) reveal(map, anchor);
      // The node is mounted once the view has moved to it: focus it on the next frame. (Not
      // cancelled when the request clears, which is this effect's own doing.)
      requestAnimationFrame(() => {
        const el = n ? root.current?.querySelector<HTMLElement>(`[data-node-id="${n.id}"]`) : null;
        if (el) flash(el);
      });
      return;
    }
    const el = findFocus(root.current, focusKey(request.target));
    if (el) flash(el);
  }, [map, editor, request, root, clear]);
}
