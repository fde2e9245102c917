/**
 * Where a listed change takes the facilitator: the stage that edits the record, and the record
 * (by id) with the field that changed, as state/navigation's targets name them. A record the
 * open workbook no longer has (removed since, or only in a file) has no place to go: null.
 */
import type { RecordChange, RecordKind } from '../../../shared/logic';
import type { Workbook } from '../../../shared/model';
import type { NavTarget } from '../../state/navigation';
import type { StageId } from '../../state/stages';

export interface JumpTarget { readonly stage: StageId; readonly target: NavTarget }

const STAGE: Readonly<Record<RecordKind, StageId>> = {
  workbook: 'overview', policy: 'decisions', pilot: 'overview', sprint: 'overview', ownership: 'owners',
  person: 'overview', lane: 'map', node: 'map', edge: 'map', decision: 'decisions', metric: 'metrics',
  raci: 'owners', 'roadmap-item': 'roadmap', 'parking-item': 'overview', signoff: 'readiness',
};

/** The part of the workbook a keyless part sits at (`pilot/name`); the workbook's own fields have none. */
const PART_PATH: Partial<Record<RecordKind, string>> = { policy: 'policy', pilot: 'pilot', sprint: 'sprint', ownership: 'ownership' };

function hasRecord(w: Workbook, id: string): boolean {
  const lists: readonly (readonly { readonly id: string }[])[] = [
    w.people, w.workflow.lanes, w.workflow.nodes, w.workflow.edges, w.decisions, w.metrics, w.roadmap, w.parkingLot ?? [],
  ];
  return lists.some((l) => l.some((r) => r.id === id));
}

/** `field`: the changed field to land on (its first name); by default the record's first changed field. */
export function jumpTarget(change: RecordChange, now: Workbook, field: string | undefined = change.fields[0]?.path[0]): JumpTarget | null {
  const stage = STAGE[change.kind];
  if (change.kind === 'raci') {
    const [subjectId, personId] = change.key.split(' ');
    if (!subjectId || !personId || !now.raci.some((r) => r.subjectId === subjectId && r.personId === personId)) return null;
    return { stage, target: { recordId: subjectId, field: `raci/${personId}` } };
  }
  if (change.kind === 'signoff') return (now.signoffs ?? []).length > 0 ? { stage, target: { field: 'signoffs' } } : null;
  if (change.id !== undefined) {
    if (!hasRecord(now, change.id)) return null;
    return { stage, target: field === undefined ? { recordId: change.id } : { recordId: change.id, field } };
  }
  const part = PART_PATH[change.kind];
  if (part) return { stage, target: { field: field === undefined ? part : `${part}/${field}` } };
  return { stage, target: { field: field ?? 'title' } };
}
