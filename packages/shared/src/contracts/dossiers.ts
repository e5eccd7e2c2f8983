/**
 * The dossier API (one-stop office): receipt at a desk, the actions of the internal workflow, work queues,
 * the register and the dossier page. One schema serves validation, types, OpenAPI and the web client.
 */
import { z } from 'zod';
import { citizenIdMessages, citizenIdProblem, isValidTaxCode } from '../rules/identity/identifiers.ts';
import { dossierActions } from '../rules/dossier/actions.ts';
import { dossierFlagMessages } from '../rules/dossier/guards.ts';
import { dossierStatuses } from '../rules/dossier/statuses.ts';
import type { EFormAnswer } from '../rules/e-form/describe-answers.ts';
import { workflowStepKinds } from '../rules/workflow/steps.ts';
import { channels, documentGroups, documentKinds } from '../rules/catalog/vocabulary.ts';
import { civilDate, freeText, instantInput, isoInstant, pageOf } from './common.ts';
import { DOCUMENT_COUNT_MAX, DOCUMENTS_PER_VARIANT_MAX, LONG_TEXT_MAX } from './limits.ts';

export const dossierStatusSchema = z.enum(dossierStatuses);
export const dossierActionSchema = z.enum(dossierActions);
export const dossierFlagSchema = z.enum(Object.keys(dossierFlagMessages) as [keyof typeof dossierFlagMessages, ...(keyof typeof dossierFlagMessages)[]]);
export const paperChannelSchema = z.enum(['in_person', 'postal']);
export const dossierChannelSchema = z.enum(['in_person', 'online', 'postal']);
export const returnMethodSchema = z.enum(['desk', 'post', 'electronic']);
export const timelinessSchema = z.enum(['early', 'on_time', 'late']);

const text = (max: number) => freeText().trim().min(1).max(max);
const optionalText = (max: number) => freeText().trim().max(max).nullable().optional();
const phone = z.string().trim().regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại không hợp lệ (10–11 chữ số, bắt đầu bằng 0 hoặc +84)');

export const citizenIdSchema = z.string().trim().superRefine((value, ctx) => {
  const problem = citizenIdProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: citizenIdMessages[problem] });
});
export const taxCodeSchema = z.string().trim().refine(isValidTaxCode, 'Mã số thuế không hợp lệ (10 chữ số có số kiểm tra, hoặc 13 ký tự dạng NNNNNNNNNN-NNN)');

const contact = {
  phone: phone.nullable().optional(),
  email: z.string().trim().email('Email không hợp lệ').max(200).nullable().optional(),
  address: optionalText(500),
};

export const applicantInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('individual'), fullName: text(200), citizenId: citizenIdSchema, ...contact }),
  z.object({ kind: z.literal('organisation'), name: text(300), taxCode: taxCodeSchema, representative: optionalText(200), ...contact }),
]);
export type ApplicantInput = z.infer<typeof applicantInput>;

/** Answers to a variant's cases (trường hợp): case key → whether it applies; an unanswered case does not. */
export const caseAnswersSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Mã trường hợp không hợp lệ'), z.boolean());

/** One line of the completeness checklist as the desk ticked it. */
export const receivedDocumentInput = z.object({
  /** Position of the requirement in the variant's document list; null for a document outside the list. */
  requirement: z.number().int().min(0).nullable(),
  /** Any document name the catalog holds. */
  name: text(LONG_TEXT_MAX),
  originals: z.number().int().min(0).max(DOCUMENT_COUNT_MAX),
  copies: z.number().int().min(0).max(DOCUMENT_COUNT_MAX),
  /** A scan uploaded through /api/files. */
  fileId: z.string().min(1).nullable().optional(),
});
export type ReceivedDocumentInput = z.infer<typeof receivedDocumentInput>;

