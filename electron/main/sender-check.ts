/**
 * Who may call the Host over IPC: only the main frame of the main window, showing the app's
 * own origin. A subframe (a blob preview), a page that somehow navigated elsewhere, or a frame
 * that is already gone gets nothing, whatever it sends.
 */
import { originOf } from './app-origin';

/** What is known about the frame that sent an IPC message (from `event.senderFrame`). */
export interface SenderFrame {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  /** True when the frame has no parent. */
  readonly isMainFrame: boolean;
}

/** The main window's main frame, as it is now. */
export interface TrustedFrame {
  readonly processId: number;
  readonly routingId: number;
}

export function isTrustedSender(sender: SenderFrame | null, trusted: TrustedFrame | null, appOrigin: string): boolean {
  if (sender === null || trusted === null) return false;
  if (!sender.isMainFrame) return false;
  if (sender.processId !== trusted.processId || sender.routingId !== trusted.routingId) return false;
  return originOf(sender.url) === appOrigin;
}
