/**
 * The map's link to the decision register: a decision node gets its record on demand. The
 * record starts minimal and unclassified (no tier); the Decisions stage fills it in.
 */
import type { Decision } from '../../../shared/model';
import { command, type Command } from './command';

export const createDecisionRecord = (nodeId: string, decisionId: string): Command =>
  command('Create decision record', (w) => {
    const node = w.workflow.nodes.find((n) => n.id === nodeId);
    if (!node || w.decisions.some((d) => d.id === decisionId || d.nodeId === nodeId)) return w;
    const decision: Decision = {
      id: decisionId, nodeId, title: node.label.trim() || 'Decision', action: 'classify',
      factors: { reversible: false, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
      controls: [], logging: [],
    };
    return { ...w, decisions: [...w.decisions, decision] };
  });
