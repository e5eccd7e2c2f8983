import type { AdminProcedureDetail, createProcedureBody } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { getAdminDetail } from '../catalog.reads.ts';
import { assertCanManageProcedure } from '../catalog.policy.ts';
import { searchProjection, type ProcedureRecord } from '../procedure-record.ts';
import { findProcedureByCode, findUnit, insertProcedures, updateProcedure, type ProcedureRow } from '../procedures.queries.ts';
import { validateRecord, variantFromInput } from '../record-input.ts';
import { insertVersions } from '../versions.queries.ts';

export type CreateProcedureInput = z.output<typeof createProcedureBody>;

/** A new procedure starts as a draft with version 1; it becomes public only through a publication decision. */
export async function createProcedure(ctx: AppContext, actor: Actor, body: CreateProcedureInput, requestId: string): Promise<AdminProcedureDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const owner = body.ownerUnitId ? await findUnit(uow.trx, body.ownerUnitId) : undefined;
    if (body.ownerUnitId && !owner) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.ownerUnitId', message: 'Đơn vị không tồn tại' }] });
    assertCanManageProcedure(actor, 'catalog.manage', owner?.path ?? null);
    if (await findProcedureByCode(uow.trx, body.code)) {
      throw new AppError('DUPLICATE', { errors: [{ path: 'body.code', message: `Mã thủ tục ${body.code} đã có trong danh mục` }] });
    }
    const { changeNote, variants, ...fields } = body;
    const record: ProcedureRecord = { ...fields, variants: variants.map((v) => variantFromInput(v)) };
    await validateRecord(uow.trx, actor.id, record, uow.now, (i) => `body.variants.${i}`);

    const id = newId();
    const versionId = newId();
    const row: ProcedureRow = {
      id, code: body.code, status: 'draft', owner_unit_id: record.ownerUnitId, latest_version_id: null, latest_version_number: 1,
      current_version_id: null, current_version_number: null, replaced_by_procedure_id: null, first_published_at: null, published_at: null,
      ...searchProjection(record), created_at: uow.now, updated_at: uow.now,
    };
    await insertProcedures(uow.trx, [row]);
    await insertVersions(uow.trx, [{ id: versionId, procedureId: id, number: 1, source: 'edit', changeNote, createdAt: uow.now, createdBy: actor.id, record }]);
    await updateProcedure(uow.trx, id, { latest_version_id: versionId });
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'procedure.created', entityType: 'procedure', entityId: id, orgUnitId: record.ownerUnitId,
      data: { code: body.code, name: body.name, version: 1 }, requestId,
    });
    return getAdminDetail(uow.trx, { ...row, latest_version_id: versionId });
  });
}
