/** One item of the list view, with its schedule in words; subscribes to its own item and timing. */
import { memo, type ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PHASES, type Phase } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import { IconButton } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { MAX_WEEKS, MIN_WEEKS, setItemPhase, setItemWeeks, shiftRoadmapItem } from '../../state/commands';
import { useExecute, useWorkbookValue } from '../../state/hooks';
import { useDoc, useEditor } from '../../state/editor/context';
import { NumberField } from '../../fields/NumberField';
import { blockerNames, deriveItemById, rowTiming } from './common/derive';
import { itemTitle, PHASE_LABEL, timingParts, timingText } from './common/labels';
import { showItem } from './common/selection';

interface RoadmapListRowProps {
  readonly id: string;
  readonly first: boolean;
  readonly last: boolean;
  readonly selected: boolean;
}

export const RoadmapListRow = memo(function RoadmapListRow({ id, first, last, selected }: RoadmapListRowProps): ReactElement | null {
  const editor = useEditor();
  const execute = useExecute();
  const item = useWorkbookValue((w) => deriveItemById(w).get(id));
  const t = useWorkbookValue((w) => rowTiming(w, id));
  const names = useDoc(useShallow((d) => {
    const w = d.workbook;
    if (!item) return [] as string[];
    const byId = deriveItemById(w);
    return item.dependsOn.map((d) => { const dep = byId.get(d); return dep ? itemTitle(dep) : `missing item ${d}`; });
  }));
  const owner = useWorkbookValue((w) => w.people.find((p) => p.id === item?.ownerId)?.name);
  if (!item || !t) return null;
  const blockers = blockerNames(t);
  const title = itemTitle(item);
  const timing = timingParts(t);
  return (
    <tr className={selected ? 'is-selected' : undefined}>
      <td className="cell-order">
        <IconButton icon="arrowUp" label={`Move ${title} up`} disabled={first} onClick={() => execute(shiftRoadmapItem(id, -1))} />
        <IconButton icon="arrowDown" label={`Move ${title} down`} disabled={last} onClick={() => execute(shiftRoadmapItem(id, 1))} />
      </td>
      <th scope="row"><button type="button" className="link-button" aria-current={selected ? 'true' : undefined} onClick={() => showItem(editor, id)}>{title}</button></th>
      <td>
        <SelectField label={`Phase of ${title}`} hideLabel value={item.phase} options={PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] }))}
          onChange={(e) => execute(setItemPhase(id, e.target.value as Phase))} />
      </td>
      <td className="cell-weeks">
        <NumberField label={`Weeks of ${title}`} hideLabel value={item.weeks} required integer min={MIN_WEEKS} max={MAX_WEEKS}
          onCommit={(v) => v !== undefined && execute(setItemWeeks(id, v))} />
      </td>
      <td className="cell-when">{timing ? <>{timing.weeks}{timing.dates && <span className="cell-note muted">{timing.dates}</span>}</> : timingText(t)}</td>
      <td>{names.length ? names.join(', ') : <span className="muted">—</span>}</td>
      <td>{owner ?? <span className="muted">nobody yet</span>}</td>
      <td>
        {blockers.length > 0 ? <Badge tone="bad">Blocked by {blockers.join(', ')}</Badge>
          : t.startWeek === null ? <Badge tone="bad">Not scheduled</Badge>
            : t.critical ? <Badge tone="warn" icon={null}>Critical path</Badge>
              : <span className="muted small">{t.slack ? `${t.slack} week${t.slack === 1 ? '' : 's'} of slack` : ''}</span>}
      </td>
    </tr>
  );
});
