/** The domain rules: pure functions from a workbook to tiers, scorecard, schedule, readiness and suggestions. */
export * from './dates';
export * from './tiers';
export * from './scorecard';
export * from './credibility';
export * from './kill-impact';
export * from './schedule';
export * from './readiness';
export * from './questions';
export * from './suggest';
export * from './observations-import';
export * from './dependencies';
export * from './decision-register';
export * from './raci';
export * from './trend';
export * from './fingerprint';
export * from './compare';
export * from './merge';
