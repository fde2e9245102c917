/**
 * One readiness gap: its severity in words ("Stop" for a triggered kill criterion), the
 * sentence, the JSON path, and a link to where it is fixed (or to the closest place this
 * version has, saying which stage will fix it).
 */
import type { ReactElement } from 'react';
import type { Gap } from '../../../shared/logic';
import { Badge } from '../../components/Badge';
import { Icon } from '../../components/Icon';
import { useAvailableStages } from '../../hooks/useAvailableStages';
import { fixTarget } from '../../state/fixTarget';
import { formatRoute } from '../../state/routes';
import { STAGE_NAMES } from '../../state/stages';
import { useEditor } from '../../state/editor/context';
import { targetOf } from '../../state/navigation';

export function GapItem({ gap, workbookId, stop = false }: { gap: Gap; workbookId: string; stop?: boolean }): ReactElement {
  const editor = useEditor();
  const { requestFocus } = editor;
  const target = fixTarget(gap.path, useAvailableStages());
  return (
    <li className={`gap gap-${stop ? 'stop' : gap.severity}`}>
      {stop
        ? <Badge tone="stop">Stop</Badge>
        : <Badge tone={gap.severity === 'blocker' ? 'bad' : 'warn'}>{gap.severity === 'blocker' ? 'Blocker' : 'Warning'}</Badge>}
      <div className="gap-body">
        <p className="gap-message">{gap.message}</p>
        <p className="gap-where">
          <code className="pointer" title="Where in the workbook file">{gap.path}</code>
          {target.pendingStage && <span className="muted"> · fixed in {STAGE_NAMES[target.pendingStage]}, which arrives in a later version</span>}
        </p>
      </div>
      <a className="gap-fix" href={formatRoute({ screen: 'workbook', workbookId, stage: target.stage })} onClick={() => requestFocus(targetOf(editor.workbook, target.focus))}>
        {target.pendingStage ? `Go to ${target.place}` : `Fix in ${target.place}`}
        <Icon name="arrowRight" size={16} />
      </a>
    </li>
  );
}
