/**
 * Jumps from one stage to a record on another, selected on arrival: the map's decision link to
 * the decision in the register, and a decision back to its node on the map. They live here,
 * below both stages, so neither stage imports the other.
 */
import type { AppStore } from './appStore';
import { targetOf, type NavTarget } from './navigation';
import type { StageId } from './stages';

/** Shows `stage`, then asks it to focus `focus` (asked first, the stage being left would take the request). */
export function goTo(app: AppStore, stage: StageId, target: NavTarget): void {
  const { editor, showStage } = app.getState();
  showStage(stage);
  editor?.requestFocus(target);
}

/** Follows a link to JSON pointer `path` (a gap, a problem): its stage, then its record and field as they are now. */
export function goToPath(app: AppStore, target: { readonly stage: StageId; readonly focus: string }): void {
  const editor = app.getState().editor;
  if (editor) goTo(app, target.stage, targetOf(editor.workbook, target.focus));
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
  if (!editor?.workbook.decisions.some((d) => d.id === id)) return;
  showStage('decisions');
  editor.select({ kind: DECISION_SELECTION, id });
  editor.requestFocus({ recordId: id });
}

/** The Map stage with node `nodeId` selected, in view and focused (the map's own focus request). */
export function showNodeOnMap(app: AppStore, nodeId: string): void {
  const { editor, showStage } = app.getState();
  if (!editor?.workbook.workflow.nodes.some((n) => n.id === nodeId)) return;
  showStage('map');
  editor.requestFocus({ recordId: nodeId });
}
