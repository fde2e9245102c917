/** What every card of the page is given: a way to send, and a line to tell the participant something. */
import type { Answer, RoomConnection } from './connection';

export interface CardContext {
  readonly send: RoomConnection['send'];
  /** Says `text` in the status line (read out by screen readers). */
  readonly notify: (text: string) => void;
}

/** Sends, and says so when the room refused; true when it was taken. */
export async function sendAndTell(context: CardContext, body: Parameters<RoomConnection['send']>[0], done: string): Promise<boolean> {
  const answer: Answer = await context.send(body);
  if (answer.type === 'refused') {
    context.notify(`Not sent: ${answer.reason}`);
    return false;
  }
  context.notify(done);
  return true;
}
