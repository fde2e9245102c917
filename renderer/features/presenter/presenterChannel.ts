/**
 * The facilitator's window and its presenter windows talk over a BroadcastChannel of their
 * origin, as the app's tabs already do (db/tabChannel.ts): the facilitator sends a frame on
 * every change, and a presenter window that opens (or reloads) says hello and gets the
 * current frame at once. Messages can come from any page of the origin, so each is checked
 * before it is believed.
 */
import type { PresenterFrame } from './presenterFrame';

export const PRESENTER_CHANNEL_NAME = 'sprintbook-presenter';

export type PresenterMessage =
  | { readonly kind: 'hello'; readonly workbookId: string }
  | { readonly kind: 'frame'; readonly workbookId: string; readonly frame: PresenterFrame }
  | { readonly kind: 'closed'; readonly workbookId: string };

export function isPresenterMessage(value: unknown): value is PresenterMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (typeof m.workbookId !== 'string') return false;
  if (m.kind === 'hello' || m.kind === 'closed') return true;
  if (m.kind !== 'frame' || !m.frame || typeof m.frame !== 'object') return false;
  const f = m.frame as Record<string, unknown>;
  return f.workbookId === m.workbookId && typeof f.title === 'string' && !!f.stage && !!f.verdict && !!f.day;
}

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  /** Messages about `workbookId` only; returns the unsubscribe function. */
  listen(workbookId: string, listener: (message: PresenterMessage) => void): () => void;
  close(): void;
}

/** A silent channel where the browser has no BroadcastChannel. */
export function openPresenterChannel(name = PRESENTER_CHANNEL_NAME): PresenterChannel {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // The page is going away; the presenter keeps its last frame.
      }
    },
    listen(workbookId, listener) {
      const handle = (event: MessageEvent<unknown>) => {
        if (isPresenterMessage(event.data) && event.data.workbookId === workbookId) listener(event.data);
      };
      channel?.addEventListener('message', handle);
      return () => channel?.removeEventListener('message', handle);
    },
    close() {
      channel?.close();
    },
  };
}
