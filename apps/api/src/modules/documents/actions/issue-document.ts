/**
 * A form is issued at the moment of its action: its number and the data it prints are fixed in one transaction
 * (with the audit entry), then it is rendered, signed by its issuing agency and stored once. Every later print
 * serves the stored bytes. The dossier event job and a print request may race to issue the same form: the
 * unique (dossier, kind, action) key lets exactly one win and the other read the winner's document.
 */
import { randomBytes } from 'node:crypto';
import { localDateOf, parseInstant } from '@motcua/shared';
import type { AppContext } from '../../../platform/context.ts';
import { withUnitOfWork } from '../../../platform/context.ts';
import { isUniqueViolation } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findDossier } from '../../dossiers/index.ts';
import type { DocumentSigning } from '../document-signing.ts';
import {
  findActionAt, findEResultForResult, findIssuedDocument, findIssuedDocumentForAction, findResultByCode, findUnitsByIds, insertEResult,
  insertIssuedDocument, insertStoredFileRow, listValidEResults, nextDocumentNumber, revokeEResultRow, setRenderedFile, type IssuedDocumentRow,
} from '../documents.queries.ts';
import { eResult, formOfAction, snapshotBuilders } from '../form-snapshots.ts';
import type { FormData, FormKind } from '../forms/form-data.ts';
import { renderFormPdf } from '../forms/index.ts';
import { issuerFor } from '../issuers.ts';

/** The number's middle part per form (Circular 03/2025 Annex I): "125/PBS-STP". */
const numberSymbols: Record<FormKind, string> = {
  receipt: 'TN', supplement_request: 'PBS', refusal: 'PTC', apology: 'PXL', stop_notice: 'TB', process_sheet: 'PKS', register: 'STD', e_result: 'KQ',
};

export function documentNumber(kind: FormKind, seq: number, abbreviation: string): string {
  return `${seq}/${numberSymbols[kind]}-${abbreviation}`;
}

export interface DossierEventRef {
  dossierId: string;
  action: string;
  seq: number;
}

export interface DocumentsContext {
  ctx: AppContext;
  signing: DocumentSigning;
}

/** Issues the form of a dossier action, if that action has one; idempotent. Returns the document, rendered. */
export async function issueFormForAction(dc: DocumentsContext, event: DossierEventRef): Promise<IssuedDocumentRow | undefined> {
  const form = formOfAction[event.action];
  if (!form) return undefined;
  const existing = await findIssuedDocumentForAction(dc.ctx.db, event.dossierId, form.kind, event.seq);
  const doc = existing ?? (await reserve(dc, event, form.kind, form.issuer));
  return doc ? ensureRendered(dc, doc) : undefined;
}

