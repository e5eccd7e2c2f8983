/** What officers read and print: a dossier's kept documents, Form 06 as of now, the register (Form 07). */
import type { DossierPapers, RegisterExportQuery } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import { notFound } from '../../platform/errors.ts';
import type { DB } from '../../db/schema.ts';
import { dossierDeclaration, dossierRegisterRows, findAccountDossier, findDossier, loadDossierForActor } from '../dossiers/index.ts';
import { ensureRendered, issueFormForAction, type DocumentsContext } from './actions/issue-document.ts';
import { presentEResult, presentIssuedDocument } from './documents.presenter.ts';
import { findEResult, findLastActionOf, findUnitsByIds, findIssuedDocument, findStoredFileRow, listEResults, listIssuedDocuments, type IssuedDocumentRow } from './documents.queries.ts';
import { processSheet } from './form-snapshots.ts';
import type { RegisterForm } from './forms/form-data.ts';
import { renderFormPdf, renderRegisterXlsx } from './forms/index.ts';
import { issuerFor } from './issuers.ts';

type DossierRow = DB['dossiers'];

export interface PdfFile {
  bytes: Buffer;
  fileName: string;
}

/**
 * Who may see a dossier's papers: an officer in scope, or the portal account that owns it. Anyone else finds nothing
 * (404), exactly as if the dossier did not exist.
 */
export type DossierAccess = (dossierId: string) => Promise<DossierRow>;

export const officerAccess = (dc: DocumentsContext, actor: Actor): DossierAccess => async (dossierId) =>
  (await loadDossierForActor(dc.ctx.db, actor, await findDossier(dc.ctx.db, dossierId))).row;

export const ownerAccess = (dc: DocumentsContext, applicant: Actor): DossierAccess => async (dossierId) => {
  const dossier = await findAccountDossier(dc.ctx.db, applicant.id, dossierId);
  if (!dossier) throw notFound('Không tìm thấy hồ sơ');
  return dossier;
};

/** Where each side downloads a kept document: the back office or the portal. */
export interface PaperUrls {
  form(id: string): string;
  result(id: string): string;
  processSheet(dossierId: string): string;
  declaration(dossierId: string): string;
}

export const officerUrls: PaperUrls = {
  form: (id) => `/api/issued-documents/${id}/pdf`,
  result: (id) => `/api/e-results/${id}/pdf`,
  processSheet: (dossierId) => `/api/dossiers/${dossierId}/process-sheet/pdf`,
  declaration: (dossierId) => `/api/dossiers/${dossierId}/declaration/pdf`,
};

export async function dossierPapers(dc: DocumentsContext, access: DossierAccess, dossierId: string, urls: PaperUrls = officerUrls): Promise<DossierPapers> {
  const dossier = await access(dossierId);
  const [forms, results, declared] = await Promise.all([listIssuedDocuments(dc.ctx.db, dossier.id), listEResults(dc.ctx.db, dossier.id), dossierDeclaration(dc.ctx.db, dossier.id)]);
  return {
    forms: forms.filter((f) => f.kind !== 'e_result').map((f) => ({ ...presentIssuedDocument(f), url: urls.form(f.id) })),
    results: results.map((r) => ({ ...presentEResult(r, dc.ctx.config.publicBaseUrl), url: urls.result(r.id) })),
    processSheetUrl: urls.processSheet(dossier.id),
    declarationUrl: declared ? urls.declaration(dossier.id) : null,
  };
}

async function fileOf(dc: DocumentsContext, doc: IssuedDocumentRow): Promise<PdfFile> {
  const rendered = await ensureRendered(dc, doc);
  const file = await findStoredFileRow(dc.ctx.db, rendered.file_id!);
  if (!file) throw notFound();
  return { bytes: await dc.ctx.files.get(file.sha256), fileName: file.original_name };
}

