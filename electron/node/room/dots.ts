/**
 * Dot voting on the open parking-lot items the facilitator lists: each participant has `dots`
 * dots, at most one per item. Participants see only their own dots; the facilitator sees the
 * counts, never who put them (dot votes are always anonymous).
 */
import type { DotTally, OpenItem, Refusal } from '../../../shared/room';

export class DotBoard {
  private itemList: readonly OpenItem[] = [];
  private perParticipant = 0;
  private readonly placed = new Map<string, string[]>();

  get items(): readonly OpenItem[] {
    return this.itemList;
  }

  get dots(): number {
    return this.perParticipant;
  }

  /** New open items and dot count: dots on items still listed stay, up to the new count. */
  set(items: readonly OpenItem[], dots: number): void {
    this.itemList = items;
    this.perParticipant = dots;
    const listed = new Set(items.map((i) => i.id));
    for (const [participantId, ids] of this.placed) this.placed.set(participantId, ids.filter((id) => listed.has(id)).slice(0, dots));
  }

  toggle(participantId: string, itemId: string, on: boolean): Refusal | null {
    if (this.perParticipant === 0) return { code: 'unknown-item', reason: 'Dot voting is not open.' };
    if (!this.itemList.some((i) => i.id === itemId)) return { code: 'unknown-item', reason: 'That item is not open for dot voting any more.' };
    const mine = this.placed.get(participantId) ?? [];
    if (!on) {
      this.placed.set(participantId, mine.filter((id) => id !== itemId));
      return null;
    }
    if (mine.includes(itemId)) return null;
    if (mine.length >= this.perParticipant) {
      return { code: 'no-dots-left', reason: `You have placed all ${this.perParticipant} of your dots: take one off first.` };
    }
    this.placed.set(participantId, [...mine, itemId]);
    return null;
  }

  mine(participantId: string): string[] {
    return this.placed.get(participantId) ?? [];
  }

  drop(participantId: string): void {
    this.placed.delete(participantId);
  }

  tallies(): DotTally[] {
    const counts = new Map(this.itemList.map((i) => [i.id, 0]));
    for (const ids of this.placed.values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].map(([itemId, count]) => ({ itemId, count }));
  }

  clear(): void {
    this.itemList = [];
    this.perParticipant = 0;
    this.placed.clear();
  }
}
