import { contactVerification, requestContactCodeBody, verifyContactBody } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { getContactVerification } from './actions/get-contact-verification.ts';
import { requestContactCode } from './actions/request-contact-code.ts';
import { verifyContact } from './actions/verify-contact.ts';
import { requireApplicant } from './applicant-actor.ts';

const tags = ['Cổng dịch vụ công: tài khoản'];

export function contactVerificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Per address as well as per account and code: guessing codes from many accounts at once is slowed down too.
  const rateLimit = { max: ctx.config.login.ratePerMinute, timeWindow: '1 minute' };

  r.get('/api/portal/account/verification', {
    schema: { tags, summary: 'Tình trạng xác minh thư điện tử và số điện thoại của tài khoản (mã đang có hiệu lực, khi nào được gửi lại mã)', response: { 200: contactVerification } },
    config: { auth: 'applicant' },
  }, async (request) => getContactVerification(ctx, requireApplicant(request).id));

  r.post('/api/portal/account/verify', {
    schema: { tags, summary: 'Xác minh thư điện tử hoặc số điện thoại bằng mã 6 chữ số đã gửi tới đó', body: verifyContactBody, response: { 200: contactVerification } },
    config: { auth: 'applicant', rateLimit },
  }, async (request) => verifyContact(ctx, requireApplicant(request).id, request.body.code, request.id));

  r.post('/api/portal/account/verify/resend', {
    schema: { tags, summary: 'Gửi mã xác minh mới (tối đa một mã mỗi phút, năm mã mỗi giờ); mã được gửi ngay sau đó', body: requestContactCodeBody.optional(), response: { 202: contactVerification } },
    config: { auth: 'applicant', rateLimit },
  }, async (request, reply) => reply.status(202).send(await requestContactCode(ctx, requireApplicant(request).id, request.body?.channel, request.id)));
}
