import { z } from 'zod';
export * from '../rules/catalog/index.ts';
import { timeLimitUnits } from '../rules/calendar/deadline-types.ts';
import {
  agencyRoles,
  channels,
  decisionActions,
  decisionIssuerLevels,
  decisionStatuses,
  documentGroups,
  documentKinds,
  feeKinds,
  onlineLevels,
  procedureStatuses,
  serviceListKinds,
  serviceListStatuses,
  versionSources,
} from '../rules/catalog/vocabulary.ts';
import { civilDate, isoInstant, versionNumber } from './common.ts';
import { DOCUMENT_COUNT_MAX, DOCUMENTS_PER_VARIANT_MAX, LABEL_MAX, LONG_TEXT_MAX } from './limits.ts';

/* ------------------------------------------------------------------ building blocks */

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().default(null);

export const procedureCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+){1,4}$/, 'Mã thủ tục dạng 1.000178, biến thể địa phương thêm hậu tố như 1.000178.H19')
  .max(40);
export const procedureStatusSchema = z.enum(procedureStatuses);
export const onlineLevelSchema = z.enum(onlineLevels);
export const channelSchema = z.enum(channels);
export const feeKindSchema = z.enum(feeKinds);
export const documentGroupSchema = z.enum(documentGroups);
export const documentKindSchema = z.enum(documentKinds);
export const decisionActionSchema = z.enum(decisionActions);
export const decisionStatusSchema = z.enum(decisionStatuses);
export const agencyRoleSchema = z.enum(agencyRoles);
export const serviceListKindSchema = z.enum(serviceListKinds);
export const serviceListStatusSchema = z.enum(serviceListStatuses);
export const versionSourceSchema = z.enum(versionSources);

/** A procedure's time limit; 0 is allowed for same-day (on-the-spot) procedures, halves for "0,5 ngày". */
export const catalogTimeLimit = z.object({
  value: z.number().min(0, 'Thời hạn không âm').max(3650).multipleOf(0.5, 'Thời hạn theo bước 0,5'),
  unit: z.enum(timeLimitUnits),
});
export type CatalogTimeLimit = z.infer<typeof catalogTimeLimit>;

export const sectorRef = z.object({
  code: z.string().trim().min(1).max(80).describe('sector code, e.g. ho-tich'),
  name: z.string().trim().min(1, 'Nhập lĩnh vực').max(LABEL_MAX),
});
export type SectorRef = z.infer<typeof sectorRef>;

export const formTemplate = z.object({
  name: text(LONG_TEXT_MAX).min(1),
  /** A file uploaded through POST /api/files. */
  fileId: z.string().max(64).nullable().default(null),
  /** An external download address (national portal). */
  url: z.url().max(1000).nullable().default(null),
});
export type FormTemplate = z.infer<typeof formTemplate>;

export const caseKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Mã trường hợp gồm chữ thường không dấu, số và dấu gạch ngang')
  .describe('identifies one case (trường hợp); the conditional lines of a variant that share it are asked for together');

export const documentRequirementInput = z.object({
  group: documentGroupSchema.default('submit'),
  name: text(LONG_TEXT_MAX).min(1, 'Nhập tên giấy tờ'),
  originals: z.number().int().min(0).max(DOCUMENT_COUNT_MAX).default(0),
  copies: z.number().int().min(0).max(DOCUMENT_COUNT_MAX).default(0),
  /** Absent on older clients: derived from `required` and `condition` (required + condition = conditional). */
  kind: documentKindSchema.optional(),
  /** Kept for older clients; on output it is true exactly when `kind` is 'required'. */
  required: z.boolean().default(true),
  /** When the document is asked for, as the record words it ("Trường hợp ủy quyền…"). */
  condition: optionalText(LONG_TEXT_MAX),
  /** Conditional lines: the case that triggers them and the yes/no question put to the applicant. */
  caseKey: caseKeySchema.nullable().default(null),
  caseQuestion: optionalText(LABEL_MAX),
  /** Alternative lines sharing a group number: any one of them is enough. */
  alternativeGroup: z.number().int().min(1).max(99).nullable().default(null),
  /** The channels the line applies to (the paper form in person, the interactive form online); null = every channel. */
  channels: z.array(channelSchema).min(1).max(3).nullable().default(null),
  /** The import rule that classified the line, or null when an officer set it. */
  classifiedBy: z.string().max(60).nullable().default(null),
  formTemplate: formTemplate.nullable().default(null),
});
export type DocumentRequirementInput = z.input<typeof documentRequirementInput>;
export const documentRequirement = documentRequirementInput.extend({ position: z.number().int(), kind: documentKindSchema });
export type DocumentRequirement = z.infer<typeof documentRequirement>;

