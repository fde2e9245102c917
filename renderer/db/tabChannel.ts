/**
 * The tabs and windows of one browser profile talking about their workbooks: which one is open
 * where (for the warning that a workbook is open twice) and which revision was just written (so a
 * tab on an older revision is told before anyone types into it). A BroadcastChannel, where the
 * browser has one; without it nothing is said, and the revision check on every write still keeps
 * tabs from overwriting each other. Messages come from any page of this origin, so each one is
 * checked before it is believed.
 */

export type TabMessage =
  | { readonly kind: 'opened' | 'here' | 'closed'; readonly workbookId: string; readonly tab: string }
  | { readonly kind: 'written'; readonly workbookId: string; readonly revision: number; readonly tab: string };

type WithoutTab<M> = M extends unknown ? Omit<M, 'tab'> : never;
type Outgoing = WithoutTab<TabMessage>;

export interface TabChannel {
  /** This page's id: messages carry it, and a page never hears its own. */
  readonly tab: string;
  post(message: Outgoing): void;
  /** Returns the unsubscribe function. */
  listen(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export const TAB_CHANNEL_NAME = 'sprintbook-tabs';

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (typeof m.workbookId !== 'string' || typeof m.tab !== 'string') return false;
  if (m.kind === 'opened' || m.kind === 'here' || m.kind === 'closed') return true;
  return m.kind === 'written' && typeof m.revision === 'number' && Number.isSafeInteger(m.revision) && m.revision >= 0;
}

/** The page's channel to its sibling tabs (a silent one where BroadcastChannel is missing). */
export function openTabChannel(name = TAB_CHANNEL_NAME, tab = randomId()): TabChannel {
  const listeners = new Set<(message: TabMessage) => void>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isTabMessage(event.data) || event.data.tab === tab) return;
      for (const listener of [...listeners]) listener(event.data);
    };
  }
  return {
    tab,
    post(message) {
      try {
        channel?.postMessage({ ...message, tab });
      } catch {
        // A closed channel (the page is going away): the revision check still holds.
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}

/** A channel that says and hears nothing (tests, and pages without BroadcastChannel). */
export const SILENT_CHANNEL: TabChannel = {
  tab: 'silent',
  post: () => undefined,
  listen: () => () => undefined,
  close: () => undefined,
};

let page: TabChannel = SILENT_CHANNEL;

/** The page's channel (set once at startup; silent until then and in tests that do not set one). */
export function pageChannel(): TabChannel {
  return page;
}

export function setPageChannel(channel: TabChannel | null): void {
  page = channel ?? SILENT_CHANNEL;
}
