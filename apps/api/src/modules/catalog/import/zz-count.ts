import { createDatabase } from '../../../db/database.ts';
import { sql } from 'kysely';
const url = process.env.DB!;
const d = createDatabase(url.startsWith('file:') ? { engine: 'sqlite', file: url.slice(5) } : { engine: 'postgres', url });
for (const t of ['procedures', 'procedure_units', 'service_lists', 'service_list_items', 'org_units', 'publication_decisions', 'audit_entries']) {
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(d.db);
  console.log(t, r.rows[0]!.n);
}
await d.destroy();