export const receiveDossierBody = z.object({
  procedureId: z.string().min(1),
  variantKey: z.string().min(1),
  /** The desk that receives; defaults to the officer's only desk. */
  receivingUnitId: z.string().min(1).optional(),
  /** The resolving agency when the procedure has several (e.g. one per commune); else found by routing. */
  agencyUnitId: z.string().min(1).optional(),
  channel: paperChannelSchema.default('in_person'),
  applicant: applicantInput,
  requestSummary: optionalText(1000),
  sets: z.number().int().min(1).max(20).default(1),
  documents: z.array(receivedDocumentInput).max(DOCUMENTS_PER_VARIANT_MAX),
  /** Answers to the variant's cases ("Có ủy quyền không?"): case key → applies. They decide which conditional documents are required. */
  cases: caseAnswersSchema.default({}),
  /** On-the-spot procedures are recorded and resolved at once, without a receipt. */
  onTheSpot: z.boolean().default(false),
});
export type ReceiveDossierBody = z.infer<typeof receiveDossierBody>;

/** Everything an action may carry; which fields an action needs is checked by the use case, with field paths. */
export const dossierActionBody = z.object({
  /** The `version` of the dossier the officer saw: an action on an older version is refused with 409. */
  expectedVersion: z.number().int().min(1),
  reason: optionalText(4000),
  /** apologise_and_extend: the new appointment (ISO instant). */
  newDueAt: instantInput.optional(),
  /** assign: the officer who will handle it. */
  assigneeId: z.string().min(1).optional(),
  /** request_supplement: the whole list of what is missing, at once. */
  missingDocuments: z.array(text(LONG_TEXT_MAX)).max(DOCUMENTS_PER_VARIANT_MAX).optional(),
  /** submit_supplement: what came in. */
  documents: z.array(receivedDocumentInput).max(DOCUMENTS_PER_VARIANT_MAX).optional(),
  /**
   * consult: the body asked, the question and its deadline in working days. With `parallelUnitIds` it is a
   * same-level inter-agency hand-off: every agency gets the dossier at once with its own deadline, the agency
   * holding the dossier leads.
   */
  consultation: z
    .object({ unitId: z.string().min(1), question: text(2000), workingDays: z.number().int().min(1).max(30), parallelUnitIds: z.array(z.string().min(1)).max(10).optional() })
    .optional(),
  /** answer_consultation: which request and the answer. */
  answer: z.object({ consultationId: z.string().min(1), text: text(4000) }).optional(),
  /** transfer from in_progress: to another agency (inter-agency hand-over or up to a higher level). */
  toUnitId: z.string().min(1).optional(),
  /** request_financial_obligation. */
  obligation: z.object({ description: text(500), amount: z.number().int().min(0).max(1_000_000_000_000) }).optional(),
  /** record_payment. */
  payment: z.object({ receiptNumber: text(100), method: z.enum(['cash', 'bank_transfer', 'postal', 'online']).default('cash') }).optional(),
  /** issue_result: the result document. */
  result: z.object({ title: text(500), fileId: z.string().min(1).nullable().optional() }).optional(),
  /** return_result. */
  returnMethod: returnMethodSchema.optional(),
});
export type DossierActionBody = z.infer<typeof dossierActionBody>;

export const dossierActionParams = z.object({ id: z.string().min(1), action: dossierActionSchema });

export const bulkAssignBody = z.object({
  assigneeId: z.string().min(1),
  dossiers: z.array(z.object({ id: z.string().min(1), expectedVersion: z.number().int().min(1) })).min(1).max(200),
});
export const bulkAssignResult = z.object({
  items: z.array(z.object({ id: z.string(), ok: z.boolean(), code: z.string().nullable(), message: z.string().nullable() })),
});

/**
 * `online_new`: online dossiers awaiting acceptance at the desk, by acceptance deadline. `received_here`: open
 * dossiers the actor's desk received or registered, wherever they are now (desk officers only).
 */
export const queueKinds = ['mine', 'unit', 'due_soon', 'overdue', 'waiting_applicant', 'all', 'online_new', 'received_here'] as const;
export const queueKindSchema = z.enum(queueKinds);
export type QueueKind = z.infer<typeof queueKindSchema>;

