import type { AdminProcedureDetail, removeVariantBody, saveVariantBody, updateProcedureBody } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { getAdminDetail, getProcedureOrThrow } from '../catalog.reads.ts';
import { assertCanManageProcedure } from '../catalog.policy.ts';
import type { ProcedureRecord } from '../procedure-record.ts';
import { findUnit, type ProcedureRow } from '../procedures.queries.ts';
import { variantFromInput } from '../record-input.ts';
import { loadVersion } from '../versions.queries.ts';
import { commitVersion } from './commit-version.ts';

type Edit = (record: ProcedureRecord) => ProcedureRecord;

/** Loads the latest record, checks the actor may manage it (before and after the edit), and commits a new version. */
async function editProcedure(
  ctx: AppContext, actor: Actor, id: string, requestId: string,
  opts: { baseVersion: number; changeNote: string | null; action: string; variantPath?: (i: number) => string },
  edit: Edit,
): Promise<AdminProcedureDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const procedure = await getProcedureOrThrow(uow.trx, id);
    await assertOwnerScope(uow, actor, procedure.owner_unit_id);
    const latest = await loadVersion(uow.trx, procedure.latest_version_id!);
    const record = edit(latest!.record);
    if (record.ownerUnitId !== procedure.owner_unit_id) await assertOwnerScope(uow, actor, record.ownerUnitId);
    const saved: ProcedureRow = await commitVersion(uow, actor, procedure, record, { ...opts, requestId });
    return getAdminDetail(uow.trx, saved);
  });
}

async function assertOwnerScope(uow: UnitOfWork, actor: Actor, ownerUnitId: string | null): Promise<void> {
  const owner = ownerUnitId ? await findUnit(uow.trx, ownerUnitId) : undefined;
  if (ownerUnitId && !owner) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.ownerUnitId', message: 'Đơn vị không tồn tại' }] });
  assertCanManageProcedure(actor, 'catalog.manage', owner?.path ?? null);
}

export function updateProcedure(ctx: AppContext, actor: Actor, id: string, body: z.output<typeof updateProcedureBody>, requestId: string) {
  const { baseVersion, changeNote, ...fields } = body;
  const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return editProcedure(ctx, actor, id, requestId, { baseVersion, changeNote, action: 'procedure.updated' }, (r) => ({ ...r, ...patch }));
}

export function addVariant(ctx: AppContext, actor: Actor, id: string, body: z.output<typeof saveVariantBody>, requestId: string) {
  const { baseVersion, changeNote, ...variant } = body;
  return editProcedure(ctx, actor, id, requestId, { baseVersion, changeNote, action: 'procedure.variant_added', variantPath: () => 'body' }, (r) => {
    const created = variantFromInput({ ...variant, key: undefined });
    return { ...r, variants: [...r.variants, created] };
  });
}

export function saveVariant(ctx: AppContext, actor: Actor, id: string, key: string, body: z.output<typeof saveVariantBody>, requestId: string) {
  const { baseVersion, changeNote, ...variant } = body;
  return editProcedure(ctx, actor, id, requestId, { baseVersion, changeNote, action: 'procedure.variant_saved', variantPath: () => 'body' }, (r) => {
    if (!r.variants.some((v) => v.key === key)) throw notFound('Không có trường hợp này');
    return { ...r, variants: r.variants.map((v) => (v.key === key ? variantFromInput(variant, key) : v)) };
  });
}

export function removeVariant(ctx: AppContext, actor: Actor, id: string, key: string, body: z.output<typeof removeVariantBody>, requestId: string) {
  const { baseVersion, changeNote } = body;
  return editProcedure(ctx, actor, id, requestId, { baseVersion, changeNote, action: 'procedure.variant_removed' }, (r) => {
    if (!r.variants.some((v) => v.key === key)) throw notFound('Không có trường hợp này');
    return { ...r, variants: r.variants.filter((v) => v.key !== key) };
  });
}
