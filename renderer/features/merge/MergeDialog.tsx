/**
 * The merge dialog (issue 15): the linked file changed on disk since this working copy last read
 * or wrote it. The file's edits that combine are listed as applied; each conflict shows both
 * values side by side, named by record and field, with a choice of this copy's or the file's.
 * "Merge" is offered only once every conflict has a choice: nothing is overwritten without one.
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { Side } from '../../../shared/logic';
import { acceptMerge, appliedChanges, declineMerge } from '../../actions/fileMerge';
import { saveFile } from '../../actions/files';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useAppApi } from '../../state/appContext';
import type { MergeOffer } from '../../state/mergeOffer';
import { appliedWords, conflictSides, recordWords } from './mergeWords';

const SHOWN_CHANGES = 12;

export function MergeDialog({ offer }: { offer: MergeOffer }): ReactElement {
  const app = useAppApi();
  const { result, file } = offer;
  const { ours, theirs } = result.inputs;
  const [choices, setChoices] = useState<ReadonlyMap<string, Side>>(new Map());
  const [busy, setBusy] = useState(false);
  const applied = useMemo(() => appliedChanges(result).map(appliedWords), [result]);
  const open = result.conflicts.length - choices.size;
  const choose = (id: string, side: Side) => setChoices((m) => new Map(m).set(id, side));
  const merge = async () => {
    setBusy(true);
    if (!(await acceptMerge(app, offer, choices, () => saveFile(app)))) setBusy(false);
  };

  return (
    <Dialog title={`${file.name} was changed outside this copy`} onClose={() => declineMerge(app, offer)} size="lg" role="alertdialog"
      actions={<>
        {open > 0 && <span className="merge-pending" role="status">{open} {open === 1 ? 'conflict needs' : 'conflicts need'} a choice</span>}
        <Button onClick={() => declineMerge(app, offer)}>Cancel</Button>
        <Button variant="primary" disabled={open > 0 || busy} onClick={() => void merge()}>
          {offer.when === 'save' ? 'Merge and save' : 'Merge'}
        </Button>
      </>}>
      <p>
        Since this copy last {offer.when === 'save' ? 'read or wrote' : 'read'} <strong>{file.name}</strong>, someone changed it.
        Sprintbook merged the two record by record; {result.conflicts.length === 0 ? 'nothing conflicts.' : 'where both changed the same thing, you choose.'}
        {' '}Nothing is written until you merge.
      </p>
      <section className="merge-section" aria-labelledby="merge-applied">
        <h3 className="subheading" id="merge-applied">
          {applied.length === 0 ? 'No change of the file combines by itself' : `Applied from the file (${applied.length})`}
        </h3>
        {applied.length > 0 && (
          <ul className="merge-applied">
            {applied.slice(0, SHOWN_CHANGES).map((line, i) => <li key={i}>{line}</li>)}
            {applied.length > SHOWN_CHANGES && <li className="muted">… and {applied.length - SHOWN_CHANGES} more</li>}
          </ul>
        )}
      </section>
      {result.conflicts.length > 0 && (
        <section className="merge-section" aria-labelledby="merge-conflicts">
          <h3 className="subheading" id="merge-conflicts">Changed on both sides: choose ({result.conflicts.length})</h3>
          <ol className="merge-conflicts">
            {result.conflicts.map((c) => {
              const sides = conflictSides(c, ours, theirs);
              const title = `${recordWords(c.record)} · ${c.label}`;
              return (
                <li key={c.id} className="merge-conflict">
                  <fieldset>
                    <legend>{title}</legend>
                    <div className="merge-sides">
                      {(['ours', 'theirs'] as const).map((side) => (
                        <label key={side} className={`merge-side${choices.get(c.id) === side ? ' merge-side-chosen' : ''}`}>
                          <input type="radio" name={c.id} value={side} checked={choices.get(c.id) === side} onChange={() => choose(c.id, side)} />
                          <span className="merge-side-name">{side === 'ours' ? 'Keep this copy’s' : 'Take the file’s'}</span>
                          <span className="merge-side-value">{sides[side]}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {result.introducedProblems.length > 0 && (
        <section className="merge-section" aria-labelledby="merge-problems">
          <h3 className="subheading" id="merge-problems">The merged workbook will have these problems</h3>
          <ul className="merge-applied">{result.introducedProblems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
        </section>
      )}
    </Dialog>
  );
}
