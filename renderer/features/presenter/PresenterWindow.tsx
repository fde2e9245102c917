/**
 * The presenter view (#/present/<workbook id>): a second window for the projector that follows
 * the facilitator's window. It shows the stage read-only in large type, the agenda block with
 * its timer, the verdict, and the day's readiness question with its blocker count, from the
 * frames the facilitator sends (PresenterBroadcaster). It edits nothing, shows no toast and no
 * note; it opens no storage of its own but the timer, which it reads from the same place as
 * the top bar. `children` is the slot the workshop room fills with its QR code and short link.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { formatRemaining, remainingMs } from '../../state/timer';
import { useNow, useTimer } from '../../state/useTimer';
import { openPresenterChannel } from './presenterChannel';
import type { PresenterFrame } from './presenterFrame';
import type { PresenterSection } from './presenterStage';

/** How often a presenter says hello while it has no frame (the facilitator's window may be loading). */
const HELLO_EVERY_MS = 2000;

export function PresenterWindow({ workbookId, children }: { workbookId: string; children?: ReactNode }): ReactElement {
  const [frame, setFrame] = useState<PresenterFrame | null>(null);
  const [gone, setGone] = useState(false);

  useEffect(() => {
    const channel = openPresenterChannel();
    const stop = channel.listen(workbookId, (m) => {
      if (m.kind === 'frame') {
        setFrame(m.frame);
        setGone(false);
      } else if (m.kind === 'closed') {
        setGone(true);
      }
    });
    const hello = () => channel.post({ kind: 'hello', workbookId });
    hello();
    // Hellos keep coming, so a facilitator's window that reloads finds its presenter again.
    const id = setInterval(hello, HELLO_EVERY_MS);
    return () => {
      clearInterval(id);
      stop();
      channel.close();
    };
  }, [workbookId]);

  useEffect(() => {
    document.title = frame ? `${frame.title} — presenter view` : 'Presenter view — Sprintbook';
  }, [frame]);

  if (!frame) {
    return (
      <div className="presenter presenter-waiting" role="status">
        <p>Waiting for the facilitator’s window…</p>
        <p className="presenter-muted">Open this workbook in Sprintbook on this computer; the presenter view follows it.</p>
      </div>
    );
  }
  return (
    <div className="presenter" data-stage={frame.stage.id}>
      <header className="presenter-head">
        <div className="presenter-where">
          <p className="presenter-eyebrow">{frame.title}</p>
          <h1>{frame.stage.name}</h1>
        </div>
        <Verdict frame={frame} />
      </header>
      <main className="presenter-main">
        <FittedStage sections={frame.stage.sections} />
        <aside className="presenter-side" aria-label="The day">
          <BlockClock workbookId={workbookId} frame={frame} />
          <DayQuestion frame={frame} />
          {children && <div className="presenter-room-slot">{children}</div>}
        </aside>
      </main>
      {gone && <p className="presenter-gone" role="status">The facilitator’s window left this workbook; this is what it showed last.</p>}
    </div>
  );
}

function Verdict({ frame }: { frame: PresenterFrame }): ReactElement {
  const v = frame.verdict;
  const detail = v.verdict === 'stop'
    ? `Kill criterion triggered: ${v.stops.join(', ')}`
    : v.verdict === 'not-ready' ? `${v.blockers} blocker${v.blockers === 1 ? '' : 's'} open` : 'No blocker open';
  return (
    <div className={`presenter-verdict verdict-${v.verdict}`} role="status" aria-label="Verdict">
      <span className="presenter-verdict-label">{v.label}</span>
      <span className="presenter-verdict-detail">{detail}</span>
    </div>
  );
}

/**
 * The stage's sections, cut to what fits the window: nobody scrolls a projector, so lines that
 * would fall below the edge are left out (from the end) and counted instead.
 */