export const feeInput = z.object({
  channel: channelSchema,
  kind: feeKindSchema,
  /** Integer VND; set only when kind is 'amount'. */
  amount: z.number().int().min(0).nullable().default(null),
  label: optionalText(LABEL_MAX),
  /** Free text of the fee: the council resolution, the schedule, the period a rate applies. */
  note: optionalText(LONG_TEXT_MAX),
  exemptions: optionalText(LONG_TEXT_MAX),
});
export type FeeInput = z.input<typeof feeInput>;
export const fee = feeInput;
export type Fee = z.infer<typeof fee>;

export const channelOfferInput = z.object({
  channel: channelSchema,
  timeLimit: catalogTimeLimit.nullable().default(null),
  description: optionalText(LONG_TEXT_MAX),
});
export const channelOffer = channelOfferInput;
export type ChannelOffer = z.infer<typeof channelOffer>;

/** An e-form is a JSON Schema (draft 2020-12 or 07) object; the server compiles it with ajv when saved. */
export const eFormSchema = z.record(z.string(), z.unknown()).describe('JSON Schema of the online application form');

export const variantInput = z.object({
  /** Stable across versions; omitted on a new variant. */
  key: z.string().max(64).optional(),
  name: text(LONG_TEXT_MAX).min(1, 'Nhập tên trường hợp'),
  timeLimit: catalogTimeLimit.nullable().default(null),
  timeLimitNote: optionalText(LONG_TEXT_MAX),
  channels: z.array(channelOfferInput).max(3).default([]),
  fees: z.array(feeInput).max(60).default([]),
  documents: z.array(documentRequirementInput).max(DOCUMENTS_PER_VARIANT_MAX).default([]),
  eForm: eFormSchema.nullable().default(null),
});
export type VariantInput = z.input<typeof variantInput>;

export const procedureVariant = z.object({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  name: z.string(),
  timeLimit: catalogTimeLimit.nullable(),
  timeLimitNote: z.string().nullable(),
  channels: z.array(channelOffer),
  fees: z.array(fee),
  documents: z.array(documentRequirement),
  eForm: eFormSchema.nullable(),
});
export type ProcedureVariant = z.infer<typeof procedureVariant>;

export const legalBasisItem = z.object({
  number: text(120).nullable().default(null).describe('document number, e.g. 123/2015/NĐ-CP'),
  title: text(LONG_TEXT_MAX).min(1, 'Nhập tên văn bản'),
  issuedOn: civilDate.nullable().default(null),
  issuer: optionalText(LABEL_MAX),
  effectiveOn: civilDate.nullable().default(null),
});
export type LegalBasisItem = z.infer<typeof legalBasisItem>;

export const procedureResult = z.object({ name: text(LONG_TEXT_MAX).min(1), code: text(60).nullable().default(null) });
export type ProcedureResult = z.infer<typeof procedureResult>;

export const relatedProcedure = z.object({ code: text(40).nullable().default(null), name: text(LONG_TEXT_MAX).min(1) });

export const agencyTexts = z.object({
  competent: optionalText(LONG_TEXT_MAX),
  implementing: optionalText(LONG_TEXT_MAX),
  authorised: optionalText(LONG_TEXT_MAX),
  coordinating: optionalText(LONG_TEXT_MAX),
  receivingAddress: optionalText(LONG_TEXT_MAX),
});
export type AgencyTexts = z.infer<typeof agencyTexts>;

/* ------------------------------------------------------------------ procedure record */

const emptyAgencies = { competent: null, implementing: null, authorised: null, coordinating: null, receivingAddress: null };

