export * from './question-sets.ts';
export * from './scoring.ts';
