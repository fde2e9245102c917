/**
 * The parking lot: a question or idea goes to the facilitator's inbox, and the list below says
 * what became of each (waiting, accepted, not taken). When the facilitator opens dot voting,
 * the open items are listed with a dot to put on (or take off) each, up to the dots one has.
 */
import type { ParticipantRoomView } from '../../shared/room/server-messages';
import { ROOM_LIMITS } from '../../shared/room/limits';
import { sendAndTell, type CardContext } from './context';
import { fill, h, show } from './dom';

const STATUS = { pending: 'Waiting', accepted: 'Accepted', rejected: 'Not taken' } as const;

export function parkingCard(context: CardContext) {
  const input = h('input', { type: 'text', name: 'item', maxlength: String(ROOM_LIMITS.itemChars), autocomplete: 'off', placeholder: 'A question or idea for later', 'aria-label': 'Parking-lot item', enterkeyhint: 'send' });
  const form = h('form', { class: 'row' }, input, h('button', { type: 'submit' }, 'Add'));
  const anonymousNote = h('p', { class: 'note' }, 'Anonymous: the facilitator sees the item, not your name.');
  const sent = h('ul', { class: 'sent', 'aria-label': 'What you sent' });
  const element = h('section', { class: 'card', 'aria-labelledby': 'parking-title' }, h('h2', { id: 'parking-title' }, 'Parking lot'), form, anonymousNote, sent);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim() === '') return;
    void sendAndTell(context, { type: 'park', text: input.value }, 'Sent to the facilitator’s inbox.').then((ok) => {
      if (ok) input.value = '';
    });
  });

  let shown: ParticipantRoomView['submissions'] | null = null;
  return {
    element,
    update(room: ParticipantRoomView) {
      show(anonymousNote, room.anonymity.parking);
      if (room.submissions === shown) return;
      shown = room.submissions;
      fill(sent, ...[...room.submissions].reverse().map((s) => h('li', {},
        h('span', { dir: 'auto' }, s.summary),
        h('span', { class: `status status-${s.status}` }, STATUS[s.status]))));
    },
  };
}

export function dotsCard(context: CardContext) {
  const left = h('p', { class: 'muted' });
  const list = h('ul', { class: 'dots' });
  const element = h('section', { class: 'card', 'aria-labelledby': 'dots-title' }, h('h2', { id: 'dots-title' }, 'Dot vote'), left, list);
  let key = '';

  return {
    element,
    update(room: ParticipantRoomView) {
      const open = room.dots > 0 && room.openItems.length > 0;
      show(element, open);
      if (!open) return;
      const remaining = room.dots - room.myDots.length;
      left.textContent = `${remaining} of ${room.dots} dots left. Votes stay with the facilitator.`;
      const next = JSON.stringify([room.openItems, room.myDots, room.dots]);
      if (next === key) return;
      key = next;
      fill(list, ...room.openItems.map((item) => {
        const on = room.myDots.includes(item.id);
        const button = h('button', { type: 'button', class: 'dot', 'aria-pressed': String(on), disabled: !on && remaining <= 0, 'aria-label': `${on ? 'Take the dot off' : 'Put a dot on'}: ${item.text}` }, on ? '●' : '○');
        button.addEventListener('click', () => void sendAndTell(context, { type: 'dot', itemId: item.id, on: !on }, on ? 'Dot taken off.' : 'Dot placed.'));
        return h('li', {}, button, h('span', { dir: 'auto' }, item.text));
      }));
    },
  };
}
