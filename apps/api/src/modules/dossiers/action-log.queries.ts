/** The dossier's append-only action log. */
import type { Executor, ActionRow } from './dossiers.queries.ts';

export async function nextActionSeq(ex: Executor, dossierId: string): Promise<number> {
  const r = await ex.selectFrom('dossier_actions').select((eb) => eb.fn.max('seq').as('m')).where('dossier_id', '=', dossierId).executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export const insertAction = (ex: Executor, row: ActionRow) => ex.insertInto('dossier_actions').values(row).execute();

export const listActions = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', dossierId).orderBy('seq').execute();

/** What rebuilding a dossier's state from its action log needs: the stored state and the log, in order. */
export async function loadReplayRows(ex: Executor, dossierId: string) {
  const dossier = await ex
    .selectFrom('dossiers')
    .select(['id', 'status', 'state', 'due_at', 'time_limit_value', 'time_limit_unit', 'workflow_version_id'])
    .where('id', '=', dossierId)
    .executeTakeFirst();
  if (!dossier) return undefined;
  return { dossier, actions: await listActions(ex, dossierId) };
}

export const lastActionOf = (ex: Executor, dossierId: string, action: string) =>
  ex.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', dossierId).where('action', '=', action).orderBy('seq', 'desc').limit(1).executeTakeFirst();

/**
 * What the applicant declared in the e-form of an online dossier (kept with its `register_online` action) and the
 * e-form of the variant it was registered under (its pinned catalog version). Nothing for a desk receipt.
 */
export const findEFormAnswers = (ex: Executor, dossierId: string) =>
  ex
    .selectFrom('dossier_actions')
    .innerJoin('dossiers', 'dossiers.id', 'dossier_actions.dossier_id')
    .leftJoin('procedure_variants', (j) => j.onRef('procedure_variants.version_id', '=', 'dossiers.procedure_version_id').onRef('procedure_variants.key', '=', 'dossiers.variant_key'))
    .select(['dossier_actions.data', 'procedure_variants.e_form'])
    .where('dossier_actions.dossier_id', '=', dossierId)
    .where('dossier_actions.action', '=', 'register_online')
    .orderBy('dossier_actions.seq')
    .limit(1)
    .executeTakeFirst();
