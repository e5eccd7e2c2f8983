export * from './steps.ts';
export * from './check.ts';
