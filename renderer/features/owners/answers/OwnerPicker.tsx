/** Names the owner of a metric or roadmap item from the checklist, without leaving the stage. */
import type { ReactElement } from 'react';
import { PersonSelect } from '../../../components/PersonSelect';
import { setItemOwner, setMetricOwner } from '../../../state/commands';
import { usePersonChoice, useWorkbookValue } from '../../../state/hooks';

const PATH = /^\/(metrics|roadmap)\/(\d+)\/ownerId$/;

export function OwnerPicker({ path }: { path: string }): ReactElement | null {
  const [, part, index] = PATH.exec(path) ?? [];
  const record = useWorkbookValue((w) => (part === 'metrics' ? w.metrics : part === 'roadmap' ? w.roadmap : [])[Number(index)]);
  const id = record?.id ?? '';
  const choice = usePersonChoice((personId) => (part === 'metrics' ? setMetricOwner(id, personId) : setItemOwner(id, personId)));
  if (!record) return null;
  const what = 'name' in record ? `metric “${record.name.trim() || id}”` : `roadmap item “${record.title.trim() || id}”`;
  return <PersonSelect label={`Owner of ${what}`} hideLabel value={record.ownerId} noneLabel="Choose an owner…" className="owner-gap-picker" {...choice} />;
}
