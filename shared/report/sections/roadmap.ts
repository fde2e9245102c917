/**
 * The sequenced roadmap: the schedule at a glance, the Gantt chart with the critical path,
 * then each phase with its items in schedule order with their slack and its gates (and who
 * decides each: the gated metrics' owners), and what each kill criterion would stop.
 */
import { PHASES, type RoadmapItem } from '../../model';
import { addDays, type ScheduledItem } from '../../logic';
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { PHASE_LABEL, STATUS_LABEL } from '../labels';
import { bullets, callout, cell, col, facts, filled, h1, h2, p, small, table, toned } from '../blocks';
import { ganttParts } from '../figures/gantt';
import { whatIfSection } from './what-if';

export function roadmapSection(ctx: ReportContext): Block[] {
  const { roadmap } = ctx.w;
  const { schedule, fmt } = ctx;
  const blocks: Block[] = [h1('The roadmap at a glance')];
  if (roadmap.length === 0) {
    blocks.push(p('No roadmap has been sequenced yet. Sequence the work in four phases (foundation, pilot hardening, controlled rollout, scale) and put a go/no-go gate on every kill criterion.'));
    return blocks;
  }
  for (const s of schedule.items.filter((i) => i.blocked)) {
    const item = ctx.item(s.itemId)!;
    const metrics = s.blockedBy.map((id) => ctx.metric(id)?.name ?? id);
    blocks.push(callout('red', `Blocked: ${item.title}`, `Its gate names ${metrics.join(', ')}, whose kill criterion is triggered. Do not start it until the metric recovers or the design changes.`));
  }
  if (schedule.problems.length) {
    blocks.push(callout('amber', 'Scheduling problems', schedule.problems.map((x) => x.message).join(' ')));
  }
  const week0 = ctx.w.sprint.startDate ? addDays(ctx.w.sprint.startDate, 14) : undefined;
  const critical = schedule.order.filter((id) => ctx.scheduled.get(id)?.critical).map((id) => ctx.item(id)!.title);
  blocks.push(facts([
    ['Length', `${schedule.totalWeeks} ${schedule.totalWeeks === 1 ? 'week' : 'weeks'}`],
    ['Runs', week0 ? `${fmt.date(week0)} to ${fmt.date(addDays(week0, schedule.totalWeeks * 7 - 1))}` : 'Week 0 is the first week after the sprint (set the sprint start date to see calendar dates).'],
    ['Items', `${roadmap.length}, of which ${critical.length} on the critical path`],
    // One numbered line per item: an arrow between them is set in the symbols face, whose taller
    // lines double-spaced the whole row in LibreOffice.
    ['Critical path', critical.length ? critical.map((t, i) => `${i + 1}. ${t}`).join('\n') : '—'],
  ]));
  blocks.push(h2('Gantt chart'));
  const parts = ganttParts(ctx);
  parts.forEach(({ figure, first, last, critical, blocked }) => blocks.push({
    type: 'figure', figure,
    // The key names only the colours this figure shows.
    caption: `The schedule by week${parts.length > 1 ? `, items ${first}–${last} of ${roadmap.length} in schedule order` : ''}. `
      + `Each bar is an item: blue${critical ? ', or red on the critical path' : ''}${blocked ? `${critical ? ',' : ', or'} grey where a kill criterion blocks it` : ''}. Arrows lead from an item to those that depend on it.`,
    altText: `Gantt chart of ${roadmap.length} roadmap items over ${schedule.totalWeeks} weeks.`,
  }));
  blocks.push(h1('Phases and gates'));
  for (const phase of PHASES) {
    const ids = schedule.order.filter((id) => ctx.item(id)?.phase === phase);
    if (ids.length === 0) continue;
    // The items first, then their gates: a long gate list above the table left the phase's
    // heading and gates at the foot of one page, and the items they gate on the next.
    blocks.push(h2(PHASE_LABEL[phase]));
    blocks.push(itemTable(ctx, ids.map((id) => ctx.item(id)!)));
    const gated = ids.map((id) => ctx.item(id)!).filter((r) => r.gate && r.gate.metricIds.length);
    if (gated.length) {
      blocks.push(p({ text: 'Gates. ', bold: true }, `Go/no-go ${gated.length === 1 ? 'decision before this item starts' : 'decisions before these items start'}:`));
      blocks.push(bullets(gated.map((r) => [
        { text: `${r.title}: `, bold: true },
        r.gate!.metricIds.map((id) => gateMetric(ctx, id)).join('; '),
        ...(r.gate!.note ? [`. ${r.gate!.note.trim().replace(/[.!?…]$/u, '')}`] : []),
        '. ', deciders(ctx, r.gate!.metricIds),
        ...judgedAfter(ctx, r),
      ])));
    }
  }
  blocks.push(small('Items start when everything they depend on is done, and every item of a phase starts after the previous phase ends. Dates are calendar weeks from the first week after the sprint. Slack is how many weeks an item can slip without delaying the roadmap; critical items have none.'));
  blocks.push(...whatIfSection(ctx));
  return blocks;
}

