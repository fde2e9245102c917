/**
 * A readiness "Fix" link arriving on the map: a node's gap selects the node, brings it into
 * view and focuses it; a connector's problem selects the connector; "no AI step" points at the
 * palette's AI step; other paths focus the field that carries them (`data-focus`).
 */
import { useEffect, type RefObject } from 'react';
import { useStore } from 'zustand';
import { useMap } from './controller';
import { selectOnly } from './selection';
import { reveal } from './view';

const NODE = /^\/workflow\/nodes\/(\d+)/;
const EDGE = /^\/workflow\/edges\/(\d+)/;

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
    const target = request.target;
    const node = NODE.exec(target), edge = EDGE.exec(target);
    if (node || edge) {
      const n = node ? w.workflow.nodes[Number(node[1])] : undefined;
      const e = edge ? w.workflow.edges[Number(edge[1])] : undefined;
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
    for (let t = target; t; t = t.includes('/') ? t.slice(0, t.lastIndexOf('/')) : '') {
      const el = root.current.querySelector<HTMLElement>(`[data-focus="${t.replace(/["\\]/g, '\\$&')}"]`);
      if (el) {
        flash(el);
        return;
      }
    }
  }, [map, editor, request, root, clear]);
}
