/** A column header that sorts the register: click once ascending, again descending; `aria-sort` says which. */
import type { ReactElement } from 'react';
import type { SortDirection, SortKey } from '../../../../shared/logic';
import { Icon } from '../../../components/Icon';

interface SortHeaderProps {
  readonly label: string;
  readonly sortKey: SortKey;
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection };
  readonly onSort: (key: SortKey) => void;
}

export function SortHeader({ label, sortKey, sort, onSort }: SortHeaderProps): ReactElement {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className={`sort-button${active ? ' is-active' : ''}`} onClick={() => onSort(sortKey)}>
        {label}
        {active && <Icon name={sort.direction === 'asc' ? 'arrowUp' : 'arrowDown'} size={14} />}
      </button>
    </th>
  );
}
