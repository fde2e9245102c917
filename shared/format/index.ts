/** The `.sprintbook` format: load (refuse or open with problems), migrate, and write canonically. */
export * from './faults';
export * from './decode';
export * from './load';
export * from './migrations';
export * from './references';
export * from './periods';
export * from './problems';
export * from './structure';
export * from './serialize';
export { isCalendarDate, isDateTime, isLocale, codePoints } from './values';
