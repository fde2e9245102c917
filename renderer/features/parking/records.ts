/**
 * Words for the parking lot's screens: what a converted item became (found by its id across the
 * kinds a conversion makes), when an item was raised, and the conversions offered.
 */
import type { ParkingItem, Workbook } from '../../../shared/model';
import type { ParkingConversion } from '../../state/commands';
import type { JumpKind } from '../../state/recordJump';

export interface MadeRecord {
  readonly kind: JumpKind;
  /** "decision", "roadmap item" … */
  readonly noun: string;
  readonly name: string;
}

/** The record a converted item became, or null when it has none (or it was removed since). */
export function madeRecord(w: Workbook, item: ParkingItem): MadeRecord | null {
  const id = item.convertedTo;
  if (!id) return null;
  const d = w.decisions.find((x) => x.id === id);
  if (d) return { kind: 'decision', noun: 'decision', name: d.title };
  const m = w.metrics.find((x) => x.id === id);
  if (m) return { kind: 'metric', noun: 'metric', name: m.name };
  const r = w.roadmap.find((x) => x.id === id);
  if (r) return { kind: 'roadmapItem', noun: 'roadmap item', name: r.title };
  const p = w.people.find((x) => x.id === id);
  if (p) return { kind: 'person', noun: 'person', name: p.name };
  return null;
}

export const CONVERSIONS: readonly { readonly kind: ParkingConversion; readonly label: string; readonly jump: JumpKind }[] = [
  { kind: 'decision', label: 'Decision', jump: 'decision' },
  { kind: 'metric', label: 'Metric', jump: 'metric' },
  { kind: 'roadmap', label: 'Roadmap item', jump: 'roadmapItem' },
  { kind: 'person', label: 'Person', jump: 'person' },
];

/** "2 Nov 2026, 09:30" in the workbook's locale and the viewer's time zone; the raw text if it is not a time. */
export function raisedWhen(raisedAt: string, locale: string | undefined): string {
  const t = Date.parse(raisedAt);
  if (Number.isNaN(t)) return raisedAt;
  try {
    return new Intl.DateTimeFormat(locale ?? 'en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(t);
  } catch {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(t);
  }
}

/** A question shortened for a toast. */
export const shortText = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
