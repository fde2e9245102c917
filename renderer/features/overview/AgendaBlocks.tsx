/**
 * A sprint day's timeboxed blocks on the agenda: tick, rename, re-time, reorder, remove, add,
 * and run one on the block timer. A day still on the default agenda's blocks shows them the
 * same way; the first edit writes them into the workbook (commands/agendaBlocks.ts).
 */
import { useState, type ReactElement } from 'react';
import type { SprintBlock } from '../../../shared/model';
import { Button, IconButton } from '../../components/Button';
import { TextField } from '../../components/Field';
import { useParsedDraft } from '../../hooks/useParsedDraft';
import {
  addBlock, checkBlockTitle, dayBlocks, moveBlock, parseBlockMinutes, removeBlock, renameBlock, retimeBlock, setBlockDone, usesDefaultBlocks,
} from '../../state/commands';
import { useExecute, useSealHistory, useWorkbookValue } from '../../state/hooks';
import { useTimer } from '../../state/useTimer';

export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function AgendaBlocks({ day, open }: { day: number; open: boolean }): ReactElement {
  const blocks = useWorkbookValue((w) => dayBlocks(w, day));
  const fromDefaults = useWorkbookValue((w) => usesDefaultBlocks(w, day));
  const total = blocks.reduce((sum, b) => sum + b.minutes, 0);
  const ticked = blocks.filter((b) => b.done).length;
  return (
    <details className="agenda-blocks" open={open} data-focus={`/agenda/day/${day}/blocks`}>
      <summary>
        Blocks <span className="agenda-blocks-sum">{blocks.length} · {formatMinutes(total)}{ticked > 0 ? ` · ${ticked} ticked` : ''}{fromDefaults ? ' · the default agenda' : ''}</span>
      </summary>
      <ol className="block-list" aria-label={`Blocks of day ${day}`}>
        {blocks.map((b, i) => <BlockRow key={i} day={day} index={i} block={b} count={blocks.length} />)}
      </ol>
      <NewBlock day={day} />
    </details>
  );
}

function BlockRow({ day, index, block, count }: { day: number; index: number; block: SprintBlock; count: number }): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const workbookId = useWorkbookValue((w) => w.id);
  const run = useTimer(workbookId, (s) => s.run);
  const start = useTimer(workbookId, (s) => s.start);
  // By title, so the mark follows its block when the blocks are reordered.
  const running = run !== null && run.block.day === day && run.block.title === block.title;
  const name = `block ${index + 1} of day ${day}`;
  const title = useParsedDraft(block.title, (t) => {
    const c = checkBlockTitle(t);
    return c.ok ? { ok: true as const, value: c.value } : { ok: false as const, error: c.message };
  }, (t) => execute(renameBlock(day, index, t)), (t) => t === block.title);
  const minutes = useParsedDraft(String(block.minutes), (t) => {
    const c = parseBlockMinutes(t);
    return c.ok ? { ok: true as const, value: c.value } : { ok: false as const, error: c.message };
  }, (m) => execute(retimeBlock(day, index, m)), (m) => m === block.minutes);
  return (
    <li className={`block-row${block.done ? ' is-done' : ''}${running ? ' is-running' : ''}`}>
      <label className="check block-tick" title="Ticked: this block is done">
        <input type="checkbox" checked={block.done ?? false} aria-label={`Done: ${block.title}`}
          onChange={(e) => execute(setBlockDone(day, index, e.target.checked))} />
      </label>
      <TextField label={`Title of ${name}`} hideLabel className="block-title" value={title.draft} error={title.error}
        onChange={(e) => title.onChange(e.target.value)} onBlur={seal} />
      <TextField label={`Minutes of ${name}`} hideLabel className="block-minutes" inputMode="numeric" value={minutes.draft} error={minutes.error}
        onChange={(e) => minutes.onChange(e.target.value)} />
      <span className="block-unit" aria-hidden="true">min</span>
      <div className="block-actions">
        {running
          ? <span className="block-running" role="status">On the timer</span>
          : (
            <Button size="sm" onClick={() => start({ day, index, title: block.title, minutes: block.minutes })}
              aria-label={`Run ${block.title} on the timer`}>
              Run
            </Button>
          )}
        <IconButton icon="arrowUp" label={`Move ${name} up`} disabled={index === 0} onClick={() => execute(moveBlock(day, index, index - 1))} />
        <IconButton icon="arrowDown" label={`Move ${name} down`} disabled={index === count - 1} onClick={() => execute(moveBlock(day, index, index + 1))} />
        <IconButton icon="trash" label={`Remove ${name}`} tooltip={count === 1 ? 'A day keeps at least one block' : `Remove ${name}`}
          disabled={count === 1} onClick={() => execute(removeBlock(day, index))} />
      </div>
    </li>
  );
}

function NewBlock({ day }: { day: number }): ReactElement {
  const execute = useExecute();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const t = checkBlockTitle(title);
    const m = parseBlockMinutes(minutes);
    if (!t.ok) return setError(t.message);
    if (!m.ok) return setError(m.message);
    execute(addBlock(day, t.value, m.value));
    setTitle('');
    setError(null);
  };
  return (
    <form className="block-new" onSubmit={(e) => { e.preventDefault(); add(); }}>
      <TextField label={`New block for day ${day}`} hideLabel className="block-title" placeholder="A new block" value={title}
        onChange={(e) => setTitle(e.target.value)} />
      <TextField label={`Minutes of the new block for day ${day}`} hideLabel className="block-minutes" inputMode="numeric" value={minutes}
        onChange={(e) => setMinutes(e.target.value)} />
      <span className="block-unit" aria-hidden="true">min</span>
      <Button type="submit" size="sm" icon="plus">Add block</Button>
      {error && <p className="field-error block-new-error" role="alert">{error}</p>}
    </form>
  );
}

/** The timer's end beep, off until the facilitator turns it on (kept with the timer, per workbook). */
export function TimerSound(): ReactElement {
  const workbookId = useWorkbookValue((w) => w.id);
  const sound = useTimer(workbookId, (s) => s.sound);
  const setSound = useTimer(workbookId, (s) => s.setSound);
  return (
    <label className="check agenda-sound">
      <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
      <span>Beep when a block’s time is up</span>
    </label>
  );
}