function FittedStage({ sections }: { sections: readonly PresenterSection[] }): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const total = sections.reduce((n, s) => n + s.lines.length, 0);
  const [fit, setFit] = useState({ sections, budget: total });
  const budget = fit.sections === sections ? fit.budget : total;
  if (fit.sections !== sections) setFit({ sections, budget: total });
  useLayoutEffect(() => {
    const el = box.current;
    if (el && budget > 1 && el.scrollHeight > el.clientHeight + 1) setFit({ sections, budget: budget - 1 });
  }, [sections, budget]);
  let left = budget;
  return (
    <div className="presenter-stage" ref={box}>
      {sections.map((s) => {
        const shown = s.lines.slice(0, Math.max(0, left));
        left -= shown.length;
        const hidden = s.lines.length - shown.length;
        const lines = hidden > 0 && shown.length > 0 ? [...shown.slice(0, -1), { text: `and ${hidden + 1} more`, more: true }] : shown;
        return <StageSection key={s.heading} section={{ ...s, lines }} hidden={hidden > 0 && shown.length === 0} />;
      })}
    </div>
  );
}

function StageSection({ section, hidden }: { section: PresenterSection; hidden: boolean }): ReactElement | null {
  if (hidden) return null;
  return (
    <section className="presenter-section">
      <h2>{section.heading}</h2>
      {section.lines.length === 0
        ? <p className="presenter-muted">{section.empty}</p>
        : (
          <ul className="presenter-lines">
            {section.lines.map((l, i) => (
              <li key={i} className={l.more ? 'is-more' : `tone-${l.tone ?? 'plain'}`}>
                <span className="presenter-line-text" dir="auto">{l.text}</span>
                {l.detail && <span className="presenter-line-detail" dir="auto">{l.detail}</span>}
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}

function BlockClock({ workbookId, frame }: { workbookId: string; frame: PresenterFrame }): ReactElement {
  const run = useTimer(workbookId, (s) => s.run);
  const now = useNow(run?.status === 'running');
  const day = frame.day;
  const left = run ? remainingMs(run, now) : 0;
  const state = !run ? 'idle' : run.status === 'paused' ? 'paused' : left <= 0 ? 'over' : 'running';
  return (
    <section className={`presenter-clock is-${state}`} aria-label="Agenda block">
      <p className="presenter-eyebrow">Day {day.day}{day.date ? ` · ${day.date}` : ''}{day.isToday ? ' · today' : ''}</p>
      {run ? (
        <>
          <p className="presenter-block-title" dir="auto">{run.block.title}</p>
          <p className="presenter-time" role="timer" aria-label={state === 'over' ? 'Time is up' : 'Time left'}>{formatRemaining(left)}</p>
          <p className="presenter-clock-state">{state === 'over' ? 'Time is up' : state === 'paused' ? 'Paused' : `of ${run.block.minutes} min`}</p>
        </>
      ) : (
        <>
          <p className="presenter-block-title" dir="auto">{day.title}</p>
          <ol className="presenter-blocks">
            {day.blocks.map((b, i) => <li key={i} className={b.done ? 'is-done' : ''}>{b.title} <span>{b.minutes} min</span></li>)}
          </ol>
        </>
      )}
    </section>
  );
}

function DayQuestion({ frame }: { frame: PresenterFrame }): ReactElement {
  const q = frame.question;
  if (!q) {
    return (
      <section className="presenter-question" aria-label="Done when">
        <div className="presenter-question-head">
          <p className="presenter-eyebrow">Day {frame.day.day}: done when</p>
        </div>
        <p className="presenter-question-text">{frame.doneWhen}</p>
        <p className={frame.missing ? 'presenter-count tone-bad' : 'presenter-count tone-good'}>{frame.missing ?? 'Done'}</p>
      </section>
    );
  }
  return (
    <section className="presenter-question" aria-label="Today’s question">
      <div className="presenter-question-head">
        <p className="presenter-eyebrow">{q.days}: {q.title}</p>
        <p className={`presenter-count ${q.blockers === 0 ? 'tone-good' : 'tone-bad'}`} aria-label="Blockers">
          {q.blockers === 0 ? 'No blocker' : `${q.blockers} blocker${q.blockers === 1 ? '' : 's'}`}
        </p>
      </div>
      <p className="presenter-question-text">{q.text}</p>
    </section>
  );
}