/**
 * A gate decided before its metrics' kill criteria count: on the item's start date none of them
 * can have triggered yet, so the go/no-go cannot rest on them. Said beside the gate, in amber.
 */
function judgedAfter(ctx: ReportContext, r: RoadmapItem): Inline[] {
  const start = ctx.scheduled.get(r.id)?.startDate;
  if (!start) return [];
  // The metrics by the date their criteria count from, so a shared date is said once.
  const byDate = new Map<string, string[]>();
  for (const id of r.gate!.metricIds) {
    const m = ctx.metric(id);
    if (m?.kill?.evaluateOn && m.kill.evaluateOn > start) byDate.set(m.kill.evaluateOn, [...(byDate.get(m.kill.evaluateOn) ?? []), m.name]);
  }
  if (byDate.size === 0) return [];
  const one = [...byDate.values()].flat().length === 1;
  const late = [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, names]) => `${names.join(', ')} from ${ctx.fmt.date(date)}`);
  return [' ', toned(`The gate comes too early: the item starts on ${ctx.fmt.date(start)}, and the kill ${one ? 'criterion' : 'criteria'} it rests on ${one ? 'counts' : 'count'} only later (${late.join('; ')}).`, 'amber', false)];
}

/** Who decides a gate: the owners of its metrics, each once. */
function deciders(ctx: ReportContext, metricIds: readonly string[]): Inline {
  const owners = [...new Set(metricIds.map((id) => ctx.metric(id)?.ownerId).filter((id): id is string => id !== undefined))];
  const unowned = metricIds.filter((id) => ctx.metric(id) && ctx.metric(id)!.ownerId === undefined).map((id) => ctx.metric(id)!.name);
  if (owners.length === 0) return toned('No one decides it yet: its metrics have no owner.', 'red', false);
  return `Decided by ${owners.map((id) => ctx.person(id)).join(', ')}${unowned.length ? `; no owner yet for ${unowned.join(', ')}` : ''}.`;
}

function gateMetric(ctx: ReportContext, id: string): string {
  const m = ctx.metric(id);
  const s = ctx.scores.get(id);
  if (!m || !s) return `unknown metric "${id}"`;
  return `${m.name} (${s.killTriggered ? 'kill criterion triggered' : STATUS_LABEL[s.status].toLowerCase()})`;
}

function itemTable(ctx: ReportContext, items: readonly RoadmapItem[]) {
  const { fmt } = ctx;
  const when = (s: ScheduledItem) => {
    if (s.startWeek === null || s.endWeek === null) return 'not scheduled';
    // DOMAIN.md names the weeks (week 0 is the first after the sprint): an item runs in weeks startWeek … endWeek − 1, as the app says.
    const weeks = s.endWeek - s.startWeek === 1 ? `week ${s.startWeek}` : `weeks ${s.startWeek}–${s.endWeek - 1}`;
    return s.startDate && s.endDate ? `${weeks}; ${fmt.shortDate(s.startDate)} – ${fmt.shortDate(s.endDate)}` : weeks;
  };
  const slack = (s: ScheduledItem) => (s.slackWeeks === null ? '—' : s.slackWeeks === 0 ? 'none' : `${s.slackWeeks} ${s.slackWeeks === 1 ? 'week' : 'weeks'}`);
  return table(
    [col('Item', 4.2), col('When', 3.2), col('Slack', 1.5), col('Owner', 2.5), col('Depends on', 2.6), col('Decisions and metrics', 3.2)],
    items.map((r) => {
      const s = ctx.scheduled.get(r.id)!;
      const links = [...r.decisionIds.map((id) => ctx.decision(id)?.title ?? id), ...r.metricIds.map((id) => ctx.metric(id)?.name ?? id)];
      const title = [{ text: r.title, bold: true }, ...(r.description ? [`. ${r.description}`] : [])];
      const status = s.blocked ? [toned('  Blocked', 'red')] : s.critical ? [toned('  Critical', 'red', false)] : [];
      return [
        cell(...title, ...status),
        s.blocked ? filled('red', when(s)) : cell(when(s)),
        cell(slack(s)),
        cell(r.ownerId ? ctx.person(r.ownerId) : toned('No owner', 'red')),
        cell(r.dependsOn.length ? r.dependsOn.map((id) => ctx.item(id)?.title ?? id).join('; ') : '—'),
        cell(links.length ? links.join('; ') : '—'),
      ];
    }),
  );
}
