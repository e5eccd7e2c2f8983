import { canAccessUnit, type Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findDossier, loadDossierForActor } from '../../dossiers/index.ts';
import { findEResult, findUnitsByIds, revokeEResultRow } from '../documents.queries.ts';

/** A leader of the issuing agency revokes an electronic result: from then on its QR code verifies as revoked. */
export async function revokeEResult(ctx: AppContext, actor: Actor, eResultId: string, reason: string, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    const result = await findEResult(uow.trx, eResultId);
    if (!result) throw notFound('Không tìm thấy kết quả điện tử');
    await loadDossierForActor(uow.trx, actor, await findDossier(uow.trx, result.dossier_id));
    const [issuer] = await findUnitsByIds(uow.trx, [result.issuer_unit_id]);
    if (!issuer || !canAccessUnit(actor, 'document.revoke', issuer.path)) {
      throw new AppError('FORBIDDEN', { detail: 'Chỉ lãnh đạo cơ quan ban hành được thu hồi kết quả điện tử.' });
    }
    const changed = await revokeEResultRow(uow.trx, result.id, { revoked_at: uow.now, revoked_by: actor.id, revoked_reason: reason });
    if (Number(changed.numUpdatedRows) === 0) throw new AppError('CONFLICT', { detail: 'Kết quả điện tử này đã bị thu hồi trước đó.' });
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'document.e_result_revoked', entityType: 'dossier', entityId: result.dossier_id, orgUnitId: result.issuer_unit_id,
      data: { resultCode: result.result_code }, requestId,
    });
  });
}
