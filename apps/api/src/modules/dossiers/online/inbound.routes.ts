/**
 * The inbound API for dossiers pushed by other systems (the National Public Service Portal, rules.md §0). These
 * routes are `auth: 'public'` for the session layer because a sending system has no session: each request is
 * authenticated here instead, in two steps. Its headers (known sender, fresh timestamp, well-formed signature) are
 * checked as the request arrives, before its body is read; what fails gets 401 and the connection is closed, the
 * body unread. Then the body is read up to INBOUND_MAX_BODY_MB (beyond: 413) and the sender's HMAC signature over
 * those bytes (inbound-signature.ts) is checked before the body is validated or used.
 */
import { inboundDossierBody, inboundDossierStatus, inboundStatusParams } from '@motcua/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { pushInboundDossier } from '../actions/push-inbound-dossier.ts';
import { checkInboundHeaders, verifyInbound } from './inbound-signature.ts';
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
  const bodyLimit = ctx.config.inboundMaxBodyBytes;
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
    scope.addHook('onRequest', async (request, reply) => {
      try {
        checkInboundHeaders(ctx.config.inboundClients, request.headers, ctx.clock.now().getTime());
      } catch (error) {
        // The body is left unread: closing the connection after the answer spares reading (and discarding) it.
        void reply.header('connection', 'close');
        throw error;
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
