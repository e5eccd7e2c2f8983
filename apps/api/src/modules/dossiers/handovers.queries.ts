/** The process-control sheet (Form 06) rows. */
import type { Executor, HandoverRow } from './dossiers.queries.ts';

export const insertHandover = (ex: Executor, row: HandoverRow) => ex.insertInto('dossier_handovers').values(row).execute();

export const insertHandovers = (ex: Executor, rows: HandoverRow[]) => ex.insertInto('dossier_handovers').values(rows).execute();

export const openHandover = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_handovers').selectAll().where('dossier_id', '=', dossierId).where('ended_at', 'is', null).orderBy('seq', 'desc').limit(1).executeTakeFirst();

export const lastHandoverSeq = async (ex: Executor, dossierId: string): Promise<number> => {
  const r = await ex.selectFrom('dossier_handovers').select((eb) => eb.fn.max('seq').as('m')).where('dossier_id', '=', dossierId).executeTakeFirst();
  return Number(r?.m ?? 0);
};

export const closeHandover = (ex: Executor, id: string, patch: Pick<HandoverRow, 'ended_at' | 'outcome' | 'timeliness'>) =>
  ex.updateTable('dossier_handovers').set(patch).where('id', '=', id).execute();

export const listHandovers = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_handovers').selectAll().where('dossier_id', '=', dossierId).orderBy('seq').execute();
