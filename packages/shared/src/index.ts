export * from './errors.ts';
export * from './rules/permissions.ts';
export * from './contracts/common.ts';
export * from './contracts/platform.ts';
export * from './contracts/identity.ts';
export * from './rules/calendar/index.ts';
export * from './contracts/calendar.ts';
export * from './contracts/catalog.ts';
