/**
 * "Now": what the facilitator has put up. A welcome, the agenda block with its timer (counted
 * down here from when it arrived, so the phone's clock does not matter), one decision, or one
 * metric with a form to propose an observation for it.
 */
import type { Focus } from '../../shared/room/focus';
import type { ParticipantRoomView } from '../../shared/room/server-messages';
import { sendAndTell, type CardContext } from './context';
import { clock, fill, h, show, TIER_LABEL } from './dom';

export function nowCard(context: CardContext) {
  const body = h('div', { class: 'now' });
  const timer = h('p', { class: 'timer', role: 'timer', 'aria-live': 'off' });
  const date = h('input', { type: 'date', name: 'date', required: true, 'aria-label': 'Date' });
  const value = h('input', { type: 'text', name: 'value', inputmode: 'decimal', autocomplete: 'off', required: true, 'aria-label': 'Value', placeholder: 'Value' });
  const propose = h('form', { class: 'row propose' }, date, value, h('button', { type: 'submit' }, 'Propose'));
  const anonymousNote = h('p', { class: 'note' }, 'Anonymous: the facilitator sees the value, not your name.');
  const proposal = h('div', { class: 'proposal' }, h('h3', {}, 'Propose an observation'), propose, anonymousNote);
  const element = h('section', { class: 'card', 'aria-labelledby': 'now-title' }, h('h2', { id: 'now-title' }, 'Now'), body, timer, proposal);

  let focus: Focus | null = null;
  let deadline = 0;
  let running = false;
  let metricId = '';

  const tick = () => {
    if (focus?.kind !== 'block' || !focus.timer) return;
    const left = running ? (deadline - performance.now()) / 1000 : focus.timer.remainingSeconds;
    timer.textContent = `${clock(Math.ceil(left))}${running ? '' : ' · paused'}`;
    timer.classList.toggle('over', left < 0);
  };
  setInterval(tick, 250);

  propose.addEventListener('submit', (event) => {
    event.preventDefault();
    const number = Number(value.value.replace(',', '.').trim());
    if (!date.value || value.value.trim() === '' || !Number.isFinite(number)) {
      context.notify('Give a date and a number.');
      return;
    }
    void sendAndTell(context, { type: 'propose', metricId, date: date.value, value: number }, 'Sent to the facilitator’s inbox.').then((ok) => {
      if (ok) value.value = '';
    });
  });

  return {
    element,
    update(room: ParticipantRoomView) {
      if (room.focus !== focus) {
        focus = room.focus;
        fill(body, ...describe(focus));
        if (focus.kind === 'block' && focus.timer) {
          running = focus.timer.running;
          deadline = performance.now() + focus.timer.remainingSeconds * 1000;
        }
        if (focus.kind === 'metric') {
          metricId = focus.metric.id;
          date.value ||= new Date().toISOString().slice(0, 10);
        }
        tick();
      }
      show(timer, focus.kind === 'block' && focus.timer !== undefined);
      show(proposal, focus.kind === 'metric');
      show(anonymousNote, room.anonymity.observation);
    },
  };
}

function describe(focus: Focus): (Node | string)[] {
  switch (focus.kind) {
    case 'welcome':
      return [h('p', { class: 'lead', dir: 'auto' }, focus.title), h('p', { class: 'muted' }, 'The facilitator will put something up soon.')];
    case 'block':
      return [h('p', { class: 'kicker' }, `Day ${focus.day} · ${focus.minutes} minutes`), h('p', { class: 'lead', dir: 'auto' }, focus.title)];
    case 'decision': {
      const d = focus.decision;
      const tier = d.tier ? `Tier: ${TIER_LABEL[d.tier]}` : d.suggestedTier ? `Suggested tier: ${TIER_LABEL[d.suggestedTier]}` : 'Not classified yet';
      return [
        h('p', { class: 'kicker' }, 'Decision'),
        h('p', { class: 'lead', dir: 'auto' }, d.title),
        d.description ? h('p', { dir: 'auto' }, d.description) : '',
        h('p', { class: 'muted' }, tier),
      ];
    }
    case 'metric': {
      const m = focus.metric;
      const unit = m.unit ? ` ${m.unit}` : '';
      const facts = [
        m.direction === 'decrease' ? 'Lower is better' : 'Higher is better',
        m.baseline !== undefined ? `baseline ${m.baseline}${unit}` : null,
        m.target !== undefined ? `target ${m.target}${unit}` : null,
      ].filter(Boolean).join(' · ');
      return [
        h('p', { class: 'kicker' }, 'Metric'),
        h('p', { class: 'lead', dir: 'auto' }, m.name),
        h('p', { class: 'muted' }, facts),
        m.recent.length > 0
          ? h('ul', { class: 'recent', 'aria-label': 'Recent observations' }, ...m.recent.map((o) => h('li', {}, h('span', {}, o.date), h('span', {}, `${o.value}${unit}`))))
          : '',
      ];
    }
  }
}
