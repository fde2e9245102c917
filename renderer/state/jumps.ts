/**
 * Jumps from one stage to a record on another, selected on arrival: the map's decision link to
 * the decision in the register, and a decision back to its node on the map. They live here,
 * below both stages, so neither stage imports the other.
 */
import type { AppStore } from './appStore';
import type { StageId } from './stages';

/** Shows `stage`, then asks it to focus `focus` (asked first, the stage being left would take the request). */
export function goTo(app: AppStore, target: { readonly stage: StageId; readonly focus: string }): void {
  const { editor, showStage } = app.getState();
  showStage(target.stage);
  editor?.requestFocus(target.focus);
}

/** The selection kind for a decision (the Decisions stage's editor shows it). */
export const DECISION_SELECTION = 'decision';

/**
 * From another stage (the map's decision link): the Decisions stage with decision `id` selected
 * and its editor in view. The stage changes first (which clears the selection), and the request
 * is made after, so the stage being left cannot take the request for itself.
 */
export function openDecision(app: AppStore, id: string): void {
  const { editor, showStage } = app.getState();
  const index = editor?.workbook.decisions.findIndex((d) => d.id === id) ?? -1;
  if (!editor || index < 0) return;
  showStage('decisions');
  editor.select({ kind: DECISION_SELECTION, id });
  editor.requestFocus(`/decisions/${index}`);
}

/** The Map stage with node `nodeId` selected, in view and focused (the map's own focus request). */
export function showNodeOnMap(app: AppStore, nodeId: string): void {
  const { editor, showStage } = app.getState();
  const index = editor?.workbook.workflow.nodes.findIndex((n) => n.id === nodeId) ?? -1;
  if (!editor || index < 0) return;
  showStage('map');
  editor.requestFocus(`/workflow/nodes/${index}`);
}
