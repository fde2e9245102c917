/** What the decision is: its title, its node on the workflow map, and a description. */
import { memo, useMemo, type ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { TextArea, TextField } from '../../../components/Field';
import { SearchPicker } from '../../../components/SearchPicker';
import { setDecisionDescription, setDecisionNode, setDecisionTitle } from '../../../state/commands';
import { useExecute, useSealHistory, useWorkbookList } from '../../../state/hooks';

interface FieldsProps { readonly decision: Decision }

export const IdentityFields = memo(function IdentityFields({ decision }: FieldsProps): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const nodes = useWorkbookList((w) => w.workflow.nodes);
  const decisions = useWorkbookList((w) => w.decisions);
  const { id, nodeId } = decision;
  // Decision points and AI steps not yet linked to another decision: where a decision sits on the map.
  const options = useMemo(() => {
    const taken = new Set(decisions.filter((d) => d.id !== id && d.nodeId !== undefined).map((d) => d.nodeId!));
    const free = nodes.filter((n) => n.id === nodeId || ((n.kind === 'decision' || n.kind === 'ai-step') && !taken.has(n.id)));
    return [
      { value: '', label: 'Not on the map' },
      ...free.map((n) => ({ value: n.id, label: `${n.label.trim() || n.id}${n.kind === 'decision' ? ' (decision point)' : ' (AI step)'}` })),
      ...(nodeId !== undefined && !nodes.some((n) => n.id === nodeId) ? [{ value: nodeId, label: `Missing node “${nodeId}”` }] : []),
    ];
  }, [nodes, decisions, id, nodeId]);
  const at = (field: string) => `${decision.id}/${field}`;
  return (
    <div className="form-grid decision-identity">
      <TextField label="Title" value={decision.title} focusKey={at('title')} placeholder="What the AI decides, e.g. Issue a goodwill refund"
        onChange={(e) => execute(setDecisionTitle(id, e.target.value))} onBlur={seal} />
      <SearchPicker label="On the map" value={nodeId ?? ''} focusKey={at('nodeId')} options={options}
        hint="The decision point or AI step where this decision is made: type part of its label."
        onChoose={(node) => execute(setDecisionNode(id, node))} />
      <TextArea label="Description" className="span-2" rows={2} value={decision.description ?? ''} focusKey={at('description')}
        placeholder="What is decided, on what input, and what happens next."
        onChange={(e) => execute(setDecisionDescription(id, e.target.value))} onBlur={seal} />
    </div>
  );
});
