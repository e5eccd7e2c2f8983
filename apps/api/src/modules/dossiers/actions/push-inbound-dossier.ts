import type { FieldError, InboundDossierBody } from '@motcua/shared';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError, isUniqueViolation } from '../../../platform/errors.ts';
import { discardUnusedBlobs } from '../../../platform/files/discard-blobs.ts';
import { acceptedMediaTypes, sniffMediaType, type PutBlob } from '../../../platform/files/file-storage.ts';
import { insertStoredFiles } from '../../../platform/files/files.queries.ts';
import { safeFileName } from '../../../platform/files/save-upload.ts';
import { newId } from '../../../platform/ids.ts';
import type { DossierRow } from '../dossiers.queries.ts';
import { listProcedureAgencies } from '../catalog-units.queries.ts';
import { inboundContentHash } from '../online/inbound-content.ts';
import { findDossierBySource, findProcedureByCode } from '../online/online.queries.ts';
import { fileOwnerOf, registerOnline } from './register-online.ts';

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

interface Decoded {
  requirement: number;
  name: string;
  bytes: Buffer;
}

/** Size and sniffed type of every pushed document, all problems at once; the declared type is never trusted. */
async function decodeDocuments(ctx: AppContext, documents: InboundDossierBody['documents']): Promise<Decoded[]> {
  const errors: (FieldError & { code: 'VALIDATION_FAILED' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE' })[] = [];
  const decoded: Decoded[] = [];
  for (const [i, d] of documents.entries()) {
    const path = `body.documents.${i}.content`;
    if (!BASE64.test(d.content)) {
      errors.push({ path, message: 'Nội dung tệp không đúng mã base64', code: 'VALIDATION_FAILED' });
      continue;
    }
    const bytes = Buffer.from(d.content, 'base64');
    const type = bytes.length > ctx.config.files.maxBytes ? undefined : await sniffMediaType(bytes);
    if (bytes.length > ctx.config.files.maxBytes) errors.push({ path, message: `Tệp vượt quá ${Math.floor(ctx.config.files.maxBytes / 1024 / 1024)} MB`, code: 'FILE_TOO_LARGE' });
    else if (!type || !acceptedMediaTypes.has(type)) errors.push({ path, message: 'Chỉ nhận PDF hoặc ảnh (JPEG, PNG, TIFF, WebP)', code: 'UNSUPPORTED_FILE_TYPE' });
    else decoded.push({ requirement: d.requirement, name: safeFileName(d.fileName), bytes });
  }
  if (errors.length > 0) {
    const codes = new Set(errors.map((e) => e.code));
    throw new AppError(codes.size === 1 ? [...codes][0]! : 'VALIDATION_FAILED', { detail: 'Có giấy tờ gửi kèm không hợp lệ', errors: errors.map(({ path, message }) => ({ path, message })) });
  }
  return decoded;
}

/** The sender's agency identifier, as our unit id; unknown: undefined, and registration names what is wrong. */
async function agencyIdOf(ctx: AppContext, procedureCode: string, agencyCode: string | undefined): Promise<string | undefined> {
  if (!agencyCode) return undefined;
  const procedure = await findProcedureByCode(ctx.db, procedureCode);
  if (!procedure) return undefined;
  const agency = (await listProcedureAgencies(ctx.db, procedure.id)).find((a) => a.code === agencyCode);
  if (!agency) throw fieldError('body.agencyCode', 'Cơ quan này không giải quyết thủ tục đã chọn');
  return agency.id;
}

/**
 * A second push under a sender reference already registered: the same content is a retry and gets the first
 * dossier; other content is a sender error (two applications under one id), refused so that neither is lost
 * silently. Pushes registered before the content hash was kept cannot be compared and count as retries.
 */
function retryOf(existing: DossierRow, reference: string, contentSha256: string): { row: DossierRow; created: false } {
  if (existing.source_content_sha256 === null || existing.source_content_sha256 === contentSha256) return { row: existing, created: false };
  throw new AppError('SENDER_REFERENCE_CONFLICT', {
    detail: `Mã hồ sơ "${reference}" của bên gửi đã được dùng cho hồ sơ ${existing.code} với nội dung khác (thủ tục, cơ quan, người nộp, tờ khai hoặc giấy tờ). `
      + 'Lần gửi này không được tiếp nhận; hồ sơ khác cần một mã hồ sơ khác.',
    extensions: { senderReference: reference, dossierCode: existing.code },
  });
}

/** Writes every document's bytes, all attempted; what was written is kept in `written` even when one fails. */
async function putAll(ctx: AppContext, documents: Decoded[], written: PutBlob[]): Promise<PutBlob[]> {
  const settled = await Promise.allSettled(documents.map((d) => ctx.files.put(d.bytes)));
  for (const s of settled) if (s.status === 'fulfilled') written.push(s.value);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<PutBlob>).value);
}

