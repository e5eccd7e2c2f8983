import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { actOnDossier } from './act-on-dossier.ts';

/** Assigns each dossier in its own transaction: one refused dossier does not undo the others. */
export async function bulkAssign(ctx: AppContext, actor: Actor, body: { assigneeId: string; dossiers: { id: string; expectedVersion: number }[] }, requestId: string) {
  const items = [];
  for (const d of body.dossiers) {
    try {
      await actOnDossier(ctx, actor, d.id, 'assign', { expectedVersion: d.expectedVersion, assigneeId: body.assigneeId }, requestId);
      items.push({ id: d.id, ok: true, code: null, message: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      items.push({ id: d.id, ok: false, code: error.code, message: error.options.detail ?? error.options.errors?.[0]?.message ?? null });
    }
  }
  return { items };
}
