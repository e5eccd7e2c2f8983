import type { NationalUpdateDetail } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCanManageProcedure } from '../catalog.policy.ts';
import { upsertDecisionItems } from '../decisions.queries.ts';
import { decisionsFor, publicationItem, UNKNOWN_DECISION } from '../import/import-records.ts';
import { findNationalUpdate, updateNationalUpdate, type NationalUpdateRow } from '../national-updates.queries.ts';
import { getNationalUpdateDetail } from '../national-updates.reads.ts';
import { searchProjection, searchTermsOf } from '../procedure-record.ts';
import { findProcedure, findUnit, replaceSearchTerms, updateProcedure, type ProcedureRow } from '../procedures.queries.ts';
import { bumpCatalogRevision } from '../search.queries.ts';
import { expectCatalogChange } from '../search.service.ts';
import { insertVersions, loadVersion } from '../versions.queries.ts';

type Permission = 'catalog.manage' | 'catalog.publish';

/** The pending update and its procedure, once the actor is known to manage that procedure. */
async function pendingUpdate(uow: UnitOfWork, actor: Actor, id: string, permission: Permission): Promise<{ update: NationalUpdateRow; procedure: ProcedureRow }> {
  const update = await findNationalUpdate(uow.trx, id);
  if (!update) throw notFound('Không tìm thấy cập nhật từ CSDL quốc gia');
  const procedure = (await findProcedure(uow.trx, update.procedure_id))!;
  const owner = procedure.owner_unit_id ? await findUnit(uow.trx, procedure.owner_unit_id) : undefined;
  assertCanManageProcedure(actor, permission, owner?.path ?? null);
  if (update.status !== 'pending') {
    throw new AppError('CONFLICT', { detail: 'Cập nhật này đã được xử lý hoặc đã có bản quốc gia mới hơn.', extensions: { updateStatus: update.status } });
  }
  return { update, procedure };
}

const inForce = (status: string) => status === 'published' || status === 'amended';

/**
 * Accepting makes the procedure's working head (the merge, with any edits made since) the public version,
 * published under the decision that announced the national change, as the import publishes national records.
 */
export async function acceptNationalUpdate(ctx: AppContext, actor: Actor, id: string, note: string | null, requestId: string): Promise<NationalUpdateDetail> {
  expectCatalogChange(ctx.db);
  return withUnitOfWork(ctx, async (uow) => {
    const { update, procedure: p } = await pendingUpdate(uow, actor, id, 'catalog.publish');
    if (p.status === 'replaced' || p.status === 'abolished') throw new AppError('CONFLICT', { detail: 'Thủ tục đã bị thay thế hoặc bãi bỏ, không công bố lại.' });
    const head = (await loadVersion(uow.trx, p.latest_version_id!))!;
    const decisionNumber = update.decision_number ?? UNKNOWN_DECISION;
    const decision = (await decisionsFor(uow, [decisionNumber])).get(decisionNumber)!;
    const amended = inForce(p.status);
    await upsertDecisionItems(uow.trx, [publicationItem(decision.id, p.id, head.row.id, head.record, amended, uow.now)]);
    await updateProcedure(uow.trx, p.id, {
      status: amended ? 'amended' : 'published', current_version_id: head.row.id, current_version_number: head.row.number, published_at: uow.now,
      first_published_at: p.first_published_at ?? uow.now, ...searchProjection(head.record), updated_at: uow.now,
    });
    await replaceSearchTerms(uow.trx, new Map([[p.id, searchTermsOf(head.record)]]));
    await bumpCatalogRevision(uow.trx, uow.now);
    await updateNationalUpdate(uow.trx, id, { status: 'accepted', decided_at: uow.now, decided_by: actor.id });
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'catalog.national_update_accepted', entityType: 'procedure', entityId: p.id, orgUnitId: p.owner_unit_id,
      data: { code: p.code, nationalUpdateId: id, version: head.row.number, previousPublicVersion: p.current_version_number, decision: decisionNumber, conflicts: (JSON.parse(update.conflicts) as unknown[]).length, note },
      requestId,
    });
    return getNationalUpdateDetail(uow.trx, id);
  });
}

/**
 * Dismissing keeps the province's version: when nothing was edited since the merge, the version the province
 * had before the national record arrived becomes the working head again (as a new version). The national
 * record stays recorded as the last national version, so the same record is not offered again.
 */
export async function dismissNationalUpdate(ctx: AppContext, actor: Actor, id: string, note: string | null, requestId: string): Promise<NationalUpdateDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const { update, procedure: p } = await pendingUpdate(uow, actor, id, 'catalog.manage');
    let restored: number | null = null;
    if (p.latest_version_id === update.merged_version_id) {
      const previous = (await loadVersion(uow.trx, update.previous_version_id))!;
      const merged = (await loadVersion(uow.trx, update.merged_version_id))!;
      if (previous.row.content_hash !== merged.row.content_hash) {
        restored = p.latest_version_number + 1;
        const versionId = newId();
        await insertVersions(uow.trx, [{
          id: versionId, procedureId: p.id, number: restored, source: 'edit', changeNote: `Không nhận cập nhật từ CSDL quốc gia: giữ phiên bản ${previous.row.number}`,
          createdAt: uow.now, createdBy: actor.id, record: previous.record,
        }]);
        await updateProcedure(uow.trx, p.id, {
          latest_version_id: versionId, latest_version_number: restored, updated_at: uow.now, ...(p.current_version_id === null ? searchProjection(previous.record) : {}),
        });
      }
    }
    await updateNationalUpdate(uow.trx, id, { status: 'dismissed', decided_at: uow.now, decided_by: actor.id });
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'catalog.national_update_dismissed', entityType: 'procedure', entityId: p.id, orgUnitId: p.owner_unit_id,
      data: { code: p.code, nationalUpdateId: id, restoredVersion: restored, note },
      requestId,
    });
    return getNationalUpdateDetail(uow.trx, id);
  });
}
