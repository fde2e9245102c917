/** The matrix's column headings: one per person, their name written upwards so sixty fit across. */
import { memo, type ReactElement } from 'react';
import type { Person } from '../../../../shared/model';
import { personName } from '../common/labels';
import { HEAD_H } from './geometry';

export const RaciHeader = memo(function RaciHeader({ people }: { people: readonly Person[] }): ReactElement {
  return (
    <tr aria-rowindex={1} style={{ height: HEAD_H }}>
      <th scope="col" className="raci-corner">
        <span>Decision or item</span>
        <span className="raci-corner-people">People →</span>
      </th>
      {people.map((p, i) => {
        const name = personName(p, i);
        return (
          <th key={p.id} scope="col" className="raci-person" title={p.role ? `${name}, ${p.role}` : name}>
            <span className="raci-person-name" style={{ maxHeight: HEAD_H - 12 }}>{name}</span>
          </th>
        );
      })}
    </tr>
  );
});
