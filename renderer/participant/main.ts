/**
 * The participant page: joins the room named by the link (/j/<room token>) under a display
 * name, then shows what the facilitator puts up and lets the participant vote, park an item,
 * dot-vote and propose an observation. Vanilla TypeScript and the DOM, so the page a phone
 * downloads stays a few kilobytes; every text is set as text (dom.ts).
 */
import type { ParticipantRoomView } from '../../shared/room/server-messages';
import { ROOM_LIMITS } from '../../shared/room/limits';
import { RoomConnection } from './connection';
import type { CardContext } from './context';
import { fill, h, show } from './dom';
import { nowCard } from './now-card';
import { dotsCard, parkingCard } from './parking-card';
import { applyToRoom } from './state';
import { voteCard } from './vote-card';

const roomToken = location.pathname.split('/').filter(Boolean)[1] ?? '';
const app = document.getElementById('app')!;

const title = h('h1', { dir: 'auto' }, 'Workshop room');
const who = h('span', { class: 'me', dir: 'auto' });
const online = h('span', { class: 'online', role: 'status' }, 'Connecting…');
const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
let quiet: ReturnType<typeof setTimeout> | undefined;
/** Says `text` in the status line for a while (a stale "Dot placed." would mislead later). */
const notify = (text: string) => {
  status.textContent = text;
  clearTimeout(quiet);
  quiet = setTimeout(() => {
    status.textContent = '';
  }, 8000);
};

const connection = new RoomConnection(roomToken, {
  message(message) {
    if (message.type === 'refused' && message.ref === undefined) {
      // A resume the room does not know: ask for a name.
      if (message.code === 'unknown-token') return showJoin();
      notify(message.reason);
    }
    if (message.type === 'bye') return showGone(message.message);
    if (message.type === 'welcome') who.textContent = message.participant.name;
    room = applyToRoom(room, message);
    if (room) showRoom(room);
  },
  online(isOnline) {
    online.textContent = isOnline ? 'Connected' : 'Reconnecting…';
    online.classList.toggle('offline', !isOnline);
  },
  final(code, reason) {
    // The room says why in its `bye` before closing; the close reason is for when it could not.
    if (gone) return;
    showGone(code === 4011 ? 'This room is open in another tab or on another device.' : reason || 'The room has closed.');
  },
});
const context: CardContext = { send: (body) => connection.send(body), notify };

// ——— Join ———
const name = h('input', { type: 'text', name: 'name', maxlength: String(ROOM_LIMITS.displayNameChars), autocomplete: 'nickname', required: true, 'aria-label': 'Your name', placeholder: 'Your name', enterkeyhint: 'go' });
const joinButton = h('button', { type: 'submit', class: 'primary' }, 'Join');
const joinForm = h('form', { class: 'join' }, h('label', { for: 'name' }, 'Your name, as the room will see it'), name, joinButton);
name.id = 'name';
const joinView = h('section', { class: 'card' }, h('h2', {}, 'Join the workshop'), joinForm,
  h('p', { class: 'muted' }, 'No account needed. What you send goes to the facilitator, who decides what enters the workbook.'));
joinForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (name.value.trim() === '') return;
  joinButton.disabled = true;
  void connection.send({ type: 'join', name: name.value }).then((answer) => {
    joinButton.disabled = false;
    if (answer.type === 'refused') notify(`Could not join: ${answer.reason}`);
  });
});

// ——— In the room ———
const cards = [nowCard(context), voteCard(context), dotsCard(context), parkingCard(context)];
const leave = h('button', { type: 'button', class: 'quiet' }, 'Leave the room');
leave.addEventListener('click', () => {
  if (confirm('Leave the room? You can join again with the link.')) void connection.send({ type: 'leave' });
});
const roomView = h('div', { class: 'room' }, ...cards.map((c) => c.element), h('footer', {}, leave));
const goneView = h('section', { class: 'card gone' });

let room: ParticipantRoomView | null = null;

function screen(view: HTMLElement): void {
  for (const v of [joinView, roomView, goneView]) show(v, v === view);
}

function showJoin(): void {
  room = null;
  name.value ||= connection.saved?.name ?? '';
  screen(joinView);
}

function showRoom(view: ParticipantRoomView): void {
  title.textContent = view.title;
  document.title = `${view.title} — Sprintbook room`;
  for (const card of cards) card.update(view);
  screen(roomView);
}

let gone = false;

function showGone(message: string): void {
  gone = true;
  fill(goneView, h('h2', {}, 'You are no longer in the room'), h('p', {}, message));
  online.textContent = 'Disconnected';
  online.classList.add('offline');
  screen(goneView);
}

fill(app, h('header', {}, h('p', { class: 'brand' }, 'Sprintbook room'), title, h('p', { class: 'bar' }, who, online)), status, joinView, roomView, goneView);
// With a saved token the page resumes: nothing to show until the room answers.
if (connection.saved) {
  screen(goneView);
  show(goneView, false);
} else {
  showJoin();
}
connection.connect();
