/** Who owns what: the ownership table, the escalation path and the RACI matrix. */
import type { Person, Raci, RaciRole } from '../../model';
import type { ReportContext } from '../context';
import type { Block, TableCell } from '../types';
import { cell, col, facts, filled, h1, h2, numbered, p, small, table, toned } from '../blocks';
import { humanize } from '../labels';

/** Beyond this many people a matrix gets too narrow to read; the RACI is listed by role instead. */
const MATRIX_MAX_PEOPLE = 6;

export function ownershipSection(ctx: ReportContext): Block[] {
  const { ownership } = ctx.w;
  const missing = toned('Not named yet', 'red');
  const blocks: Block[] = [h1('Ownership and escalation')];
  blocks.push(p("If you can't name them, you're not ready to scale."));
  blocks.push(facts([
    ['Workflow owner', ownership.workflowOwnerId ? ctx.person(ownership.workflowOwnerId) : [missing]],
    ['Governance owner', ownership.governanceOwnerId ? ctx.person(ownership.governanceOwnerId) : [missing]],
    ['Measurement cadence', ownership.measurementCadence ? humanize(ownership.measurementCadence) : [missing]],
    ['Facilitator of the sprint', ctx.w.sprint.facilitatorId ? ctx.person(ctx.w.sprint.facilitatorId) : '—'],
  ]));
  blocks.push(h2('Escalation path'));
  blocks.push(ownership.escalationPath.length
    ? numbered(ownership.escalationPath.map((id) => [ctx.person(id)]))
    : p(missing, ': name at least one person to whom problems with the AI are escalated, first to last.'));
  blocks.push(...raciSection(ctx));
  blocks.push(h2('People in the sprint'));
  blocks.push(peopleTable(ctx));
  return blocks;
}

/** Name, then role, team and e-mail: each of those only when someone has one, so no column is empty. */
function peopleTable(ctx: ReportContext): Block {
  const { people } = ctx.w;
  const optional = [
    { column: col('Role', 3.4), value: (x: Person) => x.role },
    { column: col('Team', 2.6), value: (x: Person) => x.team },
    { column: col('E-mail', 3.6), value: (x: Person) => x.email },
  ].filter((o) => people.some((x) => o.value(x)?.trim()));
  return table([col('Name', 3.4), ...optional.map((o) => o.column)],
    people.map((x) => [cell({ text: x.name, bold: true }), ...optional.map((o) => cell(o.value(x) ?? ''))]),
    'No people have been named yet.');
}

function raciSection(ctx: ReportContext): Block[] {
  const { raci } = ctx.w;
  const blocks: Block[] = [h2('Responsibilities (RACI)')];
  blocks.push(small('R: responsible, does the work. A: accountable, exactly one per decision. C: consulted. I: informed.'));
  if (raci.length === 0) {
    blocks.push(p('No responsibilities have been assigned yet. Every decision needs exactly one accountable person and at least one responsible person.'));
    return blocks;
  }
  const subjects: { id: string; name: string }[] = [];
  const seen = new Set<string>();
  const addSubject = (id: string, name: string) => { if (!seen.has(id)) { seen.add(id); subjects.push({ id, name }); } };
  for (const d of ctx.w.decisions) addSubject(d.id, d.title);
  for (const r of raci) {
    const name = ctx.decision(r.subjectId)?.title ?? ctx.metric(r.subjectId)?.name ?? ctx.item(r.subjectId)?.title;
    addSubject(r.subjectId, name ?? `unknown "${r.subjectId}"`);
  }
  const people = [...new Set(raci.map((r) => r.personId))];
  const roles = new Map<string, RaciRole[]>();
  // Each subject's assignments, in the workbook's order: filtering the whole list per subject
  // made a 300-decision RACI a sixth of the governance model's build.
  const bySubject = new Map<string, Raci[]>();
  for (const r of raci) {
    const key = `${r.subjectId}\u0000${r.personId}`;
    roles.set(key, [...(roles.get(key) ?? []), r.role]);
    const entries = bySubject.get(r.subjectId);
    if (entries) entries.push(r); else bySubject.set(r.subjectId, [r]);
  }
  const check = (subjectId: string): TableCell => {
    const entries = bySubject.get(subjectId) ?? [];
    const a = new Set(entries.filter((r) => r.role === 'A').map((r) => r.personId)).size;
    const rs = entries.some((r) => r.role === 'R');
    if (!ctx.decision(subjectId)) return cell('');
    return a === 1 && rs ? filled('green', 'OK') : filled('red', a !== 1 ? `${a} A` : 'no R');
  };
  if (people.length <= MATRIX_MAX_PEOPLE) {
    const name = (id: string) => ctx.person(id).replace(/ \(.*\)$/, '');
    blocks.push(table(
      [col('Decision or item', 5), ...people.map((id) => col(name(id), 2.2, 'center')), col('Check', 1.3, 'center')],
      subjects.map((s) => [
        cell(s.name),
        ...people.map((id) => cell(roles.get(`${s.id}\u0000${id}`)?.join('/') ?? '')),
        check(s.id),
      ]),
    ));
  } else {
    const list = (subjectId: string, role: RaciRole) =>
      cell((bySubject.get(subjectId) ?? []).filter((r) => r.role === role).map((r) => ctx.person(r.personId)).join(', ') || '—');
    blocks.push(table(
      [col('Decision or item', 4), col('Responsible', 3), col('Accountable', 3), col('Consulted', 3), col('Informed', 3), col('Check', 1.3, 'center')],
      subjects.map((s) => [cell(s.name), list(s.id, 'R'), list(s.id, 'A'), list(s.id, 'C'), list(s.id, 'I'), check(s.id)]),
    ));
  }
  return blocks;
}
