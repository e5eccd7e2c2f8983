import type { Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
