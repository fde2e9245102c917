/**
 * Commands on decision records: add one, edit what it is (title, description, its node on the
 * map), who answers for it, what it logs and what happens when the model is wrong, and remove
 * it with every reference to it. Tiers, factors, controls and the policy: decisionsTiers.ts.
 *
 * Removing a decision also removes the metrics' and roadmap's links to it and its RACI rows in
 * the same undoable step, so it never leaves a dangling reference that readiness would count.
 */
import { freshId, recordIds, type Decision, type Workbook } from '../../../shared/model';
import { command, type Command } from './command';
import { cascadeCount, removeReferencesTo } from './references';
import { optionalText, removeById, updateById, withOptional } from './update';

/** An id for a new decision, unique across every record of the workbook. */
export function newDecisionId(w: Workbook): string {
  return freshId('d', recordIds(w));
}

/**
 * A new, unclassified decision. Not reversible until someone says it is: the cautious answer,
 * as for a record created from a map's decision node (mapDecisions.ts).
 */
export function blankDecision(id: string, title = ''): Decision {
  return {
    id, title, action: 'classify',
    factors: { reversible: false, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
    controls: [], logging: [],
  };
}

/** Applies `update` to decision `id`; the workbook itself when nothing changed. */
export function editDecision(w: Workbook, id: string, update: (d: Decision) => Decision): Workbook {
  const decisions = updateById(w.decisions, id, update);
  return decisions === w.decisions ? w : { ...w, decisions };
}

export const decisionCommand = (label: string, id: string, update: (d: Decision) => Decision, coalesce?: string): Command =>
  command(label, (w) => editDecision(w, id, update), coalesce === undefined ? {} : { coalesce: `decision.${id}.${coalesce}` });

export const addDecision = (decision: Decision): Command =>
  command('Add decision', (w) => (w.decisions.some((d) => d.id === decision.id) ? w : { ...w, decisions: [...w.decisions, decision] }));

export const setDecisionTitle = (id: string, title: string): Command =>
  decisionCommand('Rename decision', id, (d) => (d.title === title ? d : { ...d, title }), 'title');

export const setDecisionDescription = (id: string, description: string): Command =>
  decisionCommand('Edit description of decision', id, (d) => withOptional(d, 'description', optionalText(description)), 'description');

/**
 * Links the decision to a node of the map (`''` unlinks). A node that already has another
 * decision record is refused: the map shows one record per decision point.
 */
export const setDecisionNode = (id: string, nodeId: string): Command =>
  command(nodeId ? 'Link decision to map node' : 'Unlink decision from map node', (w) => {
    if (nodeId && w.decisions.some((d) => d.nodeId === nodeId && d.id !== id)) return w;
    return editDecision(w, id, (d) => withOptional(d, 'nodeId', optionalText(nodeId)));
  });

export type DecisionPersonField = 'outputOwnerId' | 'overrideById' | 'escalateToId';

const PERSON_WORDS: Readonly<Record<DecisionPersonField, string>> = {
  outputOwnerId: 'owner of the output', overrideById: 'who can override', escalateToId: 'escalation',
};

/** `''` clears the field. */
export const setDecisionPerson = (id: string, field: DecisionPersonField, personId: string): Command =>
  decisionCommand(`Change ${PERSON_WORDS[field]} of decision`, id, (d) => withOptional(d, field, optionalText(personId)));

/** Adds or removes one logged item (a catalog id such as `model-version`, or free text). */
export const setDecisionLogging = (id: string, entry: string, logged: boolean): Command =>
  decisionCommand(logged ? 'Log more for decision' : 'Log less for decision', id, (d) => {
    if (d.logging.includes(entry) === logged) return d;
    return { ...d, logging: logged ? [...d.logging, entry] : d.logging.filter((l) => l !== entry) };
  });

export const setDecisionOnError = (id: string, onError: string): Command =>
  decisionCommand('Edit what happens when the model is wrong', id, (d) => withOptional(d, 'onError', optionalText(onError)), 'onError');

/** Removes decision `id` and every reference to it (the table's: metric and roadmap links, RACI rows, a parking-lot item's conversion). */
export const removeDecision = (id: string): Command =>
  command('Remove decision', (w) => {
    const decisions = removeById(w.decisions, id);
    return decisions === w.decisions ? w : removeReferencesTo({ ...w, decisions }, 'decision', new Set([id]));
  });

/** How many places name decision `id` outside the decision itself (for the removal message). */
export const decisionReferenceCount = (w: Workbook, id: string): number => cascadeCount(w, 'decision', id);
