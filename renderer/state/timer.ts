/**
 * The timer of the running agenda block: start, pause, resume, five more minutes, and an end
 * that shows (and, when asked, sounds). It is the room's clock, not part of the workbook: kept
 * per workbook in this profile's localStorage (so a reload, a second window or the room's page
 * reads the same timer), never in the `.sprintbook` file and never in undo history.
 *
 * A running timer stores its end time rather than a count, so it keeps running while the page
 * is closed and comes back with the right time left; a paused one stores what was left.
 * Other windows of the profile hear every change through the `storage` event.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The agenda block being timed: where it is, and what it was called and how long it was when started. */
export interface TimedBlock {
  readonly day: number;
  readonly index: number;
  readonly title: string;
  readonly minutes: number;
}

export type TimerRun =
  | { readonly status: 'running'; readonly block: TimedBlock; readonly endsAt: number }
  | { readonly status: 'paused'; readonly block: TimedBlock; readonly remainingMs: number };

export interface TimerRecord {
  /** Null when no block is being timed. */
  readonly run: TimerRun | null;
  /** A short beep at the end; off unless the facilitator turns it on. */
  readonly sound: boolean;
}

const MINUTE = 60_000;
export const EMPTY_TIMER: TimerRecord = { run: null, sound: false };

// ---- pure steps -------------------------------------------------------------------------------

export function startRun(block: TimedBlock, now: number): TimerRun {
  return { status: 'running', block, endsAt: now + block.minutes * MINUTE };
}

/** Time left in ms; negative once the block has overrun. */
export function remainingMs(run: TimerRun, now: number): number {
  return run.status === 'running' ? run.endsAt - now : run.remainingMs;
}

export function pauseRun(run: TimerRun, now: number): TimerRun {
  return run.status === 'paused' ? run : { status: 'paused', block: run.block, remainingMs: run.endsAt - now };
}

export function resumeRun(run: TimerRun, now: number): TimerRun {
  return run.status === 'running' ? run : { status: 'running', block: run.block, endsAt: now + run.remainingMs };
}

/** Adds time; an overrun block gets the minutes counted from now, not from its old end. */
export function extendRun(run: TimerRun, minutes: number, now: number): TimerRun {
  const left = Math.max(0, remainingMs(run, now)) + minutes * MINUTE;
  return run.status === 'running' ? { ...run, endsAt: now + left } : { ...run, remainingMs: left };
}

/** "12:05", "0:09", or "−1:30" once over; whole seconds, rounded up while counting down. */
export function formatRemaining(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `−${text}` : text;
}

// ---- persistence ------------------------------------------------------------------------------

export const timerKey = (workbookId: string): string => `sprintbook.timer.${workbookId}`;

function isBlock(v: unknown): v is TimedBlock {
  const b = v as Record<string, unknown> | null;
  return !!b && typeof b === 'object' && Number.isInteger(b.day) && Number.isInteger(b.index)
    && typeof b.title === 'string' && typeof b.minutes === 'number' && Number.isFinite(b.minutes);
}

/** What `text` holds, when it is a timer this version wrote; anything else is no timer. */
export function parseTimer(text: string | null): TimerRecord {
  if (!text) return EMPTY_TIMER;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return EMPTY_TIMER;
  }
  if (!v || typeof v !== 'object') return EMPTY_TIMER;
  const sound = v.sound === true;
  const r = v.run as Record<string, unknown> | null | undefined;
  if (!r || typeof r !== 'object' || !isBlock(r.block)) return { run: null, sound };
  if (r.status === 'running' && typeof r.endsAt === 'number' && Number.isFinite(r.endsAt)) {
    return { run: { status: 'running', block: r.block, endsAt: r.endsAt }, sound };
  }
  if (r.status === 'paused' && typeof r.remainingMs === 'number' && Number.isFinite(r.remainingMs)) {
    return { run: { status: 'paused', block: r.block, remainingMs: r.remainingMs }, sound };
  }
  return { run: null, sound };
}

// ---- the store --------------------------------------------------------------------------------

export interface TimerState extends TimerRecord {
  start(block: TimedBlock): void;
  pause(): void;
  resume(): void;
  addMinutes(minutes: number): void;
  stop(): void;
  setSound(on: boolean): void;
}

export interface TimerEnvironment {
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Where `storage` events arrive from other windows; none in tests that do not need it. */
  readonly events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly now: () => number;
}

export type TimerStore = StoreApi<TimerState> & { dispose(): void };

export function createTimerStore(workbookId: string, env: TimerEnvironment): TimerStore {
  const key = timerKey(workbookId);
  const read = (): TimerRecord => {
    try {
      return parseTimer(env.storage?.getItem(key) ?? null);
    } catch {
      return EMPTY_TIMER; // storage refused (private mode, a policy): the timer still works for this page
    }
  };
  const write = (record: TimerRecord) => {
    try {
      if (record.run === null && !record.sound) env.storage?.removeItem(key);
      else env.storage?.setItem(key, JSON.stringify({ run: record.run, sound: record.sound }));
    } catch {
      // As above: this page keeps its timer, a reload will not.
    }
  };
  const store = createStore<TimerState>()((set, get) => {
    const change = (update: (r: TimerRecord) => TimerRecord) => {
      const before: TimerRecord = { run: get().run, sound: get().sound };
      const after = update(before);
      if (after.run === before.run && after.sound === before.sound) return;
      set(after);
      write(after);
    };
    const onRun = (step: (run: TimerRun, now: number) => TimerRun) => change((r) => (r.run ? { ...r, run: step(r.run, env.now()) } : r));
    return {
      ...read(),
      start: (block) => change((r) => ({ ...r, run: startRun(block, env.now()) })),
      pause: () => onRun(pauseRun),
      resume: () => onRun(resumeRun),
      addMinutes: (minutes) => onRun((run, now) => extendRun(run, minutes, now)),
      stop: () => change((r) => ({ ...r, run: null })),
      setSound: (on) => change((r) => ({ ...r, sound: on })),
    };
  });
  const onStorage = (e: Event) => {
    const se = e as StorageEvent;
    if (se.key === key || se.key === null) store.setState(read());
  };
  env.events?.addEventListener('storage', onStorage);
  return Object.assign(store, { dispose: () => env.events?.removeEventListener('storage', onStorage) });
}

const pageStores = new Map<string, TimerStore>();

/**
 * The page's timer for `workbookId`: one store per workbook per page, shared by the top bar, the
 * agenda and the presenter view (and the room, which reads it to show the block to participants).
 */
export function timerFor(workbookId: string): TimerStore {
  let store = pageStores.get(workbookId);
  if (!store) {
    const storage = typeof localStorage === 'undefined' ? null : localStorage;
    store = createTimerStore(workbookId, { storage, events: typeof window === 'undefined' ? undefined : window, now: () => Date.now() });
    pageStores.set(workbookId, store);
  }
  return store;
}
