/** What readiness still asks of this decision, each with a link to the field that answers it. */
import type { ReactElement } from 'react';
import { Icon } from '../../../components/Icon';
import { useEditor } from '../../../state/editor/context';
import { targetOf } from '../../../state/navigation';
import { deriveDecisionGaps } from '../../../state/selectors';
import { useWorkbookValue } from '../../../state/hooks';

export function AttentionBox({ index }: { index: number }): ReactElement | null {
  const gaps = useWorkbookValue((w) => deriveDecisionGaps(w).get(index));
  const editor = useEditor();
  const { requestFocus } = editor;
  if (!gaps?.length) return null;
  return (
    <div className="notice notice-warn decision-attention" role="region" aria-label="What readiness still needs">
      <Icon name="alert" />
      <div>
        <p className="notice-lead">Readiness still needs {gaps.length === 1 ? 'one thing' : `${gaps.length} things`} here:</p>
        <ul>
          {gaps.map((g) => (
            <li key={`${g.path}|${g.message}`}>
              {g.message}{' '}
              <button type="button" className="link-button" onClick={() => requestFocus(targetOf(editor.workbook, g.path))}>Go to the field</button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
