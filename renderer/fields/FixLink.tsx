/**
 * A link to the place that fixes a JSON pointer: the stage and field (state/fixTarget), or the
 * closest place this version has. Following it changes the stage first and asks for the field
 * after, so the screen being left (which takes every focus request while it is shown) cannot
 * take the request for itself.
 */
import type { ReactElement, ReactNode } from 'react';
import { Icon } from '../components/Icon';
import { useAvailableStages } from '../hooks/useAvailableStages';
import { fixTarget } from '../state/fixTarget';
import { useWorkbookValue } from '../state/hooks';
import { formatRoute } from '../state/routes';
import { useAppApi } from '../state/appContext';
import { goToPath } from '../state/jumps';

interface FixLinkProps {
  readonly path: string;
  /** The link's text; "Fix in Metrics › Owner" when absent. Given text is followed by the place. */
  readonly children?: ReactNode;
  /** Runs before the link is followed (a dialog closes itself). */
  readonly onFollow?: () => void;
}

export function FixLink({ path, children, onFollow }: FixLinkProps): ReactElement {
  const app = useAppApi();
  const workbookId = useWorkbookValue((w) => w.id);
  const target = fixTarget(path, useAvailableStages());
  const verb = target.pendingStage ? 'Go to' : 'Fix in';
  return (
    <a className="fix-link" href={formatRoute({ screen: 'workbook', workbookId, stage: target.stage })}
      onClick={(e) => {
        e.preventDefault();
        onFollow?.();
        goToPath(app, target);
      }}>
      {children === undefined ? `${verb} ${target.place}` : <>{children} <span className="fix-link-place">· {target.place}</span></>}
      <Icon name="arrowRight" size={16} />
    </a>
  );
}