export async function issuedDocumentPdf(dc: DocumentsContext, access: DossierAccess, documentId: string): Promise<PdfFile> {
  const doc = await findIssuedDocument(dc.ctx.db, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản');
  await access(doc.dossier_id);
  return fileOf(dc, doc);
}

export async function eResultPdf(dc: DocumentsContext, access: DossierAccess, eResultId: string): Promise<PdfFile> {
  const result = await findEResult(dc.ctx.db, eResultId);
  if (!result) throw notFound('Không tìm thấy kết quả điện tử');
  await access(result.dossier_id);
  return fileOf(dc, (await findIssuedDocument(dc.ctx.db, result.document_id))!);
}

/** The receipt (Form 01) of a dossier, issued now if its event has not been handled yet: the desk prints it at once. */
export async function receiptPdf(dc: DocumentsContext, access: DossierAccess, dossierId: string): Promise<PdfFile> {
  const dossier = await access(dossierId);
  const action = await findLastActionOf(dc.ctx.db, dossier.id, ['receive', 'accept_online']);
  const doc = action ? await issueFormForAction(dc, { dossierId: dossier.id, action: action.action, seq: action.seq }) : undefined;
  const file = doc ? await fileOf(dc, doc) : undefined;
  if (!file) throw notFound('Hồ sơ này không có giấy tiếp nhận và hẹn trả kết quả (giải quyết ngay hoặc chưa được tiếp nhận).');
  return file;
}

export async function processSheetPdf(dc: DocumentsContext, access: DossierAccess, dossierId: string): Promise<PdfFile> {
  const dossier = await access(dossierId);
  const issuer = await issuerFor(dc.ctx.db, dossier.competent_unit_id);
  const now = dc.ctx.clock.now().toISOString();
  const data = await processSheet(dc.ctx.db, dossier, { issuer: issuer.body, number: `${dossier.code}/PKS-${issuer.body.abbreviation}`, issuedAt: now });
  return { bytes: await renderFormPdf(data), fileName: `phieu-kiem-soat-${dossier.code}.pdf` };
}

const REGISTER_LIMIT = 20_000;
const returnMethods: Record<string, string> = { desk: 'Trực tiếp', post: 'Bưu chính', electronic: 'Trực tuyến' };

export async function registerExport(dc: DocumentsContext, actor: Actor, q: RegisterExportQuery): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
  const { rows, unitName } = await dossierRegisterRows(dc.ctx, actor, { unitId: q.unitId, from: q.from, to: q.to, limit: REGISTER_LIMIT });
  const unitId = q.unitId ?? actor.grants.find((g) => g.permissions.includes('dossier.read'))?.orgUnitId ?? rows[0]?.receiving_unit_id;
  const issuer = unitId ? await issuerFor(dc.ctx.db, unitId) : undefined;
  const heading = {
    issuer: issuer?.body ?? { parentName: null, name: '', abbreviation: '', place: '' },
    number: `${q.from.slice(0, 4)}/STD-${issuer?.body.abbreviation ?? ''}`, issuedAt: dc.ctx.clock.now().toISOString(),
  };
  const data: RegisterForm = {
    kind: 'register', heading, unitName: unitId ? (await findUnitsByIds(dc.ctx.db, [unitId]))[0]?.name ?? '' : '', from: q.from, to: q.to,
    rows: rows.map((r, i) => ({
      no: i + 1, dossierCode: r.code, procedureName: r.procedure_name, applicantName: r.applicant_name,
      addressPhone: [r.applicant_address, r.applicant_phone].filter(Boolean).join(' - '), leadAgency: unitName(r.competent_unit_id),
      receivedAt: r.received_at, dueAt: r.due_at, returnedAt: r.returned_at, returnMethod: r.return_method ? returnMethods[r.return_method] ?? r.return_method : null,
    })),
  };
  const base = `so-theo-doi-ho-so-${q.from}-${q.to}`;
  return q.format === 'xlsx'
    ? { bytes: await renderRegisterXlsx(data), fileName: `${base}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
    : { bytes: await renderFormPdf(data), fileName: `${base}.pdf`, mediaType: 'application/pdf' };
}
