/** The model: the types of the `.sprintbook` format and the vocabulary around them. */
export * from './types';
export * from './problems';
export * from './ids';
export * from './graph';
export * from './references';