export const queueQuery = z.object({
  queue: queueKindSchema.default('unit'),
  /** Narrow to one unit of the officer's scope (for `received_here`: one desk of the officer's). */
  unitId: z.string().min(1).optional(),
  status: dossierStatusSchema.optional(),
  procedureId: z.string().min(1).optional(),
  /** Dossier code, or part of the applicant's name. */
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['due_at', '-due_at', 'received_at', '-received_at']).default('due_at'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const registerQuery = z.object({
  unitId: z.string().min(1).optional(),
  from: civilDate,
  to: civilDate,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

const unitRef = z.object({ id: z.string(), name: z.string() });
const officerRef = z.object({ id: z.string(), fullName: z.string() });

export const dossierStanding = z.object({
  kind: z.enum(['finished', 'open']),
  /** finished: early / on time / late; open: within_limit / overdue. */
  value: z.enum(['early', 'on_time', 'late', 'within_limit', 'overdue']),
  reasons: z.array(z.string()),
});

export const dossierSummary = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  variantName: z.string(),
  applicantName: z.string(),
  channel: dossierChannelSchema,
  status: dossierStatusSchema,
  statusLabel: z.string(),
  nationalStatus: z.object({ code: z.number().int(), label: z.string() }),
  receivingUnit: unitRef,
  competentUnit: unitRef,
  currentUnit: unitRef,
  assignee: officerRef.nullable(),
  receivedAt: isoInstant.nullable(),
  dueAt: isoInstant.nullable(),
  stepDueAt: isoInstant.nullable(),
  endedAt: isoInstant.nullable(),
  returnedAt: isoInstant.nullable(),
  standing: dossierStanding,
  flags: z.array(z.object({ code: dossierFlagSchema, message: z.string() })),
  /** Online dossiers not yet accepted: the 2-hour alert and the acceptance limit (rules.md §2.2). */
  onlineAcceptance: z
    .object({
      registeredAt: isoInstant,
      /** The corrected submission after the desk asked for corrections: the window counts from here. */
      resubmittedAt: isoInstant.nullable(),
      alertBy: isoInstant,
      acceptBy: isoInstant,
      alert: z.boolean(),
      late: z.boolean(),
    })
    .nullable()
    .optional(),
});
export type DossierSummary = z.infer<typeof dossierSummary>;
export const dossierPage = pageOf(dossierSummary);
export type DossierPage = z.infer<typeof dossierPage>;

export const dossierActionLogEntry = z.object({
  seq: z.number().int(),
  action: dossierActionSchema,
  label: z.string(),
  fromStatus: dossierStatusSchema.nullable(),
  toStatus: dossierStatusSchema,
  actor: z.object({ kind: z.string(), id: z.string().nullable(), name: z.string().nullable(), role: z.string().nullable() }),
  unit: unitRef.nullable(),
  at: isoInstant,
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  flags: z.array(dossierFlagSchema),
  dueAtAfter: isoInstant.nullable(),
});

export const dossierHandover = z.object({
  seq: z.number().int(),
  stepName: z.string(),
  stepKind: z.enum(workflowStepKinds),
  fromUnit: unitRef.nullable(),
  fromOfficer: officerRef.nullable(),
  toUnit: unitRef,
  toOfficer: officerRef.nullable(),
  startedAt: isoInstant,
  budget: z.object({ value: z.number(), unit: z.string() }).nullable(),
  dueAt: isoInstant.nullable(),
  endedAt: isoInstant.nullable(),
  outcome: z.string().nullable(),
  /** Finished hand-overs: early / on time / late; open ones: within_limit / overdue. */
  timeliness: z.enum(['early', 'on_time', 'late', 'within_limit', 'overdue']).nullable(),
  note: z.string().nullable(),
});

export const dossierDocument = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  source: z.enum(['checklist', 'supplement', 'scan', 'result', 'internal']),
  required: z.boolean(),
  originals: z.number().int(),
  copies: z.number().int(),
  file: z.object({ id: z.string(), name: z.string(), mediaType: z.string(), size: z.number() }).nullable(),
  receivedAt: isoInstant,
});

