import { loadAdoptions } from './adoption.queries.ts';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type NationalUpdateRow = DB['national_updates'];
const CHUNK = 400;

/** Versions written from national data (the crawler records, the national package): the base of a merge. */
export const nationalSources = ['import', 'package'] as const;

export interface NationalBase {
  id: string;
  number: number;
  contentHash: string;
  ownerUnitId: string | null;
}

/** The last national version of each procedure (by procedure id). */
export async function lastNationalVersions(ex: Executor, procedureIds: string[]): Promise<Map<string, NationalBase>> {
  const out = new Map<string, NationalBase>();
  for (let i = 0; i < procedureIds.length; i += CHUNK) {
    const rows = await ex
      .selectFrom('procedure_versions')
      .select(['id', 'procedure_id', 'number', 'content_hash', 'owner_unit_id'])
      .where('procedure_id', 'in', procedureIds.slice(i, i + CHUNK))
      .where('source', 'in', [...nationalSources])
      .orderBy('number')
      .execute();
    for (const r of rows) out.set(r.procedure_id, { id: r.id, number: r.number, contentHash: r.content_hash, ownerUnitId: r.owner_unit_id });
  }
  return out;
}

/** Which of these procedures the province has adopted (the one definition: `loadAdoptions`); a national change to them waits for the control officer. */
export async function adoptedProcedureIds(ex: Executor, procedureIds: string[]): Promise<Set<string>> {
  const adopted = await loadAdoptions(ex);
  return new Set(procedureIds.filter((id) => adopted.has(id)));
}

/** A newer national record replaces the review of an older one still pending. */
export async function supersedePending(ex: Executor, procedureIds: string[], now: string): Promise<void> {
  for (let i = 0; i < procedureIds.length; i += CHUNK) {
    await ex
      .updateTable('national_updates')
      .set({ status: 'superseded', decided_at: now })
      .where('procedure_id', 'in', procedureIds.slice(i, i + CHUNK))
      .where('status', '=', 'pending')
      .execute();
  }
}

export async function insertNationalUpdates(ex: Executor, rows: NationalUpdateRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await ex.insertInto('national_updates').values(rows.slice(i, i + 200)).execute();
}

export const findNationalUpdate = (ex: Executor, id: string) => ex.selectFrom('national_updates').selectAll().where('id', '=', id).executeTakeFirst();

export const updateNationalUpdate = (ex: Executor, id: string, patch: Partial<NationalUpdateRow>) =>
  ex.updateTable('national_updates').set(patch).where('id', '=', id).execute();

/** Version numbers of the versions a review compares. */
export async function versionNumbers(ex: Executor, ids: string[]): Promise<Map<string, number>> {
  const wanted = ids.filter(Boolean);
  if (wanted.length === 0) return new Map();
  const rows = await ex.selectFrom('procedure_versions').select(['id', 'number']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.number]));
}

export async function listNationalUpdates(ex: Executor, o: { status: string; limit: number; offset: number }) {
  const q = ex.selectFrom('national_updates as u').innerJoin('procedures as p', 'p.id', 'u.procedure_id').where('u.status', '=', o.status);
  const [rows, count] = await Promise.all([
    q
      .selectAll('u')
      .select(['p.code', 'p.name', 'p.current_version_number', 'p.latest_version_number'])
      .orderBy('u.created_at', 'desc')
      .orderBy('p.code')
      .limit(o.limit)
      .offset(o.offset)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type NationalUpdateListRow = Awaited<ReturnType<typeof listNationalUpdates>>['rows'][number];
