/** Search by label: matching nodes light up; Enter goes to the next one (selects it and brings it into view). */
import { forwardRef, useMemo, useState, type ReactElement } from 'react';
import { useDoc } from '../../../state/editor/context';
import { setMapUi,  } from '../state/mapUiStore';
import { useMapUi } from '../state/hooks';
import { selectOnly } from '../state/selection';
import { reveal } from '../state/view';
import { useMap } from '../state/controller';

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref): ReactElement {
  const map = useMap();
  const query = useMapUi((s) => s.search);
  const nodes = useDoc((d) => d.workbook.workflow.nodes);
  const [at, setAt] = useState(-1);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q && nodes ? nodes.filter((n) => n.label.toLowerCase().includes(q)).map((n) => n.id) : [];
  }, [query, nodes]);

  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (at + step + matches.length) % matches.length;
    setAt(next);
    selectOnly(map, [matches[next]!]);
    reveal(map, matches[next]!);
  };

  return (
    <div className="map-search" role="search">
      <input
        ref={ref}
        type="search"
        aria-label="Search nodes by label"
        placeholder="Search labels"
        value={query}
        onChange={(e) => {
          setAt(-1);
          setMapUi(map, { search: e.target.value });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape' && query) {
            e.preventDefault();
            setMapUi(map, { search: '' });
          }
        }}
      />
      {query.trim() && (
        <span className="map-search-count" role="status">
          {matches.length === 0 ? 'No match' : at >= 0 ? `${at + 1} of ${matches.length}` : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`}
        </span>
      )}
    </div>
  );
});
