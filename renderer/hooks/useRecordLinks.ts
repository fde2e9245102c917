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
import { useAppStore } from '../state/store';
import { useAvailableStages } from './useAvailableStages';

export function useRecordLinks(): RecordLinks {
  const available = useAvailableStages();
  const workbookId = useAppStore((s) => s.workbook?.id ?? '');
  return useMemo(() => ({
    href: (path) => formatRoute({ screen: 'workbook', workbookId, stage: fixTarget(path, available).stage }),
    follow: (path) => {
      const target = fixTarget(path, available);
      const s = useAppStore.getState();
      s.showStage(target.stage);
      s.requestFocus(target.focus);
    },
  }), [available, workbookId]);
}
