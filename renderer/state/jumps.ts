/**
 * Jumps from one stage to a record on another, selected on arrival: the map's decision link to
 * the decision in the register, and a decision back to its node on the map. They live here,
 * below both stages, so neither stage imports the other.
 */
import { useAppStore } from './store';

/** The ui slice's selection kind for a decision (the Decisions stage's editor shows it). */
export const DECISION_SELECTION = 'decision';

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
