/**
 * The dossier rows and their codes, and the types every queries file of the module shares. The SQL of the other
 * aggregates: action-log, handovers, dossier-documents, dossier-records (consultations, agencies, obligations,
 * results), queues (work queues, register), catalog-units (what this module reads of others), online/online.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

import type { Executor } from '../../db/executor.ts';

export type { Executor };
export type DossierRow = DB['dossiers'];
export type ActionRow = DB['dossier_actions'];
export type HandoverRow = DB['dossier_handovers'];

// ---------------------------------------------------------------- dossier codes

/**
 * The next daily sequence of an agency, taken inside the receipt's transaction: the row lock serialises
 * concurrent receipts, and a rollback gives the number back, so codes have neither gaps nor duplicates.
 */
export async function nextDossierSequence(ex: Executor, agencyCode: string, receiptDate: string): Promise<number> {
  const row = await ex
    .insertInto('dossier_code_sequences')
    .values({ agency_code: agencyCode, receipt_date: receiptDate, last_value: 1 })
    .onConflict((oc) => oc.columns(['agency_code', 'receipt_date']).doUpdateSet({ last_value: sql<number>`dossier_code_sequences.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

// ---------------------------------------------------------------- dossiers

export const insertDossier = (ex: Executor, row: DossierRow) => ex.insertInto('dossiers').values(row).execute();

export const findDossier = (ex: Executor, id: string) => ex.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();

export const findDossierByCode = (ex: Executor, code: string) => ex.selectFrom('dossiers').selectAll().where('code', '=', code).executeTakeFirst();

/** Reads the dossier for an action; on PostgreSQL the row stays locked until the transaction ends. */
export async function lockDossier(ex: Executor, engine: Engine, id: string): Promise<DossierRow | undefined> {
  const q = ex.selectFrom('dossiers').selectAll().where('id', '=', id);
  return engine === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

/** Writes the new state only if nobody changed the dossier since it was read. Returns whether it did. */
export async function updateDossierIfVersion(ex: Executor, id: string, version: number, patch: Partial<DossierRow>): Promise<boolean> {
  const r = await ex.updateTable('dossiers').set(patch).where('id', '=', id).where('row_version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Units that take part in a dossier besides its own columns: agencies of an inter-agency chain and consulted bodies. */
export async function participatingUnitIds(ex: Executor, dossierId: string): Promise<string[]> {
  const [agencies, consulted] = await Promise.all([
    ex.selectFrom('dossier_agencies').select('unit_id').where('dossier_id', '=', dossierId).execute(),
    ex.selectFrom('dossier_consultations').select('unit_id').where('dossier_id', '=', dossierId).execute(),
  ]);
  return [...agencies, ...consulted].map((r) => r.unit_id);
}

/** Open dossiers with an appointment on or after an instant, in id order from `afterId` (keyset paging). */
export const openDossiersDueFrom = (ex: Executor, fromInstant: string, afterId: string, limit: number) =>
  ex
    .selectFrom('dossiers')
    .selectAll()
    .where('is_open', '=', 1)
    .where('due_at', '>=', fromInstant)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
