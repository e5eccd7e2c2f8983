/**
 * Dossiers that arrive online (rules.md §0, §2): through our portal (an applicant's draft, submitted) and pushed
 * by the National Public Service Portal (the inbound API). Both end in the same registration: same checks,
 * same code, same acceptance deadlines.
 */
import { z } from 'zod';
import { instantInput, isoInstant, pageOf } from './common.ts';
import { DOCUMENTS_PER_VARIANT_MAX, LONG_TEXT_MAX } from './limits.ts';
import { appliedCase, caseAnswersSchema, dossierChannelSchema, dossierStatusSchema, eFormAnswers } from './dossiers.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The applicant's answers to the variant's e-form (checked against its JSON Schema on the server). */
export const eFormData = z.record(z.string(), z.unknown());

/** One uploaded file for one document requirement of the variant (its position in the variant's list). */
export const onlineDocumentInput = z.object({
  requirement: z.number().int().min(0).max(999),
  /** A file uploaded through POST /api/portal/uploads by the same account. */
  fileId: z.string().min(1).max(64),
});
export type OnlineDocumentInput = z.infer<typeof onlineDocumentInput>;

/** A draft as the portal saves it: anything may still be missing; everything is checked at submission. */
export const portalDraftBody = z.object({
  /** National procedure code, e.g. `1.000426`: a draft outlives catalog versions. */
  procedureCode: text(50),
  variantKey: text(64),
  /** The resolving agency when the procedure has several (e.g. one per commune). */
  agencyUnitId: z.string().min(1).max(64).nullable().default(null),
  /** Prefilled from the profile by the portal; checked like the desk's applicant at submission. */
  applicant: z.record(z.string(), z.unknown()).nullable().default(null),
  requestSummary: z.string().trim().max(1000).nullable().default(null),
  formData: eFormData.default({}),
  /** Answers to the variant's cases: they decide which conditional documents must be uploaded. */
  cases: caseAnswersSchema.default({}),
  documents: z.array(onlineDocumentInput).max(DOCUMENTS_PER_VARIANT_MAX).default([]),
});
export type PortalDraftBody = z.infer<typeof portalDraftBody>;

export const portalDraft = portalDraftBody.extend({
  id: z.string(),
  /** As saved, with the uploaded file's name so a resumed draft shows what is in each slot. */
  documents: z.array(onlineDocumentInput.extend({ fileName: z.string().optional() })),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type PortalDraft = z.infer<typeof portalDraft>;
export const portalDraftList = z.object({ items: z.array(portalDraft) });

/** The applicant's answer to a supplement request: one file per item, for a requirement or a named extra paper. */
export const portalSupplementBody = z.object({
  /** The `version` the applicant saw; omitted: the current one. */
  expectedVersion: z.number().int().min(1).optional(),
  documents: z
    .array(
      z.object({
        requirement: z.number().int().min(0).max(999).nullable(),
        /** Needed for a paper outside the variant's list. */
        name: z.string().trim().min(1).max(LONG_TEXT_MAX).optional(),
        fileId: z.string().min(1).max(64),
      }),
    )
    .min(1)
    .max(DOCUMENTS_PER_VARIANT_MAX),
});
export type PortalSupplementBody = z.infer<typeof portalSupplementBody>;

/** Where an online dossier stands, as its applicant and its sender both see it. */
const onlineDossierProgress = {
  status: dossierStatusSchema,
  statusLabel: z.string(),
  nationalStatus: z.object({ code: z.number().int(), label: z.string() }),
  registeredAt: isoInstant.nullable(),
  /** By when the desk accepts or asks for corrections, while not yet accepted. */
  acceptBy: isoInstant.nullable(),
  receivedAt: isoInstant.nullable(),
  dueAt: isoInstant.nullable(),
  endedAt: isoInstant.nullable(),
};

export const portalDossierSummary = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  variantName: z.string(),
  channel: dossierChannelSchema,
  ...onlineDossierProgress,
  updatedAt: isoInstant,
});
export type PortalDossierSummary = z.infer<typeof portalDossierSummary>;
export const portalDossierPage = pageOf(portalDossierSummary);