/** The editable fields of a procedure record (everything except its variants), without defaults: a PATCH leaves absent fields alone. */
const procedureFields = z.object({
  name: text(LONG_TEXT_MAX).min(3, 'Tên thủ tục tối thiểu 3 ký tự'),
  kind: text(LABEL_MAX).nullable(),
  sector: sectorRef,
  levels: z.array(z.string().min(1).max(40)).max(5),
  subjects: z.array(z.string().min(1).max(60)).max(20),
  agencies: agencyTexts,
  steps: text(LONG_TEXT_MAX).nullable(),
  conditions: text(LONG_TEXT_MAX).nullable(),
  results: z.array(procedureResult).max(30),
  legalBasis: z.array(legalBasisItem).max(100),
  related: z.array(relatedProcedure).max(50),
  interAgency: z.boolean(),
  onlineLevel: onlineLevelSchema,
  postal: z.boolean(),
  onTheSpot: z.boolean(),
  /** The unit responsible for the record (scope of who may edit it); null = the whole province. */
  ownerUnitId: z.string().nullable(),
});

export const procedureFieldsInput = procedureFields.extend({
  kind: procedureFields.shape.kind.default(null),
  levels: procedureFields.shape.levels.default([]),
  subjects: procedureFields.shape.subjects.default([]),
  agencies: agencyTexts.default(emptyAgencies),
  steps: procedureFields.shape.steps.default(null),
  conditions: procedureFields.shape.conditions.default(null),
  results: procedureFields.shape.results.default([]),
  legalBasis: procedureFields.shape.legalBasis.default([]),
  related: procedureFields.shape.related.default([]),
  interAgency: z.boolean().default(false),
  onlineLevel: onlineLevelSchema.default('none'),
  postal: z.boolean().default(false),
  onTheSpot: z.boolean().default(false),
  ownerUnitId: procedureFields.shape.ownerUnitId.default(null),
});
export type ProcedureFieldsInput = z.input<typeof procedureFieldsInput>;

export const versionRef = z.object({
  id: z.string(),
  number: z.number().int(),
  createdAt: isoInstant,
});

export const decisionRef = z.object({
  id: z.string(),
  number: z.string(),
  signedOn: civilDate.nullable(),
  issuerLevel: z.enum(decisionIssuerLevels),
});
export type DecisionRef = z.infer<typeof decisionRef>;

export const assignedUnit = z.object({ unitId: z.string(), unitCode: z.string(), unitName: z.string(), role: agencyRoleSchema });
export type AssignedUnit = z.infer<typeof assignedUnit>;

/** GET /api/procedures/:code and the back-office detail: the whole legal record of one version. */
export const procedureDetail = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  sector: sectorRef,
  levels: z.array(z.string()),
  subjects: z.array(z.string()),
  agencies: agencyTexts,
  assignedUnits: z.array(assignedUnit),
  steps: z.string().nullable(),
  conditions: z.string().nullable(),
  results: z.array(procedureResult),
  legalBasis: z.array(legalBasisItem),
  related: z.array(relatedProcedure),
  interAgency: z.boolean(),
  onlineLevel: onlineLevelSchema,
  postal: z.boolean(),
  onTheSpot: z.boolean(),
  ownerUnitId: z.string().nullable(),
  status: procedureStatusSchema,
  version: versionRef,
  /** The decision that made this version public; null for a draft version. */
  decision: decisionRef.nullable(),
  publishedAt: isoInstant.nullable(),
  replacedBy: z.object({ code: z.string(), name: z.string() }).nullable(),
  variants: z.array(procedureVariant),
  /**
   * Public page only: the portal takes online applications for it (adopted by the province, offered online, an
   * approved workflow — its own or the default of the agency's level — at an agency performing it).
   */
  applyOnline: z.boolean().optional(),
});
export type ProcedureDetail = z.infer<typeof procedureDetail>;

/** A search hit and a row of every procedure list. */
export const procedureSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  sector: sectorRef,
  levels: z.array(z.string()),
  onlineLevel: onlineLevelSchema,
  status: procedureStatusSchema,
  /** The shortest in-person time limit among the variants, for the result list. */
  timeLimit: catalogTimeLimit.nullable(),
  competentAgency: z.string().nullable(),
  versionNumber: z.number().int(),
});
export type ProcedureSummary = z.infer<typeof procedureSummary>;

const csv = z
  .string()
  .trim()
  .max(200)
  .optional();

