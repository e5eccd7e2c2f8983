/** The applicant's own papers on the portal: the forms addressed to them and their electronic results. */
import type { DossierPapers } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import { notFound } from '../../platform/errors.ts';
import type { DocumentsContext } from './actions/issue-document.ts';
import { presentEResult, presentIssuedDocument } from './documents.presenter.ts';
import { findDossier, findEResult, findIssuedDocument, listEResults, listIssuedDocuments } from './documents.queries.ts';
import { fileOf, type PdfFile } from './documents.reads.ts';

/** Another applicant's dossier looks exactly like a missing one. */
async function ownDossier(dc: DocumentsContext, applicant: Actor, dossierId: string) {
  const dossier = await findDossier(dc.ctx.db, dossierId);
  if (!dossier || dossier.applicant_account_id === null || dossier.applicant_account_id !== applicant.id) throw notFound('Không tìm thấy hồ sơ');
  return dossier;
}

export async function applicantPapers(dc: DocumentsContext, applicant: Actor, dossierId: string): Promise<DossierPapers> {
  const dossier = await ownDossier(dc, applicant, dossierId);
  const [forms, results] = await Promise.all([listIssuedDocuments(dc.ctx.db, dossier.id), listEResults(dc.ctx.db, dossier.id)]);
  return {
    forms: forms.filter((f) => f.kind !== 'e_result').map((f) => ({ ...presentIssuedDocument(f), url: `/api/portal/issued-documents/${f.id}/pdf` })),
    results: results.map((r) => ({ ...presentEResult(r, dc.ctx.config.publicBaseUrl), url: `/api/portal/e-results/${r.id}/pdf` })),
    processSheetUrl: '',
  };
}

export async function applicantDocumentPdf(dc: DocumentsContext, applicant: Actor, documentId: string): Promise<PdfFile> {
  const doc = await findIssuedDocument(dc.ctx.db, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản');
  await ownDossier(dc, applicant, doc.dossier_id);
  return fileOf(dc, doc);
}

export async function applicantEResultPdf(dc: DocumentsContext, applicant: Actor, eResultId: string): Promise<PdfFile> {
  const result = await findEResult(dc.ctx.db, eResultId);
  if (!result) throw notFound('Không tìm thấy kết quả điện tử');
  await ownDossier(dc, applicant, result.dossier_id);
  return fileOf(dc, (await findIssuedDocument(dc.ctx.db, result.document_id))!);
}