export const portalDossierDetail = portalDossierSummary.extend({
  agency: z.string(),
  receivingUnit: z.string(),
  timeLimitText: z.string(),
  /** The e-form as the applicant filled it in, labelled from the form. */
  eFormAnswers,
  /** The cases (trường hợp) the applicant answered, by their question. */
  appliedCases: z.array(appliedCase),
  /** What happened, in the applicant's words: no officer names. */
  steps: z.array(z.object({ at: isoInstant, label: z.string(), statusLabel: z.string(), note: z.string().nullable() })),
  /** Where the appointment comes from, in plain words. */
  clock: z.object({ paused: z.boolean(), explanation: z.array(z.string()) }),
  documents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      source: z.string(),
      receivedAt: isoInstant,
      file: z.object({ name: z.string(), mediaType: z.string(), size: z.number() }).nullable(),
    }),
  ),
  results: z.array(z.object({ code: z.string(), title: z.string(), issuedAt: isoInstant, returnedAt: isoInstant.nullable() })),
  /** The open supplement request: everything to add, listed once. */
  supplementRequest: z.object({ requestedAt: isoInstant, reason: z.string().nullable(), items: z.array(z.string()) }).nullable(),
  /** Upload slots for a supplement: the variant's document requirements. */
  requirements: z.array(z.object({ position: z.number().int(), name: z.string(), required: z.boolean() })),
  /** Fees and charges asked of the applicant (VND); the open ones (not paid) are what the portal's payment settles. */
  obligations: z.array(z.object({ description: z.string(), amount: z.number().int(), requestedAt: isoInstant, paidAt: isoInstant.nullable() })),
  availableActions: z.array(z.object({ action: z.enum(['submit_supplement']), label: z.string() })),
});
export type PortalDossierDetail = z.infer<typeof portalDossierDetail>;

/** A document pushed inline by the sending system. */
export const inboundDocument = z.object({
  requirement: z.number().int().min(0).max(999),
  fileName: text(255),
  /** As declared by the sender; the stored type is sniffed from the bytes. */
  mediaType: z.string().trim().max(100).optional(),
  /** Base64 of the file's bytes. */
  content: z.string().min(1),
});

/** A dossier pushed by the National Public Service Portal (or another sending system). */
export const inboundDossierBody = z.object({
  /** The sender's own dossier id: a retry with the same id and content returns the dossier already created; other content under it is refused (409). */
  senderReference: text(100),
  procedureCode: text(50),
  variantKey: text(64),
  /** Electronic identifier (code) of the resolving agency when the procedure has several. */
  agencyCode: text(100).optional(),
  /**
   * The applicant as the desk records one (`kind` individual with `fullName`, `citizenId`, or organisation with
   * `name`, `taxCode`; `phone`, `email`, `address`). Checked with the e-form and the documents, so every problem
   * of a push comes back in one answer.
   */
  applicant: z.record(z.string(), z.unknown()).describe('Người nộp, như khi tiếp nhận tại Bộ phận Một cửa (applicantInput)'),
  requestSummary: z.string().trim().max(1000).nullable().optional(),
  formData: eFormData.default({}),
  /** Answers to the variant's cases (case key → applies), as the applicant gave them on the sender's side. */
  cases: caseAnswersSchema.default({}),
  documents: z.array(inboundDocument).max(DOCUMENTS_PER_VARIANT_MAX),
  /** When the applicant submitted on the sender's side; kept with the registration. */
  submittedAt: instantInput.optional(),
});
export type InboundDossierBody = z.infer<typeof inboundDossierBody>;

export const inboundDossierStatus = z.object({
  senderReference: z.string(),
  dossierId: z.string(),
  code: z.string(),
  ...onlineDossierProgress,
  /** The open supplement request's items, if any. */
  supplementItems: z.array(z.string()),
});
export type InboundDossierStatus = z.infer<typeof inboundDossierStatus>;
export const inboundStatusParams = z.object({ senderRef: text(100) });
