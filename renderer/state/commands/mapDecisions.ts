/**
 * The map's link to the decision register. A workflow node may carry any number of decisions,
 * each naming at most one node (DOMAIN.md): a decision node gets a new record on demand (minimal
 * and unclassified, filled in on the Decisions stage), an existing decision not yet on the map
 * can be linked to it, and a decision can be unlinked (it stays in the register).
 */
import type { Decision } from '../../../shared/model';
import { command, type Command } from './command';

export const createDecisionRecord = (nodeId: string, decisionId: string): Command =>
  command('Create decision record', (w) => {
    const node = w.workflow.nodes.find((n) => n.id === nodeId);
    if (!node || w.decisions.some((d) => d.id === decisionId)) return w;
    const taken = w.decisions.filter((d) => d.nodeId === nodeId).length;
    const label = node.label.trim() || 'Decision';
    const decision: Decision = {
      id: decisionId, nodeId, title: taken === 0 ? label : `${label} (${taken + 1})`, action: 'classify',
      factors: { reversible: false, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
      controls: [], logging: [],
    };
    return { ...w, decisions: [...w.decisions, decision] };
  });

/** Links decision `decisionId` to node `nodeId` (moving it off any other node: a decision names one node). */
export const linkDecisionToNode = (decisionId: string, nodeId: string): Command =>
  command('Link decision to node', (w) => {
    if (!w.workflow.nodes.some((n) => n.id === nodeId)) return w;
    const d = w.decisions.find((x) => x.id === decisionId);
    if (!d || d.nodeId === nodeId) return w;
    return { ...w, decisions: w.decisions.map((x) => (x.id === decisionId ? { ...x, nodeId } : x)) };
  });

/** Takes decision `decisionId` off the map; the record stays in the register with everything else it says. */
export const unlinkDecisionFromNode = (decisionId: string): Command =>
  command('Unlink decision from node', (w) => {
    const d = w.decisions.find((x) => x.id === decisionId);
    if (!d || d.nodeId === undefined) return w;
    return {
      ...w,
      decisions: w.decisions.map((x) => {
        if (x.id !== decisionId) return x;
        const { nodeId: _gone, ...rest } = x;
        return rest;
      }),
    };
  });
