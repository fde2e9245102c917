/**
 * Search everything (Ctrl/Cmd+K): one field, and the matching people, lanes, map steps,
 * decisions, metrics, roadmap items and parked questions below it, best first, each with its
 * kind and where it lives. Arrow keys move through the list, Enter goes to the record on its
 * stage (a map step is selected on the map), Escape closes. The list is virtual: a workbook of
 * a thousand steps can match a thousand times.
 */
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import { Dialog } from '../../components/Dialog';
import { QUICK_TOOL_SHORTCUT } from '../../hooks/quickToolKeys';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import { useAppApi } from '../../state/appContext';
import { useEditor } from '../../state/editor/context';
import { useWorkbook } from '../../state/hooks';
import { closeQuickTool } from '../../state/quickTools';
import { goToRecord } from '../../state/recordJump';
import { searchWorkbook, type SearchHit } from '../../state/search';
import { SearchRow } from './SearchRow';

const ROW_HEIGHT = 58;
const VIEW_HEIGHT = 380;

export function SearchDialog({ onClose }: { onClose: () => void }): ReactElement {
  const app = useAppApi();
  const editor = useEditor();
  const w = useWorkbook();
  const listId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchWorkbook(w, deferred), [w, deferred]);
  const [active, setActive] = useState(0);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const current = Math.min(active, Math.max(0, hits.length - 1));
  const rows = useVirtualRows({
    count: hits.length, box, key: (i) => `${hits[i]!.entry.kind}:${hits[i]!.entry.id}`,
    estimate: () => ROW_HEIGHT, overscan: 6, firstHeight: VIEW_HEIGHT, unlaidHeight: VIEW_HEIGHT,
  });

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    closeQuickTool(editor);
    goToRecord(app, hit.entry.kind, hit.entry.id, hit.inTitle ? undefined : hit.field.field);
  };
  const move = (to: number) => {
    if (hits.length === 0) return;
    const next = (to + hits.length) % hits.length;
    setActive(next);
    rows.scrollTo(next, 'nearest');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + 6, PageUp: current - 6 };
    if (e.key in step) {
      e.preventDefault();
      move(e.key.startsWith('Page') ? Math.max(0, Math.min(hits.length - 1, step[e.key]!)) : step[e.key]!);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      go(hits[current]);
    }
  };

  const blank = deferred.trim() === '';
  return (
    <Dialog title="Search everything" size="md" onClose={onClose}>
      <div className="search-palette">
        <label className="visually-hidden" htmlFor={`${listId}-q`}>Search people, lanes, map steps, decisions, metrics, roadmap items and parked questions</label>
        <input id={`${listId}-q`} className="search-input" type="search" value={query} data-autofocus autoComplete="off" spellCheck={false}
          role="combobox" aria-expanded={hits.length > 0} aria-controls={listId} aria-autocomplete="list"
          aria-activedescendant={hits.length ? `${listId}-${current}` : undefined}
          placeholder="Search people, steps, decisions, metrics, roadmap, parked questions…"
          onChange={(e) => { setQuery(e.target.value); setActive(0); rows.scrollTo(0, 'nearest'); }} onKeyDown={onKeyDown} />
        <p className="search-status muted" aria-live="polite">
          {blank ? `Type any word of a name, a title, a note or a source. ${QUICK_TOOL_SHORTCUT.search} opens this from any stage.`
            : hits.length === 0 ? `Nothing matches “${deferred.trim()}”.`
              : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} · ↑ ↓ to choose, Enter to go there`}
        </p>
        <div className="search-results" ref={setBox}>
          <div role="listbox" id={listId} aria-label="Matches">
            {rows.above > 0 && <div aria-hidden="true" style={{ height: rows.above }} />}
            {hits.slice(rows.first, rows.last).map((hit, k) => {
              const i = rows.first + k;
              return <SearchRow key={`${hit.entry.kind}:${hit.entry.id}`} id={`${listId}-${i}`} hit={hit} active={i === current}
                onPick={() => go(hit)} onHover={() => setActive(i)} />;
            })}
            {rows.below > 0 && <div aria-hidden="true" style={{ height: rows.below }} />}
          </div>
        </div>
      </div>
    </Dialog>
  );
}
