import { dossierStatusDefinitions, publicDossierCodeParams, publicDossierStatus, type DossierStatus, type PublicDossierStatus } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { findDossierByCode } from '../dossiers.queries.ts';

/**
 * What anyone holding a receipt (or its QR code) may learn without signing in: the code and the status, nothing
 * about the applicant. Codes are not secret, so nothing more is ever shown here.
 */
export async function lookUpDossier(ctx: AppContext, code: string, viewer: Actor | null): Promise<PublicDossierStatus> {
  const row = await findDossierByCode(ctx.db, code.trim().toUpperCase());
  if (!row) throw notFound('Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy tiếp nhận.');
  const status = row.status as DossierStatus;
  const owns = viewer?.kind === 'applicant' && row.applicant_account_id !== null && row.applicant_account_id === viewer.id;
  return {
    code: row.code, status, statusLabel: dossierStatusDefinitions[status].label, nationalStatus: row.national_status, updatedAt: row.updated_at,
    ownDossierId: owns ? row.id : null,
  };
}

export function publicLookupRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/public/dossiers/:code', {
    schema: { tags: ['dossiers'], summary: 'Tra cứu tình trạng hồ sơ theo mã (không cần đăng nhập)', params: publicDossierCodeParams, response: { 200: publicDossierStatus } },
    config: { auth: 'public', rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => reply.header('cache-control', 'no-store').send(await lookUpDossier(ctx, request.params.code, request.actor)));
}
