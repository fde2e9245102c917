/**
 * Which decision the editor shows, and the jumps between the register and the map. The one a
 * readiness "Fix" link (or the map) asked for wins, so its field can be focused in the same
 * render; else the one selected in the ui slice; else the first. Selection never enters undo
 * history.
 */
import { useSelectedRecord } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { bringIntoView } from '../metrics/fields/bringIntoView';

export const DECISION_SELECTION = 'decision';
export const EDITOR_ID = 'decision-editor';

export function useSelectedDecision(): string | null {
  return useSelectedRecord(DECISION_SELECTION, 'decisions', true);
}

/** Shows decision `id` in the editor: focuses `focus` (a JSON pointer) when given, else brings the editor into view. */
export function showDecision(id: string, focus?: string): void {
  const s = useAppStore.getState();
  s.select({ kind: DECISION_SELECTION, id });
  if (focus) s.requestFocus(focus);
  else requestAnimationFrame(() => bringIntoView(EDITOR_ID));
}

/**
 * From another stage (the map's decision link): the Decisions stage with decision `id` selected
 * and its editor in view. The stage changes first (which clears the selection), and the request
 * is made after, so the stage being left cannot take the request for itself.
 */
export function openDecision(id: string): void {
  const s = useAppStore.getState();
  const index = s.workbook?.decisions.findIndex((d) => d.id === id) ?? -1;
  if (index < 0) return;
  s.showStage('decisions');
  s.select({ kind: DECISION_SELECTION, id });
  s.requestFocus(`/decisions/${index}`);
}

/** The Map stage with node `nodeId` selected, in view and focused (the map's own focus request). */
export function showNodeOnMap(nodeId: string): void {
  const s = useAppStore.getState();
  const index = s.workbook?.workflow.nodes.findIndex((n) => n.id === nodeId) ?? -1;
  if (index < 0) return;
  s.showStage('map');
  s.requestFocus(`/workflow/nodes/${index}`);
}