/** GET /api/procedures query: free text (diacritics-insensitive) plus filters. */
export const procedureSearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  sector: csv.describe('sector code'),
  level: csv.describe('level code: province, commune, ministry…'),
  agency: csv.describe('org unit code of an assigned agency, e.g. 51.STP'),
  onlineLevel: onlineLevelSchema.optional(),
  subject: csv.describe('subject code: citizen, business…'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProcedureSearchQuery = z.infer<typeof procedureSearchQuery>;

export const procedurePage = z.object({
  items: z.array(procedureSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProcedurePage = z.infer<typeof procedurePage>;

export const codeParams = z.object({ code: z.string().min(1).max(40) });

export const sectorView = z.object({ code: z.string(), name: z.string(), procedureCount: z.number().int() });
export type SectorView = z.infer<typeof sectorView>;
export const agencyView = z.object({ unitId: z.string(), code: z.string(), name: z.string(), kind: z.string(), procedureCount: z.number().int() });
export type AgencyView = z.infer<typeof agencyView>;

/* ------------------------------------------------------------------ back office: editing and versions */

export const createProcedureBody = procedureFieldsInput.extend({
  code: procedureCodeSchema,
  variants: z.array(variantInput).max(50).default([]),
  changeNote: optionalText(1000),
});
export type CreateProcedureBody = z.input<typeof createProcedureBody>;

/** Every edit names the version it was based on, so two officers cannot silently overwrite each other. */
export const updateProcedureBody = procedureFields.partial().extend({
  baseVersion: z.number().int().min(1),
  changeNote: optionalText(1000),
});
export type UpdateProcedureBody = z.input<typeof updateProcedureBody>;

export const saveVariantBody = variantInput.extend({
  baseVersion: z.number().int().min(1),
  changeNote: optionalText(1000),
});
export type SaveVariantBody = z.input<typeof saveVariantBody>;

export const removeVariantBody = z.object({ baseVersion: z.number().int().min(1), changeNote: optionalText(1000) });

export const adminProcedureQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: procedureStatusSchema.optional(),
  sector: csv,
  level: csv,
  /** Only procedures whose latest version is not yet published. */
  pendingChanges: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const adminProcedureSummary = procedureSummary.extend({
  latestVersionNumber: z.number().int(),
  currentVersionNumber: z.number().int().nullable(),
  pendingChanges: z.boolean(),
  updatedAt: isoInstant,
});
export type AdminProcedureSummary = z.infer<typeof adminProcedureSummary>;
export const adminProcedurePage = z.object({
  items: z.array(adminProcedureSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const missingComponent = z.object({
  /** Dotted path of the component, e.g. variants.0.timeLimit. */
  path: z.string(),
  component: z.string().describe('stable id: name, steps, channels, documents, timeLimit, subjects, implementingAgency, …'),
  message: z.string(),
  /** Mandatory components (Decree 63/2010 Art. 8) versus "where applicable" ones. */
  mandatory: z.boolean(),
});
export type MissingComponent = z.infer<typeof missingComponent>;

export const consistencyReport = z.object({ complete: z.boolean(), missing: z.array(missingComponent) });
export type ConsistencyReport = z.infer<typeof consistencyReport>;

/** Back-office detail: the latest (working) version with its consistency check. */
export const adminProcedureDetail = procedureDetail.extend({
  latestVersionNumber: z.number().int(),
  currentVersionNumber: z.number().int().nullable(),
  pendingChanges: z.boolean(),
  check: consistencyReport,
});
export type AdminProcedureDetail = z.infer<typeof adminProcedureDetail>;

export const versionSummary = z.object({
  id: z.string(),
  number: z.number().int(),
  createdAt: isoInstant,
  createdBy: z.string().nullable().describe('officer name, null for system imports'),
  source: versionSourceSchema,
  changeNote: z.string().nullable(),
  decision: decisionRef.nullable(),
  publishedAt: isoInstant.nullable(),
  isCurrent: z.boolean(),
  isLatest: z.boolean(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const versionParams = z.object({ id: z.string().min(1), number: versionNumber });
export const diffQuery = z.object({ from: versionNumber, to: versionNumber });

export const diffChange = z.object({
  path: z.string().describe('e.g. variants[Đăng ký kết hôn].documents[2].copies'),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
  /** For long texts: a unified line diff of before → after. */
  textDiff: z.string().optional(),
});
export type DiffChange = z.infer<typeof diffChange>;
export const versionDiff = z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(diffChange) });
export type VersionDiff = z.infer<typeof versionDiff>;

export const setAssignedUnitsBody = z.object({
  units: z.array(z.object({ unitId: z.string().min(1), role: agencyRoleSchema })).max(500),
});

/* ------------------------------------------------------------------ publication decisions */

export const decisionItemInput = z.object({
  procedureId: z.string().min(1),
  action: decisionActionSchema,
  /** For 'replaced': the procedure that replaces it. */
  replacedByProcedureId: z.string().nullable().default(null),
});

export const decisionInput = z.object({
  number: text(80).min(3, 'Nhập số quyết định, ví dụ 1234/QĐ-UBND'),
  title: text(2000).min(3, 'Nhập trích yếu'),
  signedOn: civilDate,
  signer: text(255).min(2, 'Nhập người ký'),
  issuer: text(255).min(2).default('Chủ tịch Ủy ban nhân dân tỉnh'),
  effectiveOn: civilDate,
  legalBasis: z.array(legalBasisItem).max(50).default([]),
  /** Effective date of the legal document the decision implements: the announcement deadline counts back from it. */
  legalBasisEffectiveOn: civilDate.nullable().default(null),
  items: z.array(decisionItemInput).max(2000).default([]),
  /** Service lists (desk lists) this decision publishes. */
  serviceListIds: z.array(z.string().min(1)).max(500).default([]),
});
export type DecisionInput = z.input<typeof decisionInput>;
export const updateDecisionBody = z.object({
  number: decisionInput.shape.number,
  title: decisionInput.shape.title,
  signedOn: civilDate,
  signer: decisionInput.shape.signer,
  issuer: text(255).min(2),
  effectiveOn: civilDate,
  legalBasis: z.array(legalBasisItem).max(50),
  legalBasisEffectiveOn: civilDate.nullable(),
  items: z.array(decisionItemInput).max(2000),
  serviceListIds: z.array(z.string().min(1)).max(500),
}).partial();

export const issueDecisionBody = z.object({
  /** Publishing an item with missing mandatory components needs this explicit acknowledgement. */
  acknowledgeIncomplete: z.boolean().default(false),
});

export const timingFlags = z.object({
  /** Latest signing date: 5 working days before the legal basis takes effect (null when unknown). */
  announcementDeadline: civilDate.nullable(),
  /** Latest publication date: 5 working days after signing. */
  publicationDeadline: civilDate.nullable(),
  announcedLate: z.boolean().nullable(),
  publishedLate: z.boolean().nullable(),
});
export type TimingFlags = z.infer<typeof timingFlags>;

export const decisionItem = z.object({
  procedureId: z.string(),
  code: z.string(),
  name: z.string(),
  action: decisionActionSchema,
  versionNumber: z.number().int().nullable(),
  replacedBy: z.object({ id: z.string(), code: z.string() }).nullable(),
  publishedAt: isoInstant.nullable(),
  incomplete: z.boolean(),
  missing: z.array(missingComponent),
});
export type DecisionItem = z.infer<typeof decisionItem>;

export const publicationDecision = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  signedOn: civilDate.nullable(),
  signer: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerLevel: z.enum(decisionIssuerLevels),
  effectiveOn: civilDate.nullable(),
  legalBasis: z.array(legalBasisItem),
  legalBasisEffectiveOn: civilDate.nullable(),
  status: decisionStatusSchema,
  issuedAt: isoInstant.nullable(),
  timing: timingFlags,
  items: z.array(decisionItem),
  serviceLists: z.array(z.object({ id: z.string(), unitCode: z.string(), unitName: z.string(), kind: serviceListKindSchema })),
  createdAt: isoInstant,
});
export type PublicationDecision = z.infer<typeof publicationDecision>;

export const decisionSummary = publicationDecision.omit({ items: true, serviceLists: true, legalBasis: true }).extend({
  itemCount: z.number().int(),
  lateCount: z.number().int(),
  incompleteCount: z.number().int(),
});
export type DecisionSummary = z.infer<typeof decisionSummary>;

export const decisionListQuery = z.object({
  status: decisionStatusSchema.optional(),
  issuerLevel: z.enum(decisionIssuerLevels).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const decisionPage = z.object({
  items: z.array(decisionSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** Before issuing: every item's missing components and the timing the decision would get. */
export const decisionCheck = z.object({
  ready: z.boolean(),
  timing: timingFlags,
  items: z.array(z.object({ procedureId: z.string(), code: z.string(), action: decisionActionSchema, check: consistencyReport })),
  problems: z.array(z.string()),
});
export type DecisionCheck = z.infer<typeof decisionCheck>;

/* ------------------------------------------------------------------ desk lists (service lists) */

export const serviceListItemInput = z.object({
  procedureId: z.string().min(1),
  /** The agency resolving the procedure for this desk (optional). */
  agencyUnitId: z.string().nullable().default(null),
  note: optionalText(1000),
});

export const createServiceListBody = z.object({
  unitId: z.string().min(1).describe('the one-stop desk or service centre'),
  kind: serviceListKindSchema,
  items: z.array(serviceListItemInput).max(5000),
});
export const replaceServiceListItemsBody = z.object({ items: z.array(serviceListItemInput).max(5000) });

export const serviceListItem = z.object({
  procedureId: z.string(),
  code: z.string(),
  name: z.string(),
  sector: sectorRef,
  onlineLevel: onlineLevelSchema,
  agency: z.object({ unitId: z.string(), code: z.string(), name: z.string() }).nullable(),
  note: z.string().nullable(),
});
export const serviceList = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  kind: serviceListKindSchema,
  kindLabel: z.string(),
  status: serviceListStatusSchema,
  decision: decisionRef.nullable(),
  publishedAt: isoInstant.nullable(),
  itemCount: z.number().int(),
  items: z.array(serviceListItem),
  createdAt: isoInstant,
});
export type ServiceList = z.infer<typeof serviceList>;
export const serviceListQuery = z.object({
  unitId: z.string().optional(),
  kind: serviceListKindSchema.optional(),
  status: serviceListStatusSchema.optional(),
});
export const deskParams = z.object({ unitCode: z.string().min(1).max(60) });
export const deskListQuery = z.object({ kind: serviceListKindSchema.optional() });

/* ------------------------------------------------------------------ import and export */

export const parseIssue = z.object({ field: z.string(), message: z.string(), excerpt: z.string().optional() });
export type ParseIssue = z.infer<typeof parseIssue>;
/** How the import classified a record's document lines: per kind, and the lines a low-confidence rule decided. */
export const documentClassificationReport = z.object({
  lines: z.number().int(),
  kinds: z.record(documentKindSchema, z.number().int()),
  /** Share of the lines decided by high-confidence rules (1 when the record has no lines). */
  confidence: z.number().min(0).max(1),
  lowConfidence: z.array(z.object({ variant: z.string(), position: z.number().int(), rule: z.string(), kind: documentKindSchema, excerpt: z.string() })),
});
export type DocumentClassificationReport = z.infer<typeof documentClassificationReport>;
export const importRecordReport = z.object({
  code: z.string(),
  file: z.string().optional(),
  outcome: z.enum(['created', 'updated', 'unchanged', 'failed']),
  issues: z.array(parseIssue),
  /** The national change waits for the control officer (a procedure the province adopted or edited). */
  pendingReview: z.boolean().optional(),
  classification: documentClassificationReport.optional(),
});
export type ImportRecordReport = z.infer<typeof importRecordReport>;
export const importReport = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  /** Per field: how many records had it; of those, how many were parsed fully, in part, or not at all. */
  fields: z.record(z.string(), z.object({ present: z.number().int(), parsed: z.number().int(), partial: z.number().int(), unparsed: z.number().int() })),
  records: z.array(importRecordReport),
});
export type ImportReport = z.infer<typeof importReport>;

/** One record of the national procedure package (the shape exchanged with the national database). */
export const nationalPackageRecord = z.looseObject({
  MATTHC: z.string().min(1),
  TENTTHC: z.string().min(1),
});
export type NationalPackageRecord = z.infer<typeof nationalPackageRecord>;
export const importPackageBody = z.object({ records: z.array(nationalPackageRecord).min(1).max(5000) });

export const exportQuery = z.object({
  sector: csv,
  level: csv,
  /** 'published' (in force, default) or 'all' including drafts (back office only). */
  scope: z.enum(['published', 'all']).default('published'),
});
