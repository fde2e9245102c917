/**
 * Readiness's owner gaps, a frame behind the workbook. Readiness of a whole workbook is the
 * costliest thing an edit redraws (the sidebar defers it the same way): deferred, a click in
 * the RACI reaches the screen within a frame, and the checklist and tally follow a frame later.
 */
import type { Gap } from '../../../../shared/logic';
import { useDeferredDerived } from '../../../state/hooks';
import { deriveOwnerGaps } from './derive';

export function useOwnerGaps(): readonly Gap[] {
  return useDeferredDerived(deriveOwnerGaps);
}
