/**
 * Links from a record named on one stage (a metric, a roadmap item, by its JSON pointer) to
 * the stage that edits it, found as readiness "Fix" links find theirs (state/fixTarget).
 * Following one shows that stage first and then asks it to select the record and focus the
 * field (as state/jumps does): asked first, the stage being left would take the request.
 */
import { useMemo } from 'react';
import type { RecordLinks } from '../components/StopReasons';
import { fixTarget } from '../state/fixTarget';
import { formatRoute } from '../state/routes';
import { useAppApi } from '../state/appContext';
import { goToPath } from '../state/jumps';
import { useAvailableStages } from './useAvailableStages';
import { useWorkbookValue } from '../state/hooks';

export function useRecordLinks(): RecordLinks {
  const app = useAppApi();
  const available = useAvailableStages();
  const workbookId = useWorkbookValue((w) => w.id);
  return useMemo(() => ({
    href: (path) => formatRoute({ screen: 'workbook', workbookId, stage: fixTarget(path, available).stage }),
    follow: (path) => goToPath(app, fixTarget(path, available)),
  }), [app, available, workbookId]);
}
