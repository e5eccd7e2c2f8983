/**
 * The inbound API for dossiers pushed by other systems (the National Public Service Portal, rules.md §0). These
 * routes are `auth: 'public'` for the session layer because a sending system has no session: each request is
 * authenticated here instead, by its sender's HMAC signature over the raw body (inbound-signature.ts), checked
 * before the body is validated or used. Anything unsigned, stale or from an unknown sender gets 401.
 */
import { inboundDossierBody, inboundDossierStatus, inboundStatusParams } from '@motcua/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { pushInboundDossier } from './actions/push-inbound-dossier.ts';
import { verifyInbound } from './inbound-signature.ts';
import { presentInboundStatus } from './online.presenter.ts';
import { inboundStatus } from './online.reads.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The exact bytes received, for the signature (inbound routes only). */
    rawBody?: Buffer;
    /** The sending system whose signature checked out. */
    inboundSender?: string;
  }
}

const tags = ['Liên thông: hồ sơ từ Cổng Dịch vụ công quốc gia'];

export function inboundRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Documents come inline in base64 (a third larger than the bytes): room for a few files at the upload limit.
  const bodyLimit = Math.ceil((ctx.config.files.maxBytes * 4) / 3) * 4 + 1024 * 1024;
  const config = { auth: 'public' as const, rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' } };
  const authenticate = async (request: FastifyRequest) => {
    request.inboundSender = verifyInbound(ctx.config.inboundClients, request.headers, request.rawBody ?? Buffer.alloc(0), ctx.clock.now().getTime());
  };
  const senderOf = (request: FastifyRequest) => {
    if (!request.inboundSender) throw new AppError('UNAUTHENTICATED');
    return request.inboundSender;
  };

  void app.register(async (scope) => {
    // Within this scope JSON is kept as received, so the signature is checked over the very bytes that were signed.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
      request.rawBody = body as Buffer;
      try {
        done(null, (body as Buffer).length === 0 ? undefined : JSON.parse((body as Buffer).toString('utf8')));
      } catch {
        done(new AppError('BAD_REQUEST', { detail: 'Nội dung JSON không hợp lệ.' }), undefined);
      }
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post('/api/inbound/dossiers', {
      schema: {
        tags, summary: 'Nhận hồ sơ trực tuyến từ hệ thống gửi (ký HMAC-SHA256); gửi lại cùng mã hồ sơ của bên gửi và cùng nội dung trả về hồ sơ đã tạo, nội dung khác bị từ chối (409)',
        body: inboundDossierBody, response: { 200: inboundDossierStatus, 201: inboundDossierStatus },
      },
      bodyLimit, config, preValidation: authenticate,
    }, async (request, reply) => {
      const { row, created } = await pushInboundDossier(ctx, senderOf(request), request.body, request.id);
      const status = await presentInboundStatus(ctx.db, row, ctx.clock.now().toISOString());
      return reply.status(created ? 201 : 200).header('location', `/api/inbound/dossiers/${encodeURIComponent(status.senderReference)}/status`).send(status);
    });

    r.get('/api/inbound/dossiers/:senderRef/status', {
      schema: { tags, summary: 'Trạng thái hồ sơ theo mã hồ sơ của bên gửi', params: inboundStatusParams, response: { 200: inboundDossierStatus } },
      config, preValidation: authenticate,
    }, async (request) => inboundStatus(ctx, senderOf(request), request.params.senderRef));
  });
}
