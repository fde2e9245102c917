/**
 * RACI entries the matrix cannot show: they name a person who is not in People, or a subject
 * that is no decision, metric or roadmap item (a file written elsewhere, or edited by hand).
 * Readiness counts each as a blocker; here each can be removed, and is the target of its path.
 */
import type { ReactElement } from 'react';
import type { Raci, Workbook } from '../../../../shared/model';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { removeRaciEntry } from '../../../state/commands';
import { useDerived, useExecute } from '../../../state/hooks';
import { memoByWorkbook } from '../../../state/selectors';
import { deriveSubjectTitles } from '../common/derive';
import { ROLE_NAME } from '../common/labels';
import { focusKey } from '../../../state/navigation';
import { entryTarget } from '../common/raciTarget';

interface Dangling { readonly index: number; readonly entry: Raci; readonly what: string }

function danglingEntries(w: Workbook): Dangling[] {
  const people = new Map(w.people.map((p) => [p.id, p.name.trim() || p.id]));
  const titles = deriveSubjectTitles(w);
  const found: Dangling[] = [];
  w.raci.forEach((entry, index) => {
    const person = people.get(entry.personId);
    const title = titles.get(entry.subjectId);
    if (person !== undefined && title !== undefined) return;
    const who = person ?? `unknown person “${entry.personId}”`;
    const on = title === undefined ? `unknown subject “${entry.subjectId}”` : `“${title}”`;
    found.push({ index, entry, what: `${who}: ${ROLE_NAME[entry.role]} (${entry.role}) on ${on}` });
  });
  return found;
}

const deriveDangling = memoByWorkbook(danglingEntries);

export function DanglingEntries(): ReactElement | null {
  const execute = useExecute();
  const found = useDerived(deriveDangling);
  if (found.length === 0) return null;
  return (
    <div className="notice notice-bad raci-dangling" role="region" aria-label="RACI entries that name nobody">
      <Icon name="alert" />
      <div>
        <p><strong>{found.length === 1 ? 'One RACI entry names' : `${found.length} RACI entries name`} someone or something that is not in this workbook.</strong> Readiness counts each as a blocker: remove it, then set the cell again if it is still wanted.</p>
        <ul className="raci-dangling-list">
          {found.map((d) => (
            <li key={d.index} data-focus={focusKey(entryTarget(d.entry))} tabIndex={-1}>
              <span>{d.what}</span> <code className="pointer">/raci/{d.index}</code>
              <Button size="sm" icon="trash" onClick={() => execute(removeRaciEntry(d.index, d.entry))}>Remove</Button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
