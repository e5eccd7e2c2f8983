export * from './statuses.ts';
export * from './actions.ts';
export * from './guards.ts';
export * from './transitions.ts';
export * from './legal-rules.ts';
export * from './deadlines.ts';
export * from './dossier-code.ts';
export * from './timeliness.ts';
