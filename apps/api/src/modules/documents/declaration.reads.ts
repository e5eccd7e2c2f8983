/** The applicant's declaration (tờ khai) of an online dossier, printed from its e-form answers on request. */
import { notFound } from '../../platform/errors.ts';
import { dossierDeclaration } from '../dossiers/index.ts';
import type { DocumentsContext } from './actions/issue-document.ts';
import type { DossierAccess, PdfFile } from './documents.reads.ts';
import { findUnitsByIds } from './documents.queries.ts';
import { renderDeclarationPdf } from './forms/declaration.ts';
import { issuerFor } from './issuers.ts';

/**
 * Rendered each time from the answers kept with the dossier's online registration (they never change), so every
 * print is the same document. Who may print it is who may see the dossier's other papers.
 */
export async function declarationPdf(dc: DocumentsContext, access: DossierAccess, dossierId: string): Promise<PdfFile> {
  const dossier = await access(dossierId);
  const declared = await dossierDeclaration(dc.ctx.db, dossier.id);
  if (!declared) throw notFound('Hồ sơ này không có tờ khai điện tử (không nộp trực tuyến hoặc thủ tục không có biểu mẫu điện tử).');
  const [agency] = await findUnitsByIds(dc.ctx.db, [dossier.competent_unit_id]);
  const issuer = await issuerFor(dc.ctx.db, dossier.competent_unit_id);
  const bytes = await renderDeclarationPdf({
    title: declared.formTitle ?? `Tờ khai ${dossier.procedure_name}`,
    addressee: agency?.name ?? issuer.body.fullName ?? issuer.body.name,
    dossierCode: dossier.code,
    procedureName: dossier.procedure_name,
    variantName: dossier.variant_name || null,
    applicantName: dossier.applicant_name,
    answers: declared.answers,
    declaredAt: dossier.registered_at ?? dossier.created_at,
    place: issuer.body.place,
  });
  return { bytes, fileName: `to-khai-${dossier.code}.pdf` };
}