export const dossierConsultation = z.object({
  id: z.string(),
  unit: unitRef,
  question: z.string(),
  requestedAt: isoInstant,
  dueAt: isoInstant,
  answeredAt: isoInstant.nullable(),
  answer: z.string().nullable(),
  timeliness: z.enum(['early', 'on_time', 'late', 'within_limit', 'overdue']),
});

export const dossierAgency = z.object({
  unit: unitRef,
  role: z.enum(['lead', 'participant', 'higher_level']),
  mode: z.enum(['parallel', 'sequence', 'escalation']),
  position: z.number().int(),
  task: z.string().nullable(),
  startedAt: isoInstant.nullable(),
  dueAt: isoInstant.nullable(),
  completedAt: isoInstant.nullable(),
  timeliness: z.enum(['early', 'on_time', 'late', 'within_limit', 'overdue']).nullable(),
});

export const dossierObligation = z.object({
  id: z.string(),
  description: z.string(),
  amount: z.number().int(),
  requestedAt: isoInstant,
  paidAt: isoInstant.nullable(),
  receiptNumber: z.string().nullable(),
  paymentMethod: z.string().nullable(),
});

export const dossierResult = z.object({
  number: z.number().int(),
  code: z.string(),
  title: z.string(),
  fileId: z.string().nullable(),
  issuedAt: isoInstant,
  returnedAt: isoInstant.nullable(),
  returnMethod: returnMethodSchema.nullable(),
});

export const availableAction = z.object({
  action: dossierActionSchema,
  label: z.string(),
  needsReason: z.boolean(),
  needs: z.array(z.string()),
  to: dossierStatusSchema,
  flags: z.array(z.object({ code: dossierFlagSchema, message: z.string() })),
});

/** How the appointment was computed: the calendar engine's explanation plus the clock events. */
export const dossierClock = z.object({
  timeLimit: z.object({ value: z.number(), unit: z.string() }).nullable(),
  receivedAt: isoInstant.nullable(),
  dueAt: isoInstant.nullable(),
  paused: z.boolean(),
  events: z.array(z.object({ at: isoInstant, type: z.string(), until: isoInstant.optional(), reason: z.string().optional() })),
  explanation: z.array(z.string()),
  /** The short legal deadlines that apply now (paper transfer, supplement notice, closing, correction), with citations. */
  milestones: z.array(z.object({ kind: z.string(), label: z.string(), at: isoInstant, citation: z.string() })),
});

/** One answer of the applicant's e-form, labelled and worded for reading (`describeEFormAnswers`); groups nest. */
export const eFormAnswer: z.ZodType<EFormAnswer> = z
  .object({
    path: z.string(),
    label: z.string(),
    value: z.string().nullable(),
    get children() {
      return z.array(eFormAnswer).optional();
    },
  })
  // Named, so the OpenAPI document can refer to it from itself (components.schemas.EFormAnswer).
  .meta({ id: 'EFormAnswer' });
/** The e-form answers of an online dossier in the form's order; null when none were declared (a desk receipt). */
export const eFormAnswers = z.array(eFormAnswer).nullable();

/** A case (trường hợp) the dossier was received with: its question and whether the applicant answered yes. */
export const appliedCase = z.object({ key: z.string(), question: z.string(), applies: z.boolean() });
export type AppliedCase = z.infer<typeof appliedCase>;

