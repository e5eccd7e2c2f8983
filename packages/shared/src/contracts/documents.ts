/**
 * Official documents: the one-stop forms kept with each dossier (Circular 03/2025/TT-VPCP Annex I), electronic
 * results with their public verification, and the public lookup of a dossier by code.
 */
import { z } from 'zod';
import { dossierStatuses } from '../rules/dossier/statuses.ts';
import { isoInstant } from './common.ts';
import { registerQuery } from './dossiers.ts';

export const issuedFormKinds = ['receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'process_sheet', 'register', 'e_result'] as const;
export const issuedFormKindSchema = z.enum(issuedFormKinds);
export type IssuedFormKind = z.infer<typeof issuedFormKindSchema>;

/** The form numbers of Circular 03/2025 (a deployment may print the 2018 numbering BM01–BM06 instead). */
export const formTitles: Record<IssuedFormKind, { number: string; vi: string; en: string }> = {
  receipt: { number: '01', vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt and appointment' },
  supplement_request: { number: '02', vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Supplement request' },
  refusal: { number: '03', vi: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ', en: 'Refusal' },
  apology: { number: '04', vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
  stop_notice: { number: '05', vi: 'Thông báo dừng giải quyết hồ sơ', en: 'Notice of stopping resolution' },
  process_sheet: { number: '06', vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Process-control sheet' },
  register: { number: '07', vi: 'Sổ theo dõi hồ sơ', en: 'Dossier register' },
  e_result: { number: '', vi: 'Kết quả giải quyết thủ tục hành chính điện tử', en: 'Electronic result' },
};

export const issuedDocumentSummary = z.object({
  id: z.string(),
  kind: issuedFormKindSchema,
  /** e.g. "125/TTPVHCC". */
  number: z.string(),
  title: z.string(),
  issuedAt: isoInstant,
  /** The dossier action that produced it (1 = the receipt); null for documents printed on request. */
  actionSeq: z.number().int().nullable(),
  signed: z.boolean(),
  signerName: z.string().nullable(),
  sha256: z.string().nullable(),
  /** Where the PDF is served (the same bytes at every reprint). */
  url: z.string(),
});
export type IssuedDocumentSummary = z.infer<typeof issuedDocumentSummary>;

export const eResultStatusSchema = z.enum(['valid', 'revoked']);

export const eResultSummary = z.object({
  id: z.string(),
  resultCode: z.string(),
  title: z.string(),
  issuedAt: isoInstant,
  status: eResultStatusSchema,
  revokedAt: isoInstant.nullable(),
  revokedReason: z.string().nullable(),
  signerName: z.string().nullable(),
  url: z.string(),
  /** The public verification page printed as the result's QR code. */
  verifyUrl: z.string(),
  verifications: z.number().int(),
});
export type EResultSummary = z.infer<typeof eResultSummary>;

export const dossierPapers = z.object({
  forms: z.array(issuedDocumentSummary),
  results: z.array(eResultSummary),
  /** The process-control sheet as of now (Form 06), generated on request. */
  processSheetUrl: z.string(),
  /** The applicant's declaration (tờ khai) printed from the e-form answers of an online dossier; null when it has none. */
  declarationUrl: z.string().nullable(),
});
export type DossierPapers = z.infer<typeof dossierPapers>;

export const revokeEResultBody = z.object({ reason: z.string().trim().min(5, 'Cần nêu lý do thu hồi (ít nhất 5 ký tự)').max(1000) });
export type RevokeEResultBody = z.infer<typeof revokeEResultBody>;

/** The register's period and unit, as its page asks for them, and the file format. */
export const registerExportQuery = registerQuery.pick({ unitId: true, from: true, to: true }).extend({ format: z.enum(['pdf', 'xlsx']).default('pdf') });
export type RegisterExportQuery = z.infer<typeof registerExportQuery>;

/** What anyone may learn of a dossier from its code alone: the code and its status, nothing personal. */
export const publicDossierStatus = z.object({
  code: z.string(),
  status: z.enum(dossierStatuses),
  statusLabel: z.string(),
  nationalStatus: z.number().int(),
  updatedAt: isoInstant,
  /** Only when the signed-in portal account owns the dossier: its full page is one click away. */
  ownDossierId: z.string().nullable(),
});
export type PublicDossierStatus = z.infer<typeof publicDossierStatus>;

export const publicDossierCodeParams = z.object({ code: z.string().trim().min(6).max(40) });

export const eResultVerifyQuery = z.object({ t: z.string().min(8).max(100) });

/** What the public verification page shows of an electronic result (Decree 45/2020: no personal data). */
export const eResultVerification = z.object({
  resultCode: z.string(),
  procedureName: z.string(),
  issuingBody: z.string(),
  issuedAt: isoInstant,
  status: eResultStatusSchema,
  revokedAt: isoInstant.nullable(),
  signed: z.boolean(),
  /** Every check is recorded; this one's time. */
  verifiedAt: isoInstant,
});
export type EResultVerification = z.infer<typeof eResultVerification>;
