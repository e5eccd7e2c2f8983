import { deleteSession } from '../../../platform/auth/sessions.queries.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';

export async function logOutApplicant(ctx: AppContext, applicant: { id: string; sessionId: string }, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    await deleteSession(uow.trx, applicant.sessionId);
    await uow.audit({ actor: { kind: 'applicant', id: applicant.id }, action: 'auth.logout', entityType: 'applicant_account', entityId: applicant.id, requestId });
  });
}
