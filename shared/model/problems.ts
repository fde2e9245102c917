/**
 * Problems: what is wrong with an opened workbook, each tied to a JSON pointer and to the
 * readiness question it blocks (DOMAIN.md, "Opened with problems").
 */

export const QUESTIONS = ['workflow', 'tiers', 'baselines', 'owners'] as const;
export type Question = (typeof QUESTIONS)[number];

export interface Problem {
  readonly message: string;
  /** JSON pointer (RFC 6901) into the workbook. */
  readonly path: string;
  readonly subjectId?: string;
  /** The readiness question this problem counts against. */
  readonly question: Question;
}

/** Builds a JSON pointer from path segments, escaping `~` and `/` as RFC 6901 says. */
export function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