/**
 * A dossier pushed by a sending system (the national portal). Idempotent by (sender, sender's dossier id) and
 * content: a retry finds the dossier the first push created and returns it, even when two copies race (the unique
 * index lets one in); the same id with other content is refused (409). The documents come inline, are checked like
 * uploads, and go through the same registration as the portal's; their bytes are written only once every check has
 * passed and their rows commit with the dossier, so a refused or failed push leaves no stored file behind.
 */
export async function pushInboundDossier(ctx: AppContext, sender: string, body: InboundDossierBody, requestId: string): Promise<{ row: DossierRow; created: boolean }> {
  const contentSha256 = inboundContentHash(body);
  const existing = await findDossierBySource(ctx.db, sender, body.senderReference);
  if (existing) return retryOf(existing, body.senderReference, contentSha256);
  const agencyUnitId = await agencyIdOf(ctx, body.procedureCode, body.agencyCode);
  const documents = (await decodeDocuments(ctx, body.documents)).map((d) => ({ ...d, fileId: newId() }));
  const origin = { kind: 'inbound' as const, sender, reference: body.senderReference, contentSha256, ...(body.submittedAt ? { submittedAt: body.submittedAt } : {}) };
  const owner = fileOwnerOf(origin);
  const written: PutBlob[] = [];
  let blobs: PutBlob[] = [];
  try {
    const registered = await registerOnline(ctx, {
      procedureCode: body.procedureCode, variantKey: body.variantKey, agencyUnitId, applicant: body.applicant, requestSummary: body.requestSummary ?? null,
      formData: body.formData, cases: body.cases, documents: documents.map((d) => ({ requirement: d.requirement, fileId: d.fileId })), origin, pathPrefix: 'body',
      incomingFiles: {
        ids: documents.map((d) => d.fileId),
        writeBytes: async () => {
          blobs = await putAll(ctx, documents, written);
        },
        insertRows: async (uow) => {
          await insertStoredFiles(uow.trx, documents.map((d, i) => ({
            id: d.fileId, sha256: blobs[i]!.sha256, size: blobs[i]!.size, media_type: blobs[i]!.mediaType, original_name: d.name,
            uploaded_by_kind: owner.kind, uploaded_by_id: owner.id, created_at: uow.now,
          })));
          await uow.audit({ actor: { kind: 'system', id: null }, action: 'file.received_inbound', entityType: 'stored_file', entityId: null, data: { sender, files: documents.length }, requestId });
        },
      },
    }, requestId);
    return { row: registered.row, created: true };
  } catch (error) {
    await discardUnusedBlobs(ctx, written);
    if (isUniqueViolation(error)) {
      // A copy of this push (or another push under the same reference) registered first.
      const again = await findDossierBySource(ctx.db, sender, body.senderReference);
      if (again) return retryOf(again, body.senderReference, contentSha256);
    }
    throw error;
  }
}
