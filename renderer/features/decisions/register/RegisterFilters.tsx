/**
 * The register's filters: text (title, action or map node), adopted tier, "needs attention",
 * and workflow node; with how many rows they leave and a way back to all of them.
 */
import { memo, useMemo, type Dispatch, type ReactElement, type SetStateAction } from 'react';
import { isFiltered, NO_FILTER, type RegisterFilter, type RegisterRow, type TierFilter } from '../../../../shared/logic';
import { TIERS } from '../../../../shared/model';
import { Button } from '../../../components/Button';
import { SearchPicker } from '../../../components/SearchPicker';
import { SelectField, TextField } from '../../../components/Field';
import { TIER_LABEL } from '../common/labels';

interface RegisterFiltersProps {
  readonly filter: RegisterFilter;
  readonly onFilter: Dispatch<SetStateAction<RegisterFilter>>;
  readonly rows: readonly RegisterRow[];
  readonly shown: number;
}

const TIER_OPTIONS = [
  { value: 'all', label: 'All tiers' },
  ...TIERS.map((t) => ({ value: t, label: TIER_LABEL[t] })),
  { value: 'unclassified', label: 'Not classified' },
];

export const RegisterFilters = memo(function RegisterFilters({ filter, onFilter, rows, shown }: RegisterFiltersProps): ReactElement {
  // The nodes decisions sit on, in the order they first appear, for the node filter.
  const nodeOptions = useMemo(() => {
    const seen = new Map<string, string>();
    let off = 0;
    for (const r of rows) {
      if (r.nodeId !== null && r.nodeLabel !== null) { if (!seen.has(r.nodeId)) seen.set(r.nodeId, r.nodeLabel); } else off++;
    }
    return [
      { value: 'all', label: 'Anywhere on the map' },
      { value: 'none', label: `Not on the map (${off})` },
      ...[...seen].map(([value, label]) => ({ value, label: label.trim() || value })),
    ];
  }, [rows]);
  const attentionCount = useMemo(() => rows.filter((r) => r.attention.length > 0).length, [rows]);
  const set = (part: Partial<RegisterFilter>) => onFilter((f) => ({ ...f, ...part }));
  return (
    <div className="register-filters" role="search" aria-label="Filter the register">
      <TextField label="Filter" type="search" className="filter-text" value={filter.text} placeholder="Title, action or map node"
        autoComplete="off" spellCheck={false} onChange={(e) => set({ text: e.target.value })} />
      <SelectField label="Adopted tier" value={filter.tier} options={TIER_OPTIONS} onChange={(e) => set({ tier: e.target.value as TierFilter })} />
      <NodeSelect value={filter.node} options={nodeOptions} onFilter={onFilter} />
      <label className="check filter-attention">
        <input type="checkbox" checked={filter.attention} onChange={(e) => set({ attention: e.target.checked })} />
        <span>Needs attention only ({attentionCount})</span>
      </label>
      <p className="filter-count" aria-live="polite">
        {isFiltered(filter) ? `${shown} of ${rows.length} decisions` : `${rows.length} decision${rows.length === 1 ? '' : 's'}`}
      </p>
      {isFiltered(filter) && <Button size="sm" icon="x" onClick={() => onFilter(NO_FILTER)}>Clear filters</Button>}
    </div>
  );
});

/** The nodes decisions sit on (hundreds in a big workbook), searched as you type: drawn again only when its own value or options change. */
const NodeSelect = memo(function NodeSelect({ value, options, onFilter }: {
  value: string; options: readonly { value: string; label: string }[]; onFilter: Dispatch<SetStateAction<RegisterFilter>>;
}): ReactElement {
  return <SearchPicker label="Workflow node" value={value} options={options} onChoose={(node) => onFilter((f) => ({ ...f, node }))} />;
});
