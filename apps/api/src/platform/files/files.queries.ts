import type { Executor } from '../../db/executor.ts';
import type { DB } from '../../db/schema.ts';

export const insertStoredFile = (ex: Executor, row: DB['stored_files']) => ex.insertInto('stored_files').values(row).execute();
export const insertStoredFiles = (ex: Executor, rows: DB['stored_files'][]) =>
  rows.length === 0 ? Promise.resolve() : ex.insertInto('stored_files').values(rows).execute().then(() => undefined);
export const findStoredFile = (ex: Executor, id: string) => ex.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();

/** Of these contents (sha256), those some stored file points at. */
export const findContentInUse = async (ex: Executor, sha256s: string[]): Promise<Set<string>> =>
  sha256s.length === 0
    ? new Set()
    : new Set((await ex.selectFrom('stored_files').select('sha256').distinct().where('sha256', 'in', [...new Set(sha256s)]).execute()).map((r) => r.sha256));

/** Bytes one uploader stored since an instant (the daily upload quota). */
export const sumUploadedBytesSince = async (ex: Executor, kind: string, id: string, since: string): Promise<number> => {
  const row = await ex.selectFrom('stored_files').select((eb) => eb.fn.sum<number | string | null>('size').as('bytes'))
    .where('uploaded_by_kind', '=', kind).where('uploaded_by_id', '=', id).where('created_at', '>=', since).executeTakeFirst();
  return Number(row?.bytes ?? 0);
};
