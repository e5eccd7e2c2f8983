/** Dossiers in the officers' API shape. Pure: data in, shape out; the reads are the caller's (`dossier-view.ts`, `dossiers.reads.ts`). */
import {
  classifyDossierTimeliness, dossierActionDefinitions, dossierFlagMessages, dossierStatusDefinitions, endsProcessing, nationalStatusOf,
  parseInstant, type DossierAction, type DossierDetail, type DossierFlag, type DossierState, type DossierStatus, type DossierSummary, type EFormAnswer, type WorkingCalendar,
} from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { LoadedDossier } from '../dossier-access.ts';
import { explainClock, milestonesOf, timeLimitOf } from '../dossier-clock.ts';
import { actsOnDossier, availableActionsFor } from '../dossiers.policy.ts';
import type { DossierRow } from '../dossiers.queries.ts';
import type { listActions } from '../action-log.queries.ts';
import type { listDossierRequirements } from '../catalog-units.queries.ts';
import type { listDocuments } from '../dossier-documents.queries.ts';
import type { listAgencies, listConsultations, listObligations, listResults } from '../dossier-records.queries.ts';
import type { listHandovers } from '../handovers.queries.ts';
import { appliedCasesOf } from '../documents.ts';
import { requirementLineOf } from '../procedure-terms.ts';
import { maskEFormAnswers } from '../e-form-answers.ts';
import { workflowRequiresApproval } from '../step-progress.ts';
import { onlineAcceptanceOf } from '../online/online-acceptance.ts';

export type Names = { units: Map<string, string>; officers: Map<string, string> };

const unitRef = (names: Names, id: string) => ({ id, name: names.units.get(id) ?? id });

function standingOf(row: DossierRow, now: string): DossierSummary['standing'] {
  const status = row.status as DossierStatus;
  const t = classifyDossierTimeliness({
    dueAt: row.due_at, endedAt: row.ended_at, supplementRequests: row.supplement_requests, asOf: now,
    ...(endsProcessing(status) ? { endStatus: status } : {}),
  });
  // An online dossier the desk has not accepted yet has no due date because its time limit has not started, not
  // because it waits on the applicant.
  const reasons = status === 'newly_registered' ? t.reasons.filter((r) => r !== 'waiting_for_applicant') : t.reasons;
  return t.kind === 'finished' ? { kind: 'finished', value: t.timeliness, reasons } : { kind: 'open', value: t.standing, reasons };
}

const flagsOf = (json: string) => (JSON.parse(json) as DossierFlag[]).map((code) => ({ code, message: dossierFlagMessages[code] }));

/** `calendar`: given when online dossiers awaiting acceptance may be among the rows (their alert and limit). */
export function presentSummary(row: DossierRow, names: Names, now: string, calendar?: WorkingCalendar): DossierSummary {
  const status = row.status as DossierStatus;
  return {
    id: row.id, code: row.code, version: row.row_version,
    procedure: { id: row.procedure_id, code: row.procedure_code, name: row.procedure_name }, variantName: row.variant_name,
    applicantName: row.applicant_name, channel: row.channel as DossierSummary['channel'], status, statusLabel: dossierStatusDefinitions[status].label,
    nationalStatus: nationalStatusOf(status),
    receivingUnit: unitRef(names, row.receiving_unit_id), competentUnit: unitRef(names, row.competent_unit_id), currentUnit: unitRef(names, row.current_unit_id),
    assignee: row.assignee_id ? { id: row.assignee_id, fullName: names.officers.get(row.assignee_id) ?? '' } : null,
    receivedAt: row.received_at, dueAt: row.due_at, stepDueAt: row.step_due_at, endedAt: row.ended_at, returnedAt: row.returned_at,
    standing: standingOf(row, now), flags: flagsOf(row.flags),
    ...(calendar ? { onlineAcceptance: onlineAcceptanceOf(row, now, calendar) } : {}),
  };
}

/** The answer to a receipt, from what the receipt wrote: no second read. */
export function presentReceived(received: { row: DossierRow; unitNames: Map<string, string> }, now: string): DossierSummary {
  return presentSummary(received.row, { units: received.unitNames, officers: new Map() }, now);
}

/** Open rows and requests are judged now: within limit or overdue. */
function openStanding(dueAt: string | null, now: string): 'within_limit' | 'overdue' | null {
  if (!dueAt) return null;
  return parseInstant(now) > parseInstant(dueAt) ? 'overdue' : 'within_limit';
}