async function reserve(dc: DocumentsContext, event: DossierEventRef, kind: FormKind, issuerOf: 'action_unit' | 'receiving' | 'competent'): Promise<IssuedDocumentRow | undefined> {
  const { ctx } = dc;
  try {
    return await withUnitOfWork(ctx, async (uow) => {
      const ex = uow.trx;
      const dossier = await findDossier(ex, event.dossierId);
      const action = await findActionAt(ex, event.dossierId, event.seq);
      if (!dossier || !action) return undefined;
      // Resolved on the spot: no receipt and appointment (Decree 118 Art. 19).
      if (kind === 'receipt' && dossier.on_the_spot === 1) return undefined;
      const unitId = issuerOf === 'receiving' ? dossier.receiving_unit_id : issuerOf === 'competent' ? dossier.competent_unit_id : action.unit_id ?? dossier.current_unit_id;
      const issuer = await issuerFor(ex, unitId);
      const year = Number(localDateOf(parseInstant(action.at)).slice(0, 4));
      const seq = await nextDocumentNumber(ex, issuer.unitId, kind, year);
      const heading = { issuer: issuer.body, number: documentNumber(kind, seq, issuer.body.abbreviation), issuedAt: action.at };
      const input = { ex, dossier, action, heading, publicBaseUrl: ctx.config.publicBaseUrl };
      const token = randomBytes(12).toString('base64url');
      const data: FormData = kind === 'e_result' ? await eResult(input, token) : await snapshotBuilders[kind as keyof typeof snapshotBuilders](input);
      const row: IssuedDocumentRow = {
        id: newId(), dossier_id: dossier.id, kind, action_seq: event.seq, issuer_unit_id: issuer.unitId, year, number_seq: seq, number: heading.number,
        data: JSON.stringify(data), file_id: null, sha256: null, signed: 0, signer_name: null, created_at: uow.now, rendered_at: null,
      };
      await insertIssuedDocument(ex, row);
      if (data.kind === 'e_result') await recordEResult(uow.trx, uow.now, row, data.resultCode, token, issuer.unitId);
      await uow.audit({
        actor: { kind: 'system', id: null }, action: 'document.issued', entityType: 'dossier', entityId: dossier.id, orgUnitId: issuer.unitId,
        data: { kind, number: row.number, actionSeq: event.seq },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return findIssuedDocumentForAction(ctx.db, event.dossierId, kind, event.seq);
    throw error;
  }
}

/** A corrected result (…-KQ2) replaces the earlier ones: they verify as revoked from now on. */
async function recordEResult(ex: Parameters<typeof insertEResult>[0], now: string, doc: IssuedDocumentRow, resultCode: string, token: string, issuerUnitId: string) {
  const result = await findResultByCode(ex, resultCode);
  if (!result || (await findEResultForResult(ex, result.id))) return;
  for (const earlier of await listValidEResults(ex, doc.dossier_id)) {
    await revokeEResultRow(ex, earlier.id, { revoked_at: now, revoked_by: null, revoked_reason: `Được thay thế bởi kết quả đính chính ${resultCode}` });
  }
  await insertEResult(ex, {
    id: newId(), dossier_id: doc.dossier_id, dossier_result_id: result.id, document_id: doc.id, result_code: resultCode, issuer_unit_id: issuerUnitId,
    verify_token: token, status: 'valid', revoked_at: null, revoked_by: null, revoked_reason: null, created_at: now,
  });
}

/** Renders, signs and stores a reserved document once; a reprint reads the stored bytes. */
export async function ensureRendered(dc: DocumentsContext, doc: IssuedDocumentRow): Promise<IssuedDocumentRow> {
  if (doc.file_id) return doc;
  const { ctx, signing } = dc;
  const data = JSON.parse(doc.data) as FormData;
  const pdf = await renderFormPdf(data);
  const [unit] = await findUnitsByIds(ctx.db, [doc.issuer_unit_id]);
  const required = data.kind === 'e_result';
  const reason = data.kind === 'e_result' ? `Ký số kết quả giải quyết hồ sơ ${data.dossierCode}` : `Ký số ${doc.number}`;
  const outcome = await signing.sign(pdf, { unitId: doc.issuer_unit_id, code: unit?.code ?? '', name: unit?.name ?? data.heading.issuer.name }, {
    reason, location: data.heading.issuer.place || 'Việt Nam', signedAt: new Date(data.heading.issuedAt),
  }, required);
  const blob = await ctx.files.put(outcome.pdf);
  const now = ctx.clock.now().toISOString();
  await withUnitOfWork(ctx, async (uow) => {
    const fileId = newId();
    await insertStoredFileRow(uow.trx, {
      id: fileId, sha256: blob.sha256, size: blob.size, media_type: blob.mediaType, original_name: `${doc.number.replace(/\//g, '-')}.pdf`,
      uploaded_by_kind: 'system', uploaded_by_id: 'documents', created_at: now,
    });
    await setRenderedFile(uow.trx, doc.id, { file_id: fileId, sha256: blob.sha256, signed: outcome.signed ? 1 : 0, signer_name: outcome.signerName, rendered_at: now });
  });
  // Of two renderings at once, the first stored wins; both callers serve that one.
  return (await findIssuedDocument(ctx.db, doc.id))!;
}
