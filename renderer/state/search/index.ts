/** Search everything (issue 13): the matcher, the records it searches, and the search. */
export * from './match';
export * from './entries';
export * from './search';
