/** One match in Search everything: the record's name, its kind and where it lives, and the field that matched when it is not the name. */
import type { ReactElement } from 'react';
import { SEARCH_KIND_LABEL, type SearchHit } from '../../state/search';
import { Highlight } from './Highlight';

interface RowProps {
  readonly id: string;
  readonly hit: SearchHit;
  readonly active: boolean;
  readonly onPick: () => void;
  readonly onHover: () => void;
}

export function SearchRow({ id, hit, active, onPick, onHover }: RowProps): ReactElement {
  const { entry } = hit;
  return (
    <div id={id} role="option" aria-selected={active} className={`search-row${active ? ' is-active' : ''}`}
      data-kind={entry.kind} onMouseDown={(e) => e.preventDefault()} onClick={onPick} onMouseMove={active ? undefined : onHover}>
      <span className={`search-kind search-kind-${entry.kind}`}>{SEARCH_KIND_LABEL[entry.kind]}</span>
      <span className="search-main">
        <span className="search-title">{hit.inTitle ? <Highlight text={entry.title} ranges={hit.ranges} max={46} /> : entry.title}</span>
        <span className="search-where">
          {entry.place}
          {!hit.inTitle && <> · {hit.field.label}: <Highlight text={hit.field.text} ranges={hit.ranges} max={48} /></>}
        </span>
      </span>
    </div>
  );
}
