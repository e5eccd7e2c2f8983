import { applyAction, type DossierState, type ReceiveDossierBody } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { findApprovedWorkflow } from '../../workflow/index.ts';
import type { DossierRow } from '../dossiers.queries.ts';
import type { DB } from '../../../db/schema.ts';
import { dueAtFor } from '../dossier-clock.ts';
import { insertNewDossier, newDossierRow } from '../new-dossier.ts';
import { actingRoles } from '../dossiers.policy.ts';
import { chooseReceivingUnit, loadProcedureTerms, routeToAgency } from '../procedure-terms.ts';
import { answeredCases, checkDocuments, documentRows } from '../documents.ts';
import { stepDueAt } from '../handovers.ts';
import { firstStepIndex, workflowRequiresApproval } from '../step-progress.ts';
import { assertAdopted, requireWorkflow } from '../procedure-offer.ts';
import { actionRefused } from './refusals.ts';
import { recordAction } from './record-action.ts';

/**
 * Receipt at a desk (in person or by post): the checklist must be complete (else the whole list of what is
 * missing comes back at once), the dossier gets its code, its due date from the calendar and its workflow,
 * and the receipt is its first action. One transaction: dossier, code sequence, documents, action log,
 * first hand-over, audit entry and outbox event.
 */
export interface ReceivedDossier {
  row: DossierRow;
  /** Names of the desk and the agency, for the answer without reading them again. */
  unitNames: Map<string, string>;
}

/**
 * Everything is read, checked and computed before the transaction opens; the transaction only writes. It is
 * short because the code's daily sequence row is locked from its increment to the commit, so every receipt of
 * an agency on a day waits for the one before it (and on SQLite every write waits for the open transaction).
 */
export async function receiveDossier(ctx: AppContext, actor: Actor, body: ReceiveDossierBody, requestId: string): Promise<ReceivedDossier> {
  const now = ctx.clock.now().toISOString();
  const ex = ctx.db;
  const desk = await chooseReceivingUnit(ex, actor, body.receivingUnitId);
  const terms = await loadProcedureTerms(ex, body.procedureId, body.variantKey, body.channel);
  const agency = await routeToAgency(ex, body.procedureId, desk, body.agencyUnitId);
  await assertAdopted(ex, terms.procedure.id, 'body.procedureId');
  await checkDocuments(ex, { officerId: actor.id }, terms.documents, body.documents, 'body.documents', { context: { channel: body.channel, cases: body.cases } });
  if (body.onTheSpot && !terms.version.onTheSpot) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.onTheSpot', message: 'Thủ tục này không được giải quyết ngay trong ngày' }] });
  }

  const { calendar } = await loadWorkingCalendar(ex);
  const roles = actingRoles(actor, { receiving: desk.path, competent: agency.path, current: desk.path, participating: [] });
  const found = await findApprovedWorkflow(ex, { procedureId: terms.procedure.id, variantKey: terms.variant.key, agencyUnitId: agency.id });
  const workflow = requireWorkflow(found, 'body.agencyUnitId');
  const result = applyAction(null, 'receive', { roles, now, calendar, channel: body.channel, approvalRequired: workflowRequiresApproval(workflow.steps) });
  if (!result.ok) throw actionRefused(result.refusal);
  const state: DossierState = result.state;

  const dueAt = dueAtFor(state, terms.timeLimit, calendar);
  // The receipt itself is the workflow's receive step: done at once; the desk then holds the next step (transfer).
  const first = firstStepIndex(workflow.steps);
  const receiveStep = first !== null && workflow.steps[first]!.kind === 'receive' && workflow.steps.length > 1 ? workflow.steps[first] : undefined;
  const stepIndex = receiveStep ? first! + 1 : first;
  const step = stepIndex !== null ? workflow.steps[stepIndex] : undefined;
  const id = newId();
  const firstStepDue = step ? stepDueAt(now, step.budget, calendar) : null;

  const row = newDossierRow(
    {
      id, now, terms, workflowVersionId: workflow.versionId, deskId: desk.id, agencyId: agency.id, state, applicant: body.applicant, requestSummary: body.requestSummary,
      appliedCases: answeredCases(terms.documents, body.channel, body.cases),
    },
    {
      channel: body.channel, on_the_spot: body.onTheSpot ? 1 : 0, sets: body.sets, registered_at: null, received_at: now, due_at: dueAt,
      current_step_index: stepIndex, step_due_at: firstStepDue, applicant_account_id: null, source_system: null, source_reference: null, source_content_sha256: null,
    },
  );
  const handover = (seq: number, index: number | null, at: { due: string | null; ended: string | null }, named = step): DB['dossier_handovers'] => ({
    id: newId(), dossier_id: id, seq, step_index: index, step_name: named?.name ?? 'Tiếp nhận hồ sơ', step_kind: named?.kind ?? 'receive',
    from_unit_id: null, from_officer_id: seq === 1 ? null : actor.id, to_unit_id: desk.id, to_officer_id: actor.id, started_at: now,
    budget_value: named?.budget.value ?? null, budget_unit: named?.budget.unit ?? null, due_at: at.due, ended_at: at.ended,
    outcome: at.ended ? 'receive' : null, timeliness: at.ended ? 'on_time' : null, note: null,
  });
  const handovers = receiveStep
    ? [handover(1, first, { due: stepDueAt(now, receiveStep.budget, calendar), ended: now }, receiveStep), handover(2, stepIndex, { due: firstStepDue, ended: null })]
    : [handover(1, stepIndex, { due: firstStepDue, ended: null })];
  const documents = documentRows(id, 1, 'checklist', body.documents, terms.documents, now);
  const action: DB['dossier_actions'] = {
    id: newId(), dossier_id: id, seq: 1, action: 'receive', from_status: null, to_status: state.status, actor_kind: 'officer', actor_id: actor.id,
    actor_name: actor.fullName, actor_role: 'desk_officer', unit_id: desk.id, at: now, reason: null,
    data: JSON.stringify({
      channel: body.channel, onTheSpot: body.onTheSpot, sets: body.sets, documents: body.documents.length, workflowVersion: workflow.number, defaultWorkflow: workflow.isDefault,
    }),
    flags: '[]', due_at_after: dueAt,
  };

  return withUnitOfWork(ctx, async (uow) => {
    await insertNewDossier(uow.trx, agency.code, now, row, documents);
    await recordAction(uow, {
      code: row.code, log: action, handOvers: { open: handovers }, requestId,
      audit: { actor: { kind: 'officer', id: actor.id }, action: 'dossier.received', orgUnitId: desk.id, data: { code: row.code, procedure: terms.procedure.code, agency: agency.code, dueAt } },
    });
    return { row, unitNames: new Map([[desk.id, desk.name], [agency.id, agency.name]]) };
  });
}
