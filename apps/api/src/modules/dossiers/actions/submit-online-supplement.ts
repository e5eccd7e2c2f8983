import type { FieldError, PortalDossierDetail, PortalSupplementBody } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { recordDocumentReuses } from '../../document-store/index.ts';
import { listDossierRequirements } from '../catalog-units.queries.ts';
import { findAccountDossier, findOwnedFiles } from '../online/online.queries.ts';
import { presentPortalDetail } from '../online/online.presenter.ts';
import { actOnDossier } from './act-on-dossier.ts';

/**
 * The applicant answers a supplement request online with their own uploads or documents from their store (a
 * reuse is recorded for each, in the action's transaction; a revoked result refuses the supplement). It is the state machine's
 * `submit_supplement` done by the system on the applicant's behalf: before acceptance the dossier goes back to
 * the desk (newly registered); after it, processing resumes and the clock does what the rules say (restart).
 */
export async function submitOnlineSupplement(ctx: AppContext, actor: Actor, id: string, body: PortalSupplementBody, requestId: string): Promise<PortalDossierDetail> {
  const row = await findAccountDossier(ctx.db, actor.id, id);
  if (!row) throw notFound('Không tìm thấy hồ sơ');
  const requirements = await listDossierRequirements(ctx.db, row);
  const owned = new Set((await findOwnedFiles(ctx.db, body.documents.map((d) => d.fileId), 'applicant', actor.id)).map((f) => f.id));
  const errors: FieldError[] = [];
  const documents = body.documents.map((d, i) => {
    if (!owned.has(d.fileId)) errors.push({ path: `body.documents.${i}.fileId`, message: 'Không tìm thấy tệp đã tải lên' });
    const name = d.requirement !== null ? requirements.find((r) => r.position === d.requirement)?.name : d.name;
    if (!name) errors.push({ path: `body.documents.${i}.${d.requirement !== null ? 'requirement' : 'name'}`, message: d.requirement !== null ? 'Không có giấy tờ này trong thành phần hồ sơ' : 'Cần ghi tên giấy tờ' });
    return { requirement: d.requirement, name: name ?? '', originals: 0, copies: 0, fileId: d.fileId };
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  await actOnDossier(ctx, null, row.id, 'submit_supplement', { expectedVersion: body.expectedVersion ?? row.row_version, documents }, requestId, {
    // Documents taken from the applicant's store: one reuse each, as at submission (Decision 766, 4.3).
    alsoInTransaction: (uow) => recordDocumentReuses(uow, { accountId: actor.id, dossierId: row.id, documents: body.documents, pathPrefix: 'body' }).then(() => undefined),
  });
  return presentPortalDetail(ctx.db, (await findAccountDossier(ctx.db, actor.id, id))!, ctx.clock.now().toISOString());
}