export const dossierDetail = dossierSummary.extend({
  variantKey: z.string(),
  onTheSpot: z.boolean(),
  applicant: z.object({
    kind: z.enum(['individual', 'organisation']),
    name: z.string(),
    /** Shown masked except to officers acting on the dossier. */
    identifier: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  requestSummary: z.string().nullable(),
  /** The cases (trường hợp) of the variant asked at receipt, with the answers given (Trường hợp áp dụng). */
  appliedCases: z.array(appliedCase),
  /** What the applicant declared in the variant's e-form (online dossiers). */
  eFormAnswers,
  sets: z.number().int(),
  registeredAt: isoInstant.nullable(),
  returnMethod: returnMethodSchema.nullable(),
  workflow: z
    .object({
      versionId: z.string(),
      number: z.number().int(),
      name: z.string(),
      /** The province's default workflow of the agency's level (the procedure had none of its own when received). */
      isDefault: z.boolean().optional(),
      currentStepIndex: z.number().int().nullable(),
      steps: z.array(z.object({ key: z.string(), kind: z.enum(workflowStepKinds), name: z.string(), actorRole: z.string(), budget: z.object({ value: z.number(), unit: z.string() }) })),
    })
    .nullable(),
  clock: dossierClock,
  actions: z.array(dossierActionLogEntry),
  handovers: z.array(dossierHandover),
  documents: z.array(dossierDocument),
  consultations: z.array(dossierConsultation),
  agencies: z.array(dossierAgency),
  obligations: z.array(dossierObligation),
  results: z.array(dossierResult),
  /** What the signed-in officer may do now: exactly what the server accepts. */
  allowedActions: z.array(availableAction),
});
export type DossierDetail = z.infer<typeof dossierDetail>;

/** A line of a variant's dossier components as the desk's checklist reads it (shared rule: requiredDocuments). */
export const intakeDocument = z.object({
  position: z.number().int(),
  group: z.enum(documentGroups),
  kind: z.enum(documentKinds),
  name: z.string(),
  originals: z.number().int(),
  copies: z.number().int(),
  /** True exactly when `kind` is 'required' (kept for older readers). */
  required: z.boolean(),
  condition: z.string().nullable(),
  caseKey: z.string().nullable(),
  caseQuestion: z.string().nullable(),
  alternativeGroup: z.number().int().nullable(),
  channels: z.array(z.enum(channels)).nullable(),
});
export type IntakeDocument = z.infer<typeof intakeDocument>;

/** What the desk needs to receive a dossier of a procedure: variants with their checklists, agencies, limits. */
export const intakeQuery = z.object({ procedureId: z.string().min(1), receivingUnitId: z.string().min(1).optional() });
export const intakeOptions = z.object({
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string(), onTheSpot: z.boolean(), versionNumber: z.number().int() }),
  receivingUnits: z.array(unitRef),
  agencies: z.array(unitRef),
  /** The agency routing would choose for the default desk, if it can decide alone. */
  suggestedAgencyId: z.string().nullable(),
  variants: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      timeLimit: z.object({ value: z.number(), unit: z.string() }).nullable(),
      timeLimitText: z.string(),
      /** Every line of the variant's dossier components, with what decides whether it is asked for (the desk filters by channel and cases). */
      documents: z.array(intakeDocument),
      /** Due date if received now, for the receipt preview. */
      dueAtIfReceivedNow: isoInstant.nullable(),
      hasApprovedWorkflow: z.boolean(),
      /** The workflow is the province's default template of the agency's level (no workflow of its own yet). */
      defaultWorkflow: z.boolean().optional(),
    }),
  ),
});
export type IntakeOptions = z.infer<typeof intakeOptions>;

export const assigneeList = z.object({ items: z.array(z.object({ id: z.string(), fullName: z.string(), unit: unitRef, openDossiers: z.number().int() })) });

/** The receipt (Form 01, Circular 03/2025) as data; issue 6 renders it as a signed PDF. */
export const dossierReceipt = z.object({
  dossierCode: z.string(),
  receivingUnit: z.string(),
  competentUnit: z.string(),
  applicantName: z.string(),
  applicantIdentifier: z.string(),
  applicantAddress: z.string().nullable(),
  applicantPhone: z.string().nullable(),
  applicantEmail: z.string().nullable(),
  procedureName: z.string(),
  documents: z.array(z.object({ name: z.string(), originals: z.number().int(), copies: z.number().int() })),
  /** The questions of the cases answered yes at receipt (Trường hợp: …). */
  appliedCases: z.array(z.string()),
  sets: z.number().int(),
  timeLimitText: z.string(),
  receivedAt: isoInstant,
  dueAt: isoInstant.nullable(),
  resultAt: z.string(),
  receivedBy: z.string(),
});
export type DossierReceipt = z.infer<typeof dossierReceipt>;
