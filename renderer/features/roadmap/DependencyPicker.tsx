/**
 * An item's dependencies: the items it waits for, each removable, and a picker of the other
 * items to add one. A dependency that would close a cycle is refused the moment it is picked,
 * naming the cycle (checkDependency); items of a later phase are not offered, since the phase
 * gates already put them after this one.
 */
import { useState, type ReactElement } from 'react';
import { checkDependency } from '../../../shared/logic';
import { PHASES, type RoadmapItem } from '../../../shared/model';
import { IconButton } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { addDependency, removeDependency } from '../../state/commands';
import { useExecute, useWorkbookList } from '../../state/hooks';
import { itemTitle, PHASE_LABEL } from './common/labels';

export function DependencyPicker({ item }: { item: RoadmapItem }): ReactElement {
  const execute = useExecute();
  const roadmap = useWorkbookList((w) => w.roadmap);
  const [refusal, setRefusal] = useState<string | null>(null);
  const byId = new Map(roadmap.map((r) => [r.id, r]));
  const title = itemTitle(item);
  const phase = PHASES.indexOf(item.phase);
  const candidates = roadmap.filter((r) => r.id !== item.id && !item.dependsOn.includes(r.id) && PHASES.indexOf(r.phase) <= phase);

  const pick = (id: string) => {
    if (!id) return;
    const check = checkDependency(roadmap, item.id, id);
    if (!check.ok) {
      setRefusal(check.message);
      return;
    }
    setRefusal(null);
    execute(addDependency(item.id, id));
  };

  return (
    <fieldset className="dependencies" data-focus={`${item.id}/dependsOn`} tabIndex={-1}>
      <legend className="field-label">Depends on <span className="muted small">starts only when these have ended</span></legend>
      {item.dependsOn.length === 0
        ? <p className="muted small">Nothing: it can start as soon as its phase begins.</p>
        : (
          <ul className="dependency-list">
            {item.dependsOn.map((d, j) => {
              const dep = byId.get(d);
              const name = dep ? itemTitle(dep) : `missing item “${d}”`;
              return (
                <li key={d} data-focus={`${item.id}/dependsOn/${j}`} tabIndex={-1}>
                  <span>{name}{dep && dep.phase !== item.phase && <span className="muted small"> · {PHASE_LABEL[dep.phase]}</span>}</span>
                  <IconButton icon="x" label={`Remove dependency of ${title} on ${name}`} onClick={() => execute(removeDependency(item.id, d))} />
                </li>
              );
            })}
          </ul>
        )}
      <SelectField label="Add a dependency" value="" onChange={(e) => pick(e.target.value)}
        hint="Items of a later phase are not offered: the phase gates already schedule them after this one."
        options={[{ value: '', label: candidates.length ? 'Choose an item…' : 'No other item to wait for' },
          ...candidates.map((r) => ({ value: r.id, label: `${itemTitle(r)} (${PHASE_LABEL[r.phase]})` }))]} />
      {refusal && (
        <p className="field-error refusal" role="alert"><Icon name="alert" size={16} /> Refused. {refusal}</p>
      )}
    </fieldset>
  );
}
