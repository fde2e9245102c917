/**
 * What the facilitator puts up for the room, built from one record of the workbook: a decision
 * (title, description, suggested and adopted tier), a metric (name, unit, direction, baseline,
 * target and its latest observations), an agenda block with its timer, or the open
 * parking-lot items for dot voting. Each is cut to the protocol's limits here, so a long title
 * is shortened rather than refused by the room, and nothing else of the workbook goes out.
 */
import agendaJson from '../../templates/agenda.json';
import { policyOf, suggestTier } from '../../shared/logic';
import type { Workbook } from '../../shared/model';
import { normalizeText, ROOM_LIMITS, type Focus, type OpenItem, type Timer } from '../../shared/room';

/** `s` normalised as the room will and cut to `max` characters (with an ellipsis), never empty. */
export function fit(s: string, max: number, fallback: string): string {
  // The room refuses control characters and bidi overrides: a record holding one is cleaned, not refused.
  // eslint-disable-next-line no-control-regex
  const t = normalizeText(normalizeText(s).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/gu, ' '));
  if (t === '') return fallback;
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

const safeId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export function welcomeFocus(title: string): Focus {
  return { kind: 'welcome', title: fit(title, ROOM_LIMITS.titleChars, 'Welcome') };
}

export function decisionFocus(w: Workbook, decisionId: string): Focus | null {
  const d = w.decisions.find((x) => x.id === decisionId);
  if (!d || !safeId(d.id)) return null;
  const description = d.description ? normalizeText(d.description) : '';
  return {
    kind: 'decision',
    decision: {
      id: d.id,
      title: fit(d.title, ROOM_LIMITS.titleChars, 'Untitled decision'),
      ...(description ? { description: fit(description, ROOM_LIMITS.descriptionChars, '') } : {}),
      suggestedTier: suggestTier(d, policyOf(w)).tier,
      ...(d.tier ? { tier: d.tier } : {}),
    },
  };
}

export function metricFocus(w: Workbook, metricId: string): Focus | null {
  const m = w.metrics.find((x) => x.id === metricId);
  if (!m || !safeId(m.id)) return null;
  const recent = [...m.observations]
    .filter((o) => Number.isFinite(o.value) && Math.abs(o.value) <= 1e12 && /^\d{4}-\d{2}-\d{2}$/.test(o.date))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-ROOM_LIMITS.recentObservations)
    .map((o) => ({ date: o.date, value: o.value }));
  return {
    kind: 'metric',
    metric: {
      id: m.id,
      name: fit(m.name, ROOM_LIMITS.titleChars, 'Untitled metric'),
      unit: fit(m.unit, 40, ''),
      direction: m.direction,
      ...(m.baseline ? { baseline: m.baseline.value } : {}),
      ...(m.target ? { target: m.target.value } : {}),
      recent,
    },
  };
}

export function blockFocus(day: number, title: string, minutes: number, timer?: Timer): Focus {
  return {
    kind: 'block',
    day: Math.min(10, Math.max(1, Math.round(day))),
    title: fit(title, ROOM_LIMITS.titleChars, `Day ${day}`),
    minutes: Math.min(480, Math.max(1, Math.round(minutes))),
    ...(timer ? { timer } : {}),
  };
}

/** The open parking-lot items, as the room lists them for dot voting (the first 50). */
export function openItemsOf(w: Workbook): OpenItem[] {
  return (w.parkingLot ?? [])
    .filter((p) => p.status === 'open' && safeId(p.id))
    .slice(0, ROOM_LIMITS.openItems)
    .map((p) => ({ id: p.id, text: fit(p.text, ROOM_LIMITS.itemChars, 'Untitled item') }));
}

export interface AgendaBlockChoice { readonly day: number; readonly index: number; readonly title: string; readonly minutes: number }

/** Each day's blocks: the workbook's own, or the default agenda's when the day has none (DOMAIN.md). */
export function agendaBlocks(w: Workbook): AgendaBlockChoice[] {
  const defaults = agendaJson as readonly { readonly day: number; readonly blocks?: readonly { readonly title: string; readonly minutes: number }[] }[];
  return defaults.flatMap((d) => {
    const own = w.sprint.days.find((x) => x.day === d.day)?.blocks ?? [];
    const blocks = own.length > 0 ? own : d.blocks ?? [];
    return blocks.map((b, index) => ({ day: d.day, index, title: b.title, minutes: b.minutes }));
  });
}
