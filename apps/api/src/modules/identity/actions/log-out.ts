import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { deletePrincipalSessions, deleteSession } from '../../../platform/auth/sessions.queries.ts';

export async function logOut(ctx: AppContext, actor: Actor, opts: { everywhere: boolean; requestId: string }): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    if (opts.everywhere) await deletePrincipalSessions(uow.trx, actor.kind, actor.id);
    else await deleteSession(uow.trx, actor.sessionId);
    await uow.audit({
      actor: { kind: actor.kind, id: actor.id },
      action: opts.everywhere ? 'auth.logout_everywhere' : 'auth.logout',
      entityType: actor.kind,
      entityId: actor.id,
      requestId: opts.requestId,
    });
  });
}
