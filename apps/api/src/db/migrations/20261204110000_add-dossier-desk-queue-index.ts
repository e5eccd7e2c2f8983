import type { Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// The desk's "received here" queue: open dossiers a desk received or registered, wherever they are now, by due date.
// The register's index (receiving_unit_id, received_at) would walk every dossier the desk ever received.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('dossiers_desk_queue_idx').on('dossiers').columns(['receiving_unit_id', 'is_open', 'due_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('dossiers_desk_queue_idx').execute();
}
