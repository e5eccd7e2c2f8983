import { loginBody, me, totpEnableBody, totpSetupResponse } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { sessionCookieName, sessionCookieOptions, signedInCookieOptions } from '../../platform/auth/sessions.ts';
import { findSession } from '../../platform/auth/sessions.queries.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { enableTotp, setUpTotp } from './actions/enrol-totp.ts';
import { logIn } from './actions/log-in.ts';
import { logOut } from './actions/log-out.ts';
import { presentMe } from './identity.presenter.ts';
import { actorLoader } from './load-actor.ts';

const tags = ['Xác thực'];

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const loadActor = actorLoader(ctx.db, ctx.config.totpRequiredRoles);
  const cookieOptions = sessionCookieOptions(ctx.config.session);

  r.post('/api/auth/login', {
    schema: { tags, summary: 'Đăng nhập cán bộ', body: loginBody, response: { 200: me } },
    config: { auth: 'public', rateLimit: { max: ctx.config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { token, sessionId } = await logIn(ctx, { ...request.body, userAgent: request.headers['user-agent'], clientAddress: request.ip, requestId: request.id });
    const session = await findSession(ctx.db, sessionId);
    const actor = session && (await loadActor(session));
    if (!actor) throw new AppError('UNAUTHENTICATED');
    reply.setCookie(sessionCookieName(ctx.config.session), token, signedInCookieOptions(ctx.config.session));
    return presentMe(actor);
  });

  r.get('/api/auth/me', {
    schema: { tags, summary: 'Người dùng hiện tại', response: { 200: me } },
    config: { auth: 'session', allowDuringTotpEnrolment: true },
  }, async (request) => presentMe(requireActor(request)));

  r.post('/api/auth/logout', {
    schema: { tags, summary: 'Đăng xuất phiên này' },
    config: { auth: 'session', allowDuringTotpEnrolment: true },
  }, async (request, reply) => {
    await logOut(ctx, requireActor(request), { everywhere: false, requestId: request.id });
    reply.clearCookie(sessionCookieName(ctx.config.session), cookieOptions);
    return reply.status(204).send();
  });

  r.post('/api/auth/logout-all', {
    schema: { tags, summary: 'Đăng xuất trên mọi thiết bị' },
    config: { auth: 'session', allowDuringTotpEnrolment: true },
  }, async (request, reply) => {
    await logOut(ctx, requireActor(request), { everywhere: true, requestId: request.id });
    reply.clearCookie(sessionCookieName(ctx.config.session), cookieOptions);
    return reply.status(204).send();
  });

  r.post('/api/auth/totp/setup', {
    schema: { tags, summary: 'Tạo mã bí mật xác thực hai lớp', response: { 200: totpSetupResponse } },
    config: { auth: 'session', allowDuringTotpEnrolment: true },
  }, async (request) => setUpTotp(ctx, requireActor(request), request.id));

  r.post('/api/auth/totp/enable', {
    schema: { tags, summary: 'Bật xác thực hai lớp', body: totpEnableBody },
    config: { auth: 'session', allowDuringTotpEnrolment: true },
  }, async (request, reply) => {
    await enableTotp(ctx, requireActor(request), request.body.code, request.id);
    return reply.status(204).send();
  });
}
