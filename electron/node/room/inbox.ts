/**
 * The facilitator's inbox: parking-lot items and proposed observations waiting to be accepted or
 * rejected. The room only holds and relays them; the app applies an accepted one to the workbook
 * as an undoable command. The sender is kept (to tell them the outcome) even when the item
 * reached the facilitator without a name.
 */
import type { InboxItem, Refusal } from '../../../shared/room';
import { ROOM_LIMITS } from '../../../shared/room/limits';

interface Entry { readonly item: InboxItem; readonly senderId: string }

export class Inbox {
  private readonly entries = new Map<string, Entry>();

  add(item: InboxItem, senderId: string): Refusal | null {
    if (this.entries.size >= ROOM_LIMITS.inboxItems) {
      return { code: 'inbox-full', reason: `The facilitator's inbox is full (${ROOM_LIMITS.inboxItems} items): wait until some are settled.` };
    }
    let fromSender = 0;
    for (const e of this.entries.values()) if (e.senderId === senderId) fromSender++;
    if (fromSender >= ROOM_LIMITS.inboxItemsPerParticipant) {
      return { code: 'inbox-full', reason: `You have ${fromSender} items waiting in the facilitator's inbox: wait until some are settled.` };
    }
    this.entries.set(item.id, { item, senderId });
    return null;
  }

  /** Takes an item out of the inbox; null when there is no such item (settled already, or never sent). */
  settle(itemId: string): Entry | null {
    const entry = this.entries.get(itemId);
    if (!entry) return null;
    this.entries.delete(itemId);
    return entry;
  }

  list(): InboxItem[] {
    return [...this.entries.values()].map((e) => e.item);
  }

  clear(): void {
    this.entries.clear();
  }
}
