/**
 * Derived values the metrics screen asks for often, memoized on the workbook like the store's
 * own selectors: a row looks its score up by id without scanning the whole scorecard.
 */
import type { MetricScore } from '../../../shared/logic';
import { deriveScorecard, memoByWorkbook } from '../../state/selectors';

export const deriveScoreById = memoByWorkbook((w) => new Map<string, MetricScore>(deriveScorecard(w).map((s) => [s.metricId, s])));

const NO_SCORE: MetricScore = {
  metricId: '', latest: null, latestDate: null, changePct: null, status: 'no-data', killBreached: false, killTriggered: false,
  limits: null, signal: null, baselineGrade: null,
};

export const deriveScore = (w: Parameters<typeof deriveScoreById>[0], id: string): MetricScore => deriveScoreById(w).get(id) ?? NO_SCORE;
