/** One observation, edited in place: its date, value and note, and a button to delete it. */
import { memo, type ReactElement } from 'react';
import type { Observation } from '../../../shared/model';
import { IconButton } from '../../components/Button';
import { TextField } from '../../components/Field';
import { removeObservation, updateObservation } from '../../state/commands';
import { useEditor } from '../../state/editor/context';
import { useSealHistory } from '../../state/hooks';
import { DateField } from '../../fields/DateField';
import { NumberField } from '../../fields/NumberField';
import { formatDate } from './common/format';

interface ObservationRowProps {
  readonly metricId: string;
  readonly index: number;
  readonly observation: Observation;
  readonly latest: boolean;
}

export const ObservationRow = memo(function ObservationRow({ metricId, index, observation: o, latest }: ObservationRowProps): ReactElement {
  const editor = useEditor();
  const { execute } = editor;
  const seal = useSealHistory();
  const at = (field: string) => `${metricId}/observations/${index}/${field}`;
  const which = `observation ${index + 1} (${formatDate(o.date)})`;
  const remove = () => {
    if (!execute(removeObservation(metricId, index))) return;
    editor.notifyUndoable(`Deleted ${which}.`);
  };
  return (
    <tr className={latest ? 'is-latest' : undefined}>
      <td>
        <DateField label={`Date of ${which}`} hideLabel value={o.date} focusKey={at('date')} required="An observation needs a date."
          onCommit={(date) => date && execute(updateObservation(metricId, index, { date }))} />
      </td>
      <td>
        <NumberField label={`Value of ${which}`} hideLabel value={o.value} required focusKey={at('value')}
          onCommit={(value) => value !== undefined && execute(updateObservation(metricId, index, { value }))} />
      </td>
      <td>
        <TextField label={`Note of ${which}`} hideLabel value={o.note ?? ''} focusKey={at('note')} placeholder="—"
          onChange={(e) => execute(updateObservation(metricId, index, { note: e.target.value }))} onBlur={seal} />
      </td>
      <td className="cell-action">
        {latest && <span className="latest-tag">Latest</span>}
        <IconButton icon="trash" label={`Delete ${which}`} onClick={remove} />
      </td>
    </tr>
  );
});
