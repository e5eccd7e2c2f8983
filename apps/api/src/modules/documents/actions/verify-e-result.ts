import { createHash, timingSafeEqual } from 'node:crypto';
import type { EResultVerification } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findEResultByCode, findIssuedDocument, findUnitsByIds, insertVerification } from '../documents.queries.ts';
import type { EResultForm } from '../forms/form-data.ts';

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The public check of an electronic result from its QR code: only what the law lets anyone see (code, procedure,
 * issuing body, date, valid or revoked), never the applicant. Each check is recorded; the client is kept only as a
 * hash of its address and the day, enough to count distinct checkers, not to identify them.
 */
export async function verifyEResult(ctx: AppContext, code: string, token: string, client: { ip: string; userAgent: string | undefined }): Promise<EResultVerification> {
  return withUnitOfWork(ctx, async (uow) => {
    const result = await findEResultByCode(uow.trx, code);
    if (!result || !sameToken(result.verify_token, token)) throw notFound('Không tìm thấy kết quả điện tử với mã kiểm tra này. Hãy quét lại mã QR trên văn bản.');
    const doc = (await findIssuedDocument(uow.trx, result.document_id))!;
    const data = JSON.parse(doc.data) as EResultForm;
    const [issuer] = await findUnitsByIds(uow.trx, [result.issuer_unit_id]);
    const status = result.status as 'valid' | 'revoked';
    await insertVerification(uow.trx, {
      id: newId(), e_result_id: result.id, verified_at: uow.now, status_shown: status,
      client_hash: createHash('sha256').update(`${client.ip}|${uow.now.slice(0, 10)}`).digest('hex').slice(0, 32),
      user_agent: client.userAgent?.slice(0, 200) ?? null,
    });
    return {
      resultCode: result.result_code, procedureName: data.procedureName, issuingBody: issuer?.name ?? data.heading.issuer.name, issuedAt: data.heading.issuedAt,
      status, revokedAt: result.revoked_at, signed: doc.signed === 1, verifiedAt: uow.now,
    };
  });
}
