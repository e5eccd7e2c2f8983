import type { FieldError, InboundDossierBody } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, fieldError, isUniqueViolation } from '../../../platform/errors.ts';
import { acceptedMediaTypes, sniffMediaType } from '../../../platform/files/file-storage.ts';
import { insertStoredFiles } from '../../../platform/files/files.queries.ts';
import { safeFileName } from '../../../platform/files/save-upload.ts';
import { newId } from '../../../platform/ids.ts';
import { listProcedureAgencies, type DossierRow } from '../dossiers.queries.ts';
import { findDossierBySource, findProcedureByCode } from '../online.queries.ts';
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
 * A dossier pushed by a sending system (the national portal). Idempotent by (sender, sender's dossier id): a
 * retry finds the dossier the first push created and returns it, even when two copies race (the unique index
 * lets one in). The documents come inline, are checked and stored like uploads, then the same registration as
 * the portal's runs on them.
 */
export async function pushInboundDossier(ctx: AppContext, sender: string, body: InboundDossierBody, requestId: string): Promise<{ row: DossierRow; created: boolean }> {
  const existing = await findDossierBySource(ctx.db, sender, body.senderReference);
  if (existing) return { row: existing, created: false };
  const agencyUnitId = await agencyIdOf(ctx, body.procedureCode, body.agencyCode);
  const documents = await decodeDocuments(ctx, body.documents);
  const origin = { kind: 'inbound' as const, sender, reference: body.senderReference, ...(body.submittedAt ? { submittedAt: body.submittedAt } : {}) };
  const owner = fileOwnerOf(origin);
  const stored = await Promise.all(documents.map(async (d) => ({ ...d, blob: await ctx.files.put(d.bytes) })));
  const files = await withUnitOfWork(ctx, async (uow) => {
    const rows = stored.map((d) => ({
      id: newId(), sha256: d.blob.sha256, size: d.blob.size, media_type: d.blob.mediaType, original_name: d.name, uploaded_by_kind: owner.kind, uploaded_by_id: owner.id, created_at: uow.now,
    }));
    await insertStoredFiles(uow.trx, rows);
    await uow.audit({ actor: { kind: 'system', id: null }, action: 'file.received_inbound', entityType: 'stored_file', entityId: null, data: { sender, files: rows.length }, requestId });
    return rows;
  });
  try {
    const registered = await registerOnline(ctx, {
      procedureCode: body.procedureCode, variantKey: body.variantKey, agencyUnitId, applicant: body.applicant, requestSummary: body.requestSummary ?? null,
      formData: body.formData, documents: stored.map((d, i) => ({ requirement: d.requirement, fileId: files[i]!.id })), origin, pathPrefix: 'body',
    }, requestId);
    return { row: registered.row, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const again = await findDossierBySource(ctx.db, sender, body.senderReference);
      if (again) return { row: again, created: false };
    }
    throw error;
  }
}
