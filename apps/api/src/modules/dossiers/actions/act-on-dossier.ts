import {
  applyAction, dossierStatusDefinitions, nationalStatusOf, type ActionResult, type DossierActor, type DossierAction, type DossierActionBody, type DossierState, type WorkflowStep, type WorkingCalendar,
} from '@motcua/shared';
import { actorRef, type Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { loadDossierForActor } from '../dossier-access.ts';
import { dueAtFor, timeLimitOf } from '../dossier-clock.ts';
import { availableActionsFor, rolesForAction } from '../dossiers.policy.ts';
import { lockDossier, updateDossierIfVersion, type DossierRow } from '../dossiers.queries.ts';
import { nextActionSeq } from '../action-log.queries.ts';
import { countOpenConsultations } from '../dossier-records.queries.ts';
import { planCorrectionRound, planHandOver, type HandOverPlan, type Holder } from '../handovers.ts';
import { stepIndexAfter, workflowRequiresApproval } from '../step-progress.ts';
import { applyEffects, type Effects } from './action-effects.ts';
import { recordAction } from './record-action.ts';
import { actionRefused } from './refusals.ts';

export interface ActOptions {
  /**
   * More writes that must commit with the action, run inside its unit of work once the action's own records are
   * written (the portal's supplement records the reuse of stored documents); throwing undoes the action.
   */
  alsoInTransaction?: (uow: UnitOfWork, row: DossierRow) => Promise<void>;
}

const stale = (extensions?: Record<string, unknown>) =>
  new AppError('STALE_VERSION', { detail: 'Hồ sơ vừa được người khác xử lý; hãy tải lại trước khi thao tác.', ...(extensions ? { extensions } : {}) });

/**
 * One workflow action on a dossier: access → policy → rule → effects → record. The dossier row is read (locked on
 * PostgreSQL) and written back only if its version is still the one the officer saw: of two officers acting at
 * once one wins and the other gets 409, with nothing half-written. State, action log, hand-over, side records,
 * audit entry and outbox event commit together.
 */
export async function actOnDossier(
  ctx: AppContext, actor: Actor | null, id: string, action: DossierAction, body: DossierActionBody, requestId: string, options: ActOptions = {},
): Promise<void> {
  if (action === 'receive' || action === 'register_online') {
    throw new AppError('BAD_REQUEST', { detail: 'Hồ sơ mới được tiếp nhận qua chức năng tiếp nhận hồ sơ.' });
  }
  await withUnitOfWork(ctx, async (uow) => {
    const ex = uow.trx;
    const { row, units, workflow } = await loadDossierForActor(ex, actor, await lockDossier(ex, ctx.engine, id));
    if (row.row_version !== body.expectedVersion) throw stale({ currentVersion: row.row_version, dossierStatus: row.status });
    const { calendar } = await loadWorkingCalendar(ex, ctx.db);
    const roles: DossierActor[] = actor ? rolesForAction(actor, units, action, row.assignee_id) : ['system'];
    if (roles.length === 0) throw new AppError('OUT_OF_SCOPE', { detail: 'Bạn không có vai trò xử lý hồ sơ này.' });
    const state = JSON.parse(row.state) as DossierState;
    const approvalRequired = workflowRequiresApproval(workflow?.steps);
    const openConsultations = await countOpenConsultations(ex, row.id);
    const result = applyAction(state, action, {
      roles, now: uow.now, calendar, dueAt: row.due_at, reason: body.reason ?? undefined, newDueAt: body.newDueAt, approvalRequired, openConsultations,
    });
    if (!result.ok) {
      // What the officer may do instead is what their dossier page offers: per action, after the hand-over rule.
      const allowed = actor
        ? availableActionsFor(actor, { units, state, assigneeId: row.assignee_id, dueAt: row.due_at, approvalRequired, openConsultations, now: uow.now, calendar }).map((a) => a.action)
        : result.refusal.allowed;
      throw actionRefused({ ...result.refusal, allowed });
    }
    const next = result.state;
    const seq = await nextActionSeq(ex, row.id);
    const effects = await applyEffects({ uow, actorId: actor?.id ?? null, row, units, body, action, seq, calendar, transitionFrom: result.transition.from });
    const terminal = dossierStatusDefinitions[next.status].terminal;
    const { to, plan } = await nextHolder(uow, { actorId: actor?.id ?? null, row, action, body, effects, result, steps: workflow?.steps ?? [], calendar, terminal });
    const dueAt = dueAtFor(next, timeLimitOf(row), calendar);
    const written = await updateDossierIfVersion(ex, row.id, row.row_version, {
      status: next.status, national_status: nationalStatusOf(next.status).code, is_open: terminal ? 0 : 1,
      current_unit_id: to.unitId, assignee_id: to.officerId, current_step_index: to.stepIndex,
      ...(plan.stepDue !== undefined ? { step_due_at: plan.stepDue } : {}),
      due_at: dueAt, ended_at: next.endedAt, supplement_requests: next.supplementRequests, apologies: next.apologies,
      flags: JSON.stringify(next.flags), state: JSON.stringify(next), row_version: row.row_version + 1, updated_at: uow.now, ...effects.patch,
    });
    if (!written) throw stale();

    await recordAction(uow, {
      code: row.code, requestId, handOvers: plan.writes,
      log: {
        id: newId(), dossier_id: row.id, seq, action, from_status: row.status, to_status: next.status, actor_kind: actor ? 'officer' : 'system', actor_id: actor?.id ?? null,
        actor_name: actor?.fullName ?? 'Hệ thống', actor_role: roles.find((r) => result.transition.roles.includes(r)) ?? null, unit_id: row.current_unit_id, at: uow.now,
        reason: body.reason?.trim() || null, data: JSON.stringify(effects.data), flags: JSON.stringify(result.flags), due_at_after: dueAt,
      },
      audit: {
        actor: actorRef(actor), action: `dossier.${action}`, orgUnitId: row.current_unit_id,
        data: { code: row.code, from: row.status, to: next.status, flags: result.flags, dueAt },
      },
    });
    await options.alsoInTransaction?.(uow, row);
  });
}

/** Who holds the dossier after the action (the effects' holder, the workflow's next step) and the sheet's rows for it. */
async function nextHolder(
  uow: UnitOfWork,
  input: {
    actorId: string | null; row: DossierRow; action: DossierAction; body: DossierActionBody; effects: Effects;
    result: Extract<ActionResult, { ok: true }>; steps: WorkflowStep[]; calendar: WorkingCalendar; terminal: boolean;
  },
): Promise<{ to: Holder; plan: HandOverPlan }> {
  const { row, effects, steps, calendar, actorId } = input;
  const from: Holder = { unitId: row.current_unit_id, officerId: row.assignee_id, stepIndex: row.current_step_index };
  const to: Holder = {
    unitId: effects.holder?.unitId ?? row.current_unit_id,
    officerId: effects.holder ? effects.holder.officerId : row.assignee_id,
    stepIndex: stepIndexAfter(input.action, steps, row.current_step_index),
  };
  const correction = await planCorrectionRound(uow.trx, {
    dossierId: row.id, action: input.action, from: input.result.transition.from, deskId: row.current_unit_id, actorId, now: uow.now, calendar,
    stepIndex: to.stepIndex, stepName: to.stepIndex !== null ? steps[to.stepIndex]?.name : undefined,
  });
  const plan = correction ?? await planHandOver(uow.trx, {
    dossierId: row.id, now: uow.now, from: { ...from, actorId }, to, step: to.stepIndex !== null ? steps[to.stepIndex] : undefined,
    fallback: { name: effects.stepName ?? input.result.transition.to, kind: effects.stepKind ?? 'appraise' }, outcome: input.action, note: input.body.reason ?? null, calendar,
    final: input.terminal,
  });
  return { to, plan };
}
