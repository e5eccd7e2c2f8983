/** A dossier's side records: consultations, inter-agency agencies, financial obligations, results. */
import type { DB } from '../../db/schema.ts';
import type { Executor } from './dossiers.queries.ts';

export const insertConsultation = (ex: Executor, row: DB['dossier_consultations']) => ex.insertInto('dossier_consultations').values(row).execute();

export const listConsultations = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_consultations').selectAll().where('dossier_id', '=', dossierId).orderBy('requested_at').execute();

export const countOpenConsultations = async (ex: Executor, dossierId: string): Promise<number> => {
  const r = await ex.selectFrom('dossier_consultations').select((eb) => eb.fn.countAll<number>().as('n')).where('dossier_id', '=', dossierId).where('answered_at', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const answerConsultation = (ex: Executor, id: string, dossierId: string, patch: Partial<DB['dossier_consultations']>) =>
  ex.updateTable('dossier_consultations').set(patch).where('id', '=', id).where('dossier_id', '=', dossierId).where('answered_at', 'is', null).executeTakeFirst();

export const upsertAgency = async (ex: Executor, row: DB['dossier_agencies']) => {
  await ex
    .insertInto('dossier_agencies')
    .values(row)
    .onConflict((oc) => oc.columns(['dossier_id', 'unit_id']).doUpdateSet({ started_at: row.started_at, due_at: row.due_at, completed_at: null, timeliness: null }))
    .execute();
};

export const listAgencies = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_agencies').selectAll().where('dossier_id', '=', dossierId).orderBy('position').execute();

export const completeAgency = (ex: Executor, dossierId: string, unitId: string, patch: Partial<DB['dossier_agencies']>) =>
  ex.updateTable('dossier_agencies').set(patch).where('dossier_id', '=', dossierId).where('unit_id', '=', unitId).where('completed_at', 'is', null).execute();

export const insertObligation = (ex: Executor, row: DB['dossier_obligations']) => ex.insertInto('dossier_obligations').values(row).execute();

export const listObligations = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_obligations').selectAll().where('dossier_id', '=', dossierId).orderBy('requested_at').execute();

export const payOpenObligations = (ex: Executor, dossierId: string, patch: Partial<DB['dossier_obligations']>) =>
  ex.updateTable('dossier_obligations').set(patch).where('dossier_id', '=', dossierId).where('paid_at', 'is', null).execute();

export const insertResult = (ex: Executor, row: DB['dossier_results']) => ex.insertInto('dossier_results').values(row).execute();

export const listResults = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_results').selectAll().where('dossier_id', '=', dossierId).orderBy('number').execute();

export const returnResults = (ex: Executor, dossierId: string, at: string, method: string) =>
  ex.updateTable('dossier_results').set({ returned_at: at, return_method: method }).where('dossier_id', '=', dossierId).where('returned_at', 'is', null).execute();
export const countResults = async (ex: Executor, dossierId: string): Promise<number> => {
  const r = await ex.selectFrom('dossier_results').select((eb) => eb.fn.countAll<number>().as('n')).where('dossier_id', '=', dossierId).executeTakeFirst();
  return Number(r?.n ?? 0);
};
