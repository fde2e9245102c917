/**
 * The facilitator's picture of the room, rebuilt from the server's messages by one pure function,
 * so the app can keep it in a store (a new object after every change, for React) and the tests
 * can check it message by message.
 */
import type { FacilitatorSnapshot, ServerToFacilitator } from './server-messages';

export type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'ended';

export interface FacilitatorView extends FacilitatorSnapshot {
  readonly connection: Connection;
}

export const EMPTY_VIEW: FacilitatorView = {
  connection: 'connecting',
  title: '',
  locked: false,
  anonymity: { vote: false, parking: false, observation: false },
  focus: { kind: 'welcome', title: '' },
  openItems: [],
  dots: 0,
  participants: [],
  inbox: [],
  vote: null,
  result: null,
  tallies: [],
  counters: { total: 0, byCode: {} },
};

/** The view after `message`; the same object when the message changes nothing in it (ack, refused). */
export function applyToView(view: FacilitatorView, message: ServerToFacilitator): FacilitatorView {
  switch (message.type) {
    case 'ready':
      return { ...message.room, connection: 'open' };
    case 'room':
      return { ...view, locked: message.locked, anonymity: message.anonymity, focus: message.focus, openItems: message.openItems, dots: message.dots };
    case 'participants':
      return { ...view, participants: message.participants };
    case 'item':
      return view.inbox.some((i) => i.id === message.item.id) ? view : { ...view, inbox: [...view.inbox, message.item] };
    case 'settled':
      return { ...view, inbox: view.inbox.filter((i) => i.id !== message.itemId) };
    case 'vote':
      // A new vote clears the previous result; the same vote keeps it.
      return { ...view, vote: message.vote, result: message.vote && view.result?.voteId === message.vote.voteId ? view.result : null };
    case 'revealed':
      return { ...view, result: message.result };
    case 'dots':
      return { ...view, tallies: message.tallies };
    case 'counters':
      return { ...view, counters: message.counters };
    case 'ended':
      return { ...view, connection: 'ended' };
    case 'ack':
    case 'refused':
      return view;
  }
}
