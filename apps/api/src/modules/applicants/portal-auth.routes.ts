import { applicantLoginBody, applicantMe, confirmRegistrationBody, portalAuthOptions, registerApplicantBody, registrationAccepted } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { sessionCookieName, sessionCookieOptions, signedInCookieOptions } from '../../platform/auth/sessions.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { confirmRegistration } from './actions/confirm-registration.ts';
import { logInApplicant } from './actions/log-in-applicant.ts';
import { logOutApplicant } from './actions/log-out-applicant.ts';
import { registerApplicant } from './actions/register-applicant.ts';
import { presentApplicantMe } from './applicants.presenter.ts';
import { findAccount } from './applicants.queries.ts';
import type { OidcSettings } from './oidc/provider-name.ts';

const tags = ['Cổng dịch vụ công: tài khoản'];

export function portalAuthRoutes(app: FastifyInstance, ctx: AppContext, oidc: OidcSettings | null): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = sessionCookieOptions(ctx.config.session);
  const sessionCookie = signedInCookieOptions(ctx.config.session);
  const rateLimit = { max: ctx.config.login.ratePerMinute, timeWindow: '1 minute' };

  r.get('/api/portal/auth/options', {
    schema: { tags, summary: 'Các cách đăng nhập cổng dịch vụ công (có đăng nhập qua định danh điện tử hay không)', response: { 200: portalAuthOptions } },
    config: { auth: 'public' },
  }, async () => ({ oidc: oidc !== null, providerName: oidc?.providerName ?? null, uploadMaxBytes: ctx.config.files.maxBytes }));

  // The same 202 whether the e-mail/phone is new (a code goes to it) or taken (its owner is told): nothing to enumerate.
  r.post('/api/portal/auth/register', {
    schema: { tags, summary: 'Đăng ký tài khoản công dân hoặc tổ chức (email hoặc số điện thoại và mật khẩu); mã xác nhận được gửi tới email (hoặc số điện thoại)', body: registerApplicantBody, response: { 202: registrationAccepted } },
    config: { auth: 'public', rateLimit },
  }, async (request, reply) => reply.status(202).send(await registerApplicant(ctx, { body: request.body, requestId: request.id })));

  r.post('/api/portal/auth/register/confirm', {
    schema: { tags, summary: 'Nhập mã xác nhận đăng ký (cùng mật khẩu đã chọn): xác minh email/số điện thoại và đăng nhập', body: confirmRegistrationBody, response: { 200: applicantMe } },
    config: { auth: 'public', rateLimit },
  }, async (request, reply) => {
    const result = await confirmRegistration(ctx, { ...request.body, userAgent: request.headers['user-agent'], requestId: request.id });
    reply.setCookie(sessionCookieName(ctx.config.session), result.token, sessionCookie);
    return presentApplicantMe(result.account, result.csrfToken);
  });

  r.post('/api/portal/auth/login', {
    schema: { tags, summary: 'Đăng nhập bằng email hoặc số điện thoại và mật khẩu', body: applicantLoginBody, response: { 200: applicantMe } },
    config: { auth: 'public', rateLimit },
  }, async (request, reply) => {
    const result = await logInApplicant(ctx, { ...request.body, userAgent: request.headers['user-agent'], clientAddress: request.ip, requestId: request.id });
    reply.setCookie(sessionCookieName(ctx.config.session), result.token, sessionCookie);
    return presentApplicantMe(result.account, result.csrfToken);
  });

  r.post('/api/portal/auth/logout', {
    schema: { tags, summary: 'Đăng xuất khỏi cổng dịch vụ công' },
    config: { auth: 'applicant' },
  }, async (request, reply) => {
    const actor = requireActor(request);
    await logOutApplicant(ctx, { id: actor.id, sessionId: actor.sessionId }, request.id);
    reply.clearCookie(sessionCookieName(ctx.config.session), cookieOptions);
    return reply.status(204).send();
  });

  // Public on purpose: the portal asks "who is signed in?" on every page, and "nobody" (401) is an answer.
  r.get('/api/portal/auth/me', {
    schema: { tags, summary: 'Người nộp hồ sơ đang đăng nhập (401 nếu chưa đăng nhập)', response: { 200: applicantMe } },
    config: { auth: 'public' },
  }, async (request) => {
    const actor = request.actor;
    const account = actor?.kind === 'applicant' ? await findAccount(ctx.db, actor.id) : undefined;
    if (!actor || !account) throw new AppError('UNAUTHENTICATED');
    return presentApplicantMe(account, actor.csrfToken);
  });
}
