/**
 * The decision's controls in three groups: the ones its adopted tier (and personal data)
 * requires, checked when a tier is adopted; the catalog's other controls, one click away; and
 * controls of the team's own, as free text. A required control is never taken away silently:
 * unticking one asks first, says it becomes a readiness blocker, and the removal is recorded.
 */
import { memo, useState, type ReactElement } from 'react';
import { requiredControls } from '../../../../shared/logic';
import type { Decision } from '../../../../shared/model';
import { Badge } from '../../../components/Badge';
import { IconButton } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { addControl, removeControl, requiredBecause } from '../../../state/commands';
import { useExecute } from '../../../state/hooks';
import { CONTROL_CATALOG, controlIdFor, controlName, isCatalogControl } from '../common/labels';
import { FreeTextAdder } from './FreeTextAdder';

interface FieldsProps { readonly decision: Decision }

/** "Required for the high tier and personal data", "Required for personal data", "Required". */
function requiredHeading(d: Decision): string {
  const why = [d.tier ? `the ${d.tier} tier` : '', d.factors.personalData ? 'personal data' : ''].filter(Boolean);
  return why.length ? `Required for ${why.join(' and ')}` : 'Required';
}

export const ControlsFields = memo(function ControlsFields({ decision }: FieldsProps): ReactElement {
  const execute = useExecute();
  const [removing, setRemoving] = useState<string | null>(null);
  const { id, controls } = decision;
  const required = requiredControls(decision.tier, decision.factors.personalData) as string[];
  const optional = CONTROL_CATALOG.filter((c) => !required.includes(c.id));
  const own = controls.filter((c) => !isCatalogControl(c));
  const name = decision.title.trim() || id;

  const toggle = (control: string, on: boolean) => {
    if (on) execute(addControl(id, control));
    else if (required.includes(control)) setRemoving(control);
    else execute(removeControl(id, control));
  };
  const description = (control: string) => CONTROL_CATALOG.find((c) => c.id === control)?.description;

  return (
    <fieldset className="part controls-part" data-focus={`${decision.id}/controls`} tabIndex={-1}>
      <legend className="part-title">Controls</legend>
      <div className="controls-grid">
        <div>
          <h4 className="group-title">{requiredHeading(decision)}</h4>
          {!decision.tier && <p className="muted small">Adopt a tier first: its required controls are added then.</p>}
          <ul className="control-list">
            {required.map((c) => {
              const present = controls.includes(c);
              return (
                <li key={c} className={present ? '' : 'is-missing'}>
                  <label className="check" title={description(c)}>
                    <input type="checkbox" checked={present} onChange={(e) => toggle(c, e.target.checked)} />
                    <span className="control-name">{controlName(c)}</span>
                  </label>
                  {!present && <Badge tone="bad">Missing: a readiness blocker</Badge>}
                  <span className="control-why">{description(c)}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h4 className="group-title">More from the catalog</h4>
          <ul className="control-list control-list-optional">
            {optional.map((c) => (
              <li key={c.id}>
                <label className="check" title={c.description}>
                  <input type="checkbox" checked={controls.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  <span className="control-name">{c.name}</span>
                </label>
              </li>
            ))}
          </ul>
          <h4 className="group-title">Your own</h4>
          {own.length > 0 && (
            <ul className="own-list">
              {own.map((c) => (
                <li key={c}><span>{c}</span><IconButton icon="x" label={`Remove control “${c}”`} onClick={() => execute(removeControl(id, c))} /></li>
              ))}
            </ul>
          )}
          <FreeTextAdder label="Add a control of your own" placeholder="e.g. Monthly review with Legal" button="Add control"
            check={(text) => {
              const c = controlIdFor(text);
              if (c === '') return 'Describe the control first.';
              return controls.includes(c) ? `“${controlName(c)}” is already a control of this decision.` : null;
            }}
            onAdd={(text) => execute(addControl(id, controlIdFor(text)))} />
        </div>
      </div>
      {removing && (
        <ConfirmDialog title="Remove a required control?" danger confirmLabel="Remove anyway"
          onCancel={() => setRemoving(null)}
          onConfirm={() => { execute(removeControl(id, removing)); setRemoving(null); }}>
          <p>{controlName(removing)} is {requiredBecause(decision, removing) ?? 'required'}. Without it, “{name}” is a readiness blocker under Risk tiers until the control is back.</p>
          <p>The removal is recorded in the audit trail.</p>
        </ConfirmDialog>
      )}
    </fieldset>
  );
});
