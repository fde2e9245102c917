/**
 * The tier vote: while it is open, three big buttons (low, medium, high) and a one-line reason;
 * voting again replaces the vote until the facilitator closes it. Nobody's vote is shown until
 * the reveal; then the counts, and the reasons grouped by tier, side by side when the vote split.
 */
import type { ParticipantRoomView, RevealedVote, TierCounts } from '../../shared/room/server-messages';
import { ROOM_LIMITS } from '../../shared/room/limits';
import { sendAndTell, type CardContext } from './context';
import { fill, h, show, TIER_LABEL } from './dom';

type Tier = keyof TierCounts;
const TIERS: readonly Tier[] = ['low', 'medium', 'high'];

export function voteCard(context: CardContext) {
  const heading = h('h2', { id: 'vote-title', dir: 'auto' });
  const buttons = TIERS.map((tier) => h('button', { type: 'button', class: `tier tier-${tier}`, 'aria-pressed': 'false', 'data-tier': tier }, TIER_LABEL[tier]));
  const reason = h('input', { type: 'text', name: 'reason', maxlength: String(ROOM_LIMITS.reasonChars), autocomplete: 'off', placeholder: 'One line: why this tier?', 'aria-label': 'Reason', enterkeyhint: 'send' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Send vote');
  const form = h('form', { class: 'vote-form' }, h('div', { class: 'tiers', role: 'group', 'aria-label': 'Tier' }, ...buttons), reason, submit);
  const mine = h('p', { class: 'mine', dir: 'auto' });
  const anonymousNote = h('p', { class: 'note' }, 'Anonymous: your name is not shown with your vote.');
  const result = h('div', { class: 'result' });
  const element = h('section', { class: 'card', 'aria-labelledby': 'vote-title' }, heading, form, mine, anonymousNote, result);

  let chosen: Tier | null = null;
  let voteId = '';
  let shownResult: RevealedVote | undefined;

  const choose = (tier: Tier | null) => {
    chosen = tier;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.tier === tier));
  };
  for (const b of buttons) b.addEventListener('click', () => choose(b.dataset.tier as Tier));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!chosen) return context.notify('Choose low, medium or high first.');
    if (reason.value.trim() === '') return context.notify('Add a one-line reason.');
    void sendAndTell(context, { type: 'vote', voteId, tier: chosen, reason: reason.value }, 'Vote sent. You can change it until voting closes.');
  });

  return {
    element,
    update(room: ParticipantRoomView) {
      const vote = room.vote;
      // A revealed vote stays in view while its decision is up; once the room moves on, it goes.
      const current = vote !== null && (vote.state !== 'revealed' || (room.focus.kind === 'decision' && room.focus.decision.id === vote.decisionId));
      show(element, current);
      if (!vote) return;
      if (vote.voteId !== voteId) {
        voteId = vote.voteId;
        choose(vote.mine?.tier ?? null);
        reason.value = vote.mine?.reason ?? '';
      }
      heading.textContent = `Vote: ${vote.title}`;
      show(form, vote.state === 'open');
      submit.textContent = vote.mine ? 'Change vote' : 'Send vote';
      const state = vote.state === 'open' ? '' : vote.state === 'closed' ? ' Voting has closed; waiting for the reveal.' : '';
      mine.textContent = vote.mine ? `Your vote: ${TIER_LABEL[vote.mine.tier]} — ${vote.mine.reason}.${state}` : vote.state === 'open' ? 'Votes stay hidden until the facilitator reveals them.' : `You did not vote.${state}`;
      show(anonymousNote, room.anonymity.vote && vote.state === 'open');
      if (vote.result !== shownResult) {
        shownResult = vote.result;
        if (vote.result) fill(result, ...revealed(vote.result));
        else fill(result);
      }
      show(result, vote.result !== undefined);
    },
  };
}

function revealed(result: RevealedVote): (Node | string)[] {
  const total = TIERS.reduce((n, t) => n + result.counts[t], 0);
  const groups = TIERS.filter((t) => result.counts[t] > 0);
  return [
    h('p', { class: 'counts' }, ...TIERS.map((t) => h('span', { class: `count tier-${t}` }, `${TIER_LABEL[t]} ${result.counts[t]}`))),
    h('p', { class: 'muted' }, total === 0 ? 'Nobody voted.' : result.split ? 'A split vote: the reasons side by side.' : `Everyone chose ${TIER_LABEL[groups[0]!]}.`),
    h('div', { class: `columns columns-${groups.length}` }, ...groups.map((tier) => h('div', { class: `column tier-${tier}` },
      h('h3', {}, TIER_LABEL[tier]),
      h('ul', {}, ...result.votes.filter((v) => v.tier === tier).map((v) => h('li', { dir: 'auto' },
        h('span', { class: 'reason' }, v.reason),
        h('span', { class: 'who' }, v.name ?? 'Anonymous')))),
    ))),
  ];
}
