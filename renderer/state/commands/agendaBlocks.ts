/**
 * Commands on a sprint day's timeboxed blocks (DOMAIN.md 1.1): add, rename, re-time, reorder,
 * tick and remove. A day without blocks of its own shows the default agenda's
 * (templates/agenda.json); the first edit of such a day writes those defaults with the edit
 * into the workbook, so the screen changes only by the edit itself. Titles and minutes are
 * checked here too (parseBlockMinutes, checkBlockTitle), so a screen cannot store what the file
 * format would refuse.
 */
import agendaJson from '../../../templates/agenda.json';
import type { SprintBlock, SprintDay, Workbook } from '../../../shared/model';
import { command, type Command } from './command';

export const BLOCK_MINUTES_MIN = 1;
export const BLOCK_MINUTES_MAX = 480;

const DEFAULT_BLOCKS: ReadonlyMap<number, readonly SprintBlock[]> = new Map(
  (agendaJson as readonly { day: number; blocks?: readonly SprintBlock[] }[]).map((d) => [d.day, d.blocks ?? []]),
);

/** The default agenda's blocks for `day` (none for a day the agenda does not have). */
export function defaultBlocks(day: number): readonly SprintBlock[] {
  return DEFAULT_BLOCKS.get(day) ?? [];
}

/** The blocks a day shows: its own, or the default agenda's while it has none. */
export function dayBlocks(w: Workbook, day: number): readonly SprintBlock[] {
  const own = w.sprint.days.find((d) => d.day === day)?.blocks ?? [];
  return own.length > 0 ? own : defaultBlocks(day);
}

/** True while a day shows the default agenda's blocks rather than its own. */
export function usesDefaultBlocks(w: Workbook, day: number): boolean {
  return (w.sprint.days.find((d) => d.day === day)?.blocks ?? []).length === 0;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Minutes as typed: a whole number from 1 to 480, or a message saying what is wrong with it. */
export function parseBlockMinutes(text: string): Checked<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Give the block a length in minutes (1 to 480).' };
  const n = Number(trimmed);
  if (!Number.isFinite(n) || !/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: `“${trimmed}” is not a number of minutes: type a whole number from 1 to 480.` };
  if (!Number.isInteger(n)) return { ok: false, message: `A block lasts whole minutes: ${trimmed} is not one (1 to 480).` };
  if (n < BLOCK_MINUTES_MIN) return { ok: false, message: 'A block lasts at least 1 minute.' };
  if (n > BLOCK_MINUTES_MAX) return { ok: false, message: `A block lasts at most 480 minutes (8 hours); ${n} is more. Split it into two blocks.` };
  return { ok: true, value: n };
}

export function checkBlockTitle(text: string): Checked<string> {
  const title = text.trim();
  return title === '' ? { ok: false, message: 'A block needs a title.' } : { ok: true, value: title };
}

function validMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < BLOCK_MINUTES_MIN || minutes > BLOCK_MINUTES_MAX) {
    throw new RangeError(`A block lasts 1 to 480 whole minutes, not ${minutes}.`);
  }
  return minutes;
}

/** Edits `day`'s shown blocks (its own, or the defaults written in), adding the day when missing. */
function editBlocks(label: string, day: number, update: (blocks: readonly SprintBlock[]) => readonly SprintBlock[], coalesce?: string): Command {
  return command(label, (w) => {
    const shown = dayBlocks(w, day);
    const next = update(shown);
    if (next === shown) return w;
    const i = w.sprint.days.findIndex((d) => d.day === day);
    const before: SprintDay = i >= 0 ? w.sprint.days[i]! : { day, done: false, blocks: [] };
    const after: SprintDay = { ...before, blocks: next };
    const days = i >= 0 ? w.sprint.days.map((d, j) => (j === i ? after : d)) : [...w.sprint.days, after].sort((a, b) => a.day - b.day);
    return { ...w, sprint: { ...w.sprint, days } };
  }, coalesce === undefined ? {} : { coalesce });
}

function replaceAt(blocks: readonly SprintBlock[], index: number, update: (b: SprintBlock) => SprintBlock): readonly SprintBlock[] {
  const block = blocks[index];
  if (!block) return blocks;
  const next = update(block);
  return next === block ? blocks : blocks.map((b, j) => (j === index ? next : b));
}

export const addBlock = (day: number, title: string, minutes: number): Command => {
  const block: SprintBlock = { title: title.trim() || 'New block', minutes: validMinutes(minutes) };
  return editBlocks(`Add block to day ${day}`, day, (blocks) => [...blocks, block]);
};

/** Typing a title is one undo entry per burst; an empty title is not stored (the screen says why). */
export const renameBlock = (day: number, index: number, title: string): Command =>
  editBlocks(`Rename block of day ${day}`, day, (blocks) => replaceAt(blocks, index, (b) => {
    const next = title.trim();
    return next === '' || next === b.title ? b : { ...b, title: next };
  }), `block-title-${day}-${index}`);

export const retimeBlock = (day: number, index: number, minutes: number): Command => {
  const valid = validMinutes(minutes);
  return editBlocks(`Change length of block of day ${day}`, day, (blocks) => replaceAt(blocks, index, (b) => (b.minutes === valid ? b : { ...b, minutes: valid })));
};

/** Moves the block at `from` to position `to` (clamped to the list). */
export const moveBlock = (day: number, from: number, to: number): Command =>
  editBlocks(`Reorder blocks of day ${day}`, day, (blocks) => {
    const target = Math.max(0, Math.min(blocks.length - 1, to));
    if (from === target || !blocks[from]) return blocks;
    const copy = blocks.slice();
    const [moved] = copy.splice(from, 1);
    copy.splice(target, 0, moved!);
    return copy;
  });

/** Ticking keeps the file tidy: an unticked block has no `done` key. */
export const setBlockDone = (day: number, index: number, done: boolean): Command =>
  editBlocks(done ? `Tick block of day ${day}` : `Untick block of day ${day}`, day, (blocks) => replaceAt(blocks, index, (b) => {
    if ((b.done ?? false) === done) return b;
    if (done) return { ...b, done: true };
    const { done: _dropped, ...rest } = b;
    return rest;
  }));

/** Removing the last block leaves the day empty, which shows the defaults again: say so on screen. */
export const removeBlock = (day: number, index: number): Command =>
  editBlocks(`Remove block from day ${day}`, day, (blocks) => (blocks[index] ? blocks.filter((_, j) => j !== index) : blocks));
