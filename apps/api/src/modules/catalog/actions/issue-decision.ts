import type { issueDecisionBody, PublicationDecision } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { checkDecision, type CheckedItem } from '../decision-check.ts';
import { loadDecisionView } from '../decisions.presenter.ts';
import { findDecision, updateDecisionItem, updateDecisionRow } from '../decisions.queries.ts';
import { searchProjection, searchTermsOf } from '../procedure-record.ts';
import { replaceSearchTerms, updateProcedure, type ProcedureRow } from '../procedures.queries.ts';
import { bumpCatalogRevision } from '../search.queries.ts';
import { expectCatalogChange } from '../search.service.ts';
import { publishDecisionLists } from '../service-lists.queries.ts';

const statusAfter = { new: 'published', amended: 'amended', replaced: 'replaced', abolished: 'abolished' } as const;

/** What the decision does to one procedure: new and amended make the latest version public; the others end it. */
function procedurePatch(item: CheckedItem, now: string): Partial<ProcedureRow> {
  const p = item.procedure;
  if (item.action === 'new' || item.action === 'amended') {
    return {
      status: statusAfter[item.action], current_version_id: p.latest_version_id, current_version_number: p.latest_version_number,
      published_at: now, first_published_at: p.first_published_at ?? now, ...searchProjection(item.latest.record), updated_at: now,
    };
  }
  return { status: statusAfter[item.action], replaced_by_procedure_id: item.action === 'replaced' ? item.replacedByProcedureId : null, updated_at: now };
}

/**
 * Issuing a decision is the only way catalog changes become public. In one transaction: every announced
 * procedure changes status (and public version), the publication time is recorded per item with its
 * completeness, the desk lists it carries are published, and the decision is stamped as issued.
 */
export async function issueDecision(ctx: AppContext, actor: Actor, id: string, body: z.output<typeof issueDecisionBody>, requestId: string): Promise<PublicationDecision> {
  expectCatalogChange(ctx.db);
  return withUnitOfWork(ctx, async (uow) => {
    const decision = await findDecision(uow.trx, id);
    if (!decision) throw notFound('Không tìm thấy quyết định công bố');
    const { result, items } = await checkDecision(uow.trx, decision, uow.now);
    if (result.problems.length > 0) throw new AppError('CONFLICT', { detail: result.problems.join('; '), extensions: { problems: result.problems } });
    const incomplete = result.items.filter((i) => !i.check.complete);
    if (incomplete.length > 0 && !body.acknowledgeIncomplete) {
      throw new AppError('CONFLICT', {
        detail: `${incomplete.length} thủ tục còn thiếu bộ phận bắt buộc; xác nhận để vẫn công bố.`,
        extensions: { missing: incomplete.map((i) => ({ procedureId: i.procedureId, code: i.code, missing: i.check.missing.filter((m) => m.mandatory) })) },
      });
    }
    const terms = new Map<string, { term: string; in_name: number }[]>();
    for (const item of items) {
      await updateProcedure(uow.trx, item.procedure.id, procedurePatch(item, uow.now));
      if (item.action === 'new' || item.action === 'amended') terms.set(item.procedure.id, searchTermsOf(item.latest.record));
      const versionId = item.action === 'new' || item.action === 'amended' ? item.procedure.latest_version_id : item.procedure.current_version_id;
      await updateDecisionItem(uow.trx, id, item.procedure.id, {
        version_id: versionId, published_at: uow.now, incomplete: item.check.complete ? 0 : 1, missing: JSON.stringify(item.check.missing),
      });
    }
    await replaceSearchTerms(uow.trx, terms);
    const lists = await publishDecisionLists(uow.trx, id, uow.now);
    await updateDecisionRow(uow.trx, id, { status: 'issued', issued_at: uow.now, updated_at: uow.now });
    await bumpCatalogRevision(uow.trx, uow.now);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'publication_decision.issued', entityType: 'publication_decision', entityId: id,
      data: { number: decision.number, procedures: items.map((i) => ({ code: i.procedure.code, action: i.action })), serviceLists: lists, timing: result.timing, incomplete: incomplete.length },
      requestId,
    });
    return loadDecisionView(uow.trx, id, uow.now);
  });
}
