import type { decisionInput, PublicationDecision, updateDecisionBody } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCanManageProcedure } from '../catalog.policy.ts';
import { loadDecisionView } from '../decisions.presenter.ts';
import { findDecision, findDecisionByNumber, insertDecision, replaceDecisionItems, updateDecisionRow, type DecisionRow } from '../decisions.queries.ts';
import { findProceduresByIds, findUnitsByIds } from '../procedures.queries.ts';
import { attachListsToDecision, findServiceListsByIds } from '../service-lists.queries.ts';

type DecisionInput = z.output<typeof decisionInput>;
type DecisionPatch = z.output<typeof updateDecisionBody>;
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { errors: [{ path, message }] });

/** The items and desk lists a draft decision announces: they must exist and lie in the actor's scope. */
async function applyContents(uow: UnitOfWork, actor: Actor, decisionId: string, items: DecisionInput['items'] | undefined, listIds: string[] | undefined) {
  if (items) {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.procedureId)) throw invalid(`body.items.${i}.procedureId`, 'Thủ tục bị lặp trong quyết định');
      seen.add(it.procedureId);
      if (it.action === 'replaced' && !it.replacedByProcedureId) throw invalid(`body.items.${i}.replacedByProcedureId`, 'Chọn thủ tục thay thế');
    });
    const ids = [...new Set(items.flatMap((it) => [it.procedureId, ...(it.replacedByProcedureId ? [it.replacedByProcedureId] : [])]))];
    const procedures = new Map((await findProceduresByIds(uow.trx, ids)).map((p) => [p.id, p]));
    const ownerIds = [...new Set([...procedures.values()].map((p) => p.owner_unit_id).filter((id): id is string => !!id))];
    const owners = new Map((await findUnitsByIds(uow.trx, ownerIds)).map((u) => [u.id, u]));
    items.forEach((it, i) => {
      const p = procedures.get(it.procedureId);
      if (!p) throw invalid(`body.items.${i}.procedureId`, 'Thủ tục không tồn tại');
      if (it.replacedByProcedureId && !procedures.has(it.replacedByProcedureId)) throw invalid(`body.items.${i}.replacedByProcedureId`, 'Thủ tục thay thế không tồn tại');
      assertCanManageProcedure(actor, 'catalog.manage', p.owner_unit_id ? (owners.get(p.owner_unit_id)?.path ?? null) : null);
    });
    await replaceDecisionItems(
      uow.trx,
      decisionId,
      items.map((it, position) => ({
        decision_id: decisionId, procedure_id: it.procedureId, position, action: it.action, replaced_by_procedure_id: it.action === 'replaced' ? it.replacedByProcedureId : null,
        version_id: null, published_at: null, incomplete: 0, missing: '[]',
      })),
    );
  }
  if (listIds) {
    const unique = [...new Set(listIds)];
    const lists = await findServiceListsByIds(uow.trx, unique);
    unique.forEach((id, i) => {
      const l = lists.find((x) => x.id === id);
      if (!l) throw invalid(`body.serviceListIds.${i}`, 'Danh mục không tồn tại');
      if (l.status !== 'draft') throw invalid(`body.serviceListIds.${i}`, 'Danh mục đã được công bố');
      if (l.decision_id && l.decision_id !== decisionId) throw invalid(`body.serviceListIds.${i}`, 'Danh mục đã thuộc một quyết định khác');
    });
    await attachListsToDecision(uow.trx, decisionId, unique);
  }
}

async function assertNumberFree(uow: UnitOfWork, number: string, decisionId: string | null) {
  const other = await findDecisionByNumber(uow.trx, number);
  if (other && other.id !== decisionId) throw new AppError('DUPLICATE', { errors: [{ path: 'body.number', message: `Đã có quyết định số ${number}` }] });
}

export async function createDecision(ctx: AppContext, actor: Actor, body: DecisionInput, requestId: string): Promise<PublicationDecision> {
  return withUnitOfWork(ctx, async (uow) => {
    await assertNumberFree(uow, body.number, null);
    const id = newId();
    const row: DecisionRow = {
      id, number: body.number, title: body.title, signed_on: body.signedOn, signer: body.signer, issuer: body.issuer, issuer_level: 'province',
      effective_on: body.effectiveOn, legal_basis: JSON.stringify(body.legalBasis), legal_basis_effective_on: body.legalBasisEffectiveOn,
      status: 'draft', issued_at: null, created_at: uow.now, created_by: actor.id, updated_at: uow.now,
    };
    await insertDecision(uow.trx, row);
    await applyContents(uow, actor, id, body.items, body.serviceListIds);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'publication_decision.drafted', entityType: 'publication_decision', entityId: id,
      data: { number: body.number, items: body.items.length, serviceLists: body.serviceListIds.length }, requestId,
    });
    return loadDecisionView(uow.trx, id, uow.now);
  });
}

export async function updateDecision(ctx: AppContext, actor: Actor, id: string, body: DecisionPatch, requestId: string): Promise<PublicationDecision> {
  return withUnitOfWork(ctx, async (uow) => {
    const d = await findDecision(uow.trx, id);
    if (!d) throw notFound('Không tìm thấy quyết định công bố');
    if (d.status !== 'draft') throw new AppError('CONFLICT', { detail: 'Quyết định đã ban hành, không sửa được.' });
    if (body.number !== undefined) await assertNumberFree(uow, body.number, id);
    const patch: Partial<DecisionRow> = {
      ...(body.number !== undefined && { number: body.number }),
      ...(body.title !== undefined && { title: body.title }),
      ...(body.signedOn !== undefined && { signed_on: body.signedOn }),
      ...(body.signer !== undefined && { signer: body.signer }),
      ...(body.issuer !== undefined && { issuer: body.issuer }),
      ...(body.effectiveOn !== undefined && { effective_on: body.effectiveOn }),
      ...(body.legalBasis !== undefined && { legal_basis: JSON.stringify(body.legalBasis) }),
      ...(body.legalBasisEffectiveOn !== undefined && { legal_basis_effective_on: body.legalBasisEffectiveOn }),
      updated_at: uow.now,
    };
    await updateDecisionRow(uow.trx, id, patch);
    await applyContents(uow, actor, id, body.items, body.serviceListIds);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'publication_decision.updated', entityType: 'publication_decision', entityId: id,
      data: { number: patch.number ?? d.number, fields: Object.keys(body) }, requestId,
    });
    return loadDecisionView(uow.trx, id, uow.now);
  });
}
