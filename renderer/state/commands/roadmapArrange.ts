/**
 * Commands that arrange the roadmap as a whole: move an item to another phase or to another
 * place within its phase (a drag on the Gantt, or Move up/down in the list), and add items
 * from a suggested roadmap. Suggestions are only ever added next to what is there: existing
 * items are never replaced.
 */
import { PHASES, type Phase, type RoadmapItem } from '../../../shared/model';
import { command, type Command } from './command';

const phaseIndex = (p: Phase) => PHASES.indexOf(p);

/**
 * Moves item `id` into `phase`, just before item `beforeId` (which must be in that phase), or
 * after the phase's last item when `beforeId` is null. The rest of the file order is kept, so
 * the move changes only what the person moved.
 */
export const moveRoadmapItem = (id: string, phase: Phase, beforeId: string | null): Command =>
  command('Move roadmap item', (w) => {
    const from = w.roadmap.findIndex((r) => r.id === id);
    if (from < 0 || beforeId === id) return w;
    const item = w.roadmap[from]!;
    const rest = w.roadmap.filter((_, i) => i !== from);
    let at = beforeId === null ? -1 : rest.findIndex((r) => r.id === beforeId && r.phase === phase);
    if (at < 0) {
      // After the last item of this phase, or failing that of any earlier phase.
      at = 0;
      rest.forEach((r, i) => { if (phaseIndex(r.phase) <= phaseIndex(phase)) at = i + 1; });
    }
    const moved = item.phase === phase ? item : { ...item, phase };
    const roadmap = [...rest.slice(0, at), moved, ...rest.slice(at)];
    const unchanged = moved === item && roadmap.every((r, i) => r === w.roadmap[i]);
    return unchanged ? w : { ...w, roadmap };
  });

/** Moves an item one place up or down among the items of its phase (keyboard, list view). */
export const shiftRoadmapItem = (id: string, by: -1 | 1): Command =>
  command(by < 0 ? 'Move roadmap item up' : 'Move roadmap item down', (w, ctx) => {
    const item = w.roadmap.find((r) => r.id === id);
    if (!item) return w;
    const peers = w.roadmap.filter((r) => r.phase === item.phase).map((r) => r.id);
    const at = peers.indexOf(id);
    const to = at + by;
    if (to < 0 || to >= peers.length) return w;
    // Moving down means going before the item two places below (after removal, one below).
    const before = by < 0 ? peers[to]! : peers[to + 1] ?? null;
    return moveRoadmapItem(id, item.phase, before).apply(w, ctx);
  });

/**
 * Adds the suggested items named by `ids` (of `suggestion`, the whole preview), skipping any
 * already on the roadmap. A suggested dependency is kept only when its item is on the roadmap,
 * so accepting item by item never leaves a dangling reference; when a later acceptance adds
 * an item that earlier-accepted suggestions were meant to wait for, that link is made then.
 */
export const acceptSuggestedItems = (suggestion: readonly RoadmapItem[], ids: readonly string[]): Command =>
  command(ids.length === 1 ? 'Add suggested roadmap item' : `Add ${ids.length} suggested roadmap items`, (w) => {
    const present = new Set(w.roadmap.map((r) => r.id));
    const chosen = suggestion.filter((s) => ids.includes(s.id) && !present.has(s.id));
    if (chosen.length === 0) return w;
    const added = new Set(chosen.map((s) => s.id));
    const onRoadmap = new Set([...present, ...added]);
    const original = new Map(suggestion.map((s) => [s.id, s.dependsOn]));

    const linkNew = (r: RoadmapItem): RoadmapItem => {
      const wanted = original.get(r.id);
      if (!wanted) return r;
      const extra = wanted.filter((d) => added.has(d) && !r.dependsOn.includes(d));
      return extra.length === 0 ? r : { ...r, dependsOn: [...r.dependsOn, ...extra] };
    };
    const existing = w.roadmap.map(linkNew);
    const fresh = chosen.map((s) => ({ ...s, dependsOn: s.dependsOn.filter((d) => onRoadmap.has(d)) }));
    return { ...w, roadmap: [...existing, ...fresh] };
  });
