export * from './vocabulary.ts';
export * from './fold.ts';
export * from './consistency.ts';
export * from './publication-timing.ts';
export * from './document-requirements.ts';