/** A citizen ID seen by someone who does not act on the dossier (a viewer, an inspector, a consulted body): ends only. */
export function maskIdentifier(value: string): string {
  return value.length <= 6 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 6)}${value.slice(-3)}`;
}

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** Everything the dossier page shows besides the dossier row, read by `readDossierDetail`. */
export interface DetailFacts {
  calendar: WorkingCalendar;
  names: Names;
  actions: Rows<typeof listActions>;
  handovers: Rows<typeof listHandovers>;
  documents: Rows<typeof listDocuments>;
  consultations: Rows<typeof listConsultations>;
  agencies: Rows<typeof listAgencies>;
  obligations: Rows<typeof listObligations>;
  results: Rows<typeof listResults>;
  eFormAnswers: EFormAnswer[] | null;
  requirements: Rows<typeof listDossierRequirements>;
}

export function presentDetail(actor: Actor, loaded: LoadedDossier, facts: DetailFacts, now: string): DossierDetail {
  const { row } = loaded;
  const state = JSON.parse(row.state) as DossierState;
  const { calendar, names, actions, handovers, documents, consultations, agencies, obligations, results, eFormAnswers, requirements } = facts;
  const limit = timeLimitOf(row);
  const clock = explainClock(state, limit, calendar);
  const officer = (id: string | null) => (id ? { id, fullName: names.officers.get(id) ?? '' } : null);
  return {
    ...presentSummary(row, names, now, calendar),
    variantKey: row.variant_key, onTheSpot: row.on_the_spot === 1,
    applicant: {
      kind: row.applicant_kind as 'individual' | 'organisation', name: row.applicant_name,
      identifier: row.applicant_kind === 'individual' && !actsOnDossier(actor, loaded.units) ? maskIdentifier(row.applicant_identifier) : row.applicant_identifier,
      phone: row.applicant_phone, email: row.applicant_email, address: row.applicant_address,
    },
    requestSummary: row.request_summary, appliedCases: appliedCasesOf(row.applied_cases, requirements.map(requirementLineOf)),
    eFormAnswers: eFormAnswers && !actsOnDossier(actor, loaded.units) ? maskEFormAnswers(eFormAnswers, maskIdentifier) : eFormAnswers, sets: row.sets, registeredAt: row.registered_at, returnMethod: row.return_method as DossierDetail['returnMethod'],
    workflow: loaded.workflow
      ? {
          versionId: loaded.workflow.versionId, number: loaded.workflow.number, name: loaded.workflow.name, isDefault: loaded.workflow.isDefault, currentStepIndex: row.current_step_index,
          steps: loaded.workflow.steps.map((s) => ({ key: s.key, kind: s.kind, name: s.name, actorRole: s.actorRole, budget: s.budget })),
        }
      : null,
    clock: {
      timeLimit: limit, receivedAt: row.received_at, dueAt: row.due_at, paused: clock.paused,
      events: state.clockEvents.map((e) => ({ at: e.at, type: e.type, ...('until' in e && e.until ? { until: e.until } : {}), ...(e.reason ? { reason: e.reason } : {}) })),
      explanation: clock.explanation,
      milestones: milestonesOf(state, calendar, actions.findLast((a) => a.action === 'correct_result')?.at ?? null),
    },
    actions: actions.map((a) => ({
      seq: a.seq, action: a.action as DossierAction, label: dossierActionDefinitions[a.action as DossierAction].label,
      fromStatus: a.from_status as DossierStatus | null, toStatus: a.to_status as DossierStatus,
      actor: { kind: a.actor_kind, id: a.actor_id, name: a.actor_name, role: a.actor_role }, unit: a.unit_id ? unitRef(names, a.unit_id) : null,
      at: a.at, reason: a.reason, data: JSON.parse(a.data) as Record<string, unknown>, flags: JSON.parse(a.flags) as DossierFlag[], dueAtAfter: a.due_at_after,
    })),
    handovers: handovers.map((h) => ({
      seq: h.seq, stepName: h.step_name, stepKind: h.step_kind as DossierDetail['handovers'][number]['stepKind'],
      fromUnit: h.from_unit_id ? unitRef(names, h.from_unit_id) : null, fromOfficer: officer(h.from_officer_id),
      toUnit: unitRef(names, h.to_unit_id), toOfficer: officer(h.to_officer_id), startedAt: h.started_at,
      budget: h.budget_value !== null && h.budget_unit ? { value: h.budget_value, unit: h.budget_unit } : null,
      dueAt: h.due_at, endedAt: h.ended_at, outcome: h.outcome,
      timeliness: (h.timeliness as 'early' | 'on_time' | 'late' | null) ?? (h.ended_at ? null : openStanding(h.due_at, now)), note: h.note,
    })),
    documents: documents.map((d) => ({
      id: d.id, position: d.position, name: d.name, source: d.source as DossierDetail['documents'][number]['source'], required: d.required === 1,
      originals: d.originals, copies: d.copies, receivedAt: d.created_at,
      file: d.file_id ? { id: d.file_id, name: d.original_name ?? '', mediaType: d.media_type ?? '', size: Number(d.size ?? 0) } : null,
    })),
    consultations: consultations.map((c) => ({
      id: c.id, unit: unitRef(names, c.unit_id), question: c.question, requestedAt: c.requested_at, dueAt: c.due_at, answeredAt: c.answered_at, answer: c.answer,
      timeliness: (c.timeliness as 'early' | 'on_time' | 'late' | null) ?? openStanding(c.due_at, now) ?? 'within_limit',
    })),
    agencies: agencies.map((a) => ({
      unit: unitRef(names, a.unit_id), role: a.role as 'lead', mode: a.mode as 'sequence', position: a.position, task: a.task,
      startedAt: a.started_at, dueAt: a.due_at, completedAt: a.completed_at,
      timeliness: (a.timeliness as 'early' | null) ?? (a.completed_at ? null : openStanding(a.due_at, now)),
    })),
    obligations: obligations.map((o) => ({ id: o.id, description: o.description, amount: Number(o.amount), requestedAt: o.requested_at, paidAt: o.paid_at, receiptNumber: o.receipt_number, paymentMethod: o.payment_method })),
    results: results.map((r) => ({ number: r.number, code: r.code, title: r.title, fileId: r.file_id, issuedAt: r.issued_at, returnedAt: r.returned_at, returnMethod: r.return_method as DossierDetail['returnMethod'] })),
    allowedActions: availableActionsFor(actor, {
      units: loaded.units, state, assigneeId: row.assignee_id, dueAt: row.due_at, approvalRequired: workflowRequiresApproval(loaded.workflow?.steps),
      openConsultations: consultations.filter((c) => c.answered_at === null).length, now, calendar,
    }),
  };
}
