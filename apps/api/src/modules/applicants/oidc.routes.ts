import { oidcCallbackQuery, oidcStartQuery } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessionCookieName, sessionCookieOptions, signedInCookieOptions } from '../../platform/auth/sessions.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { finishOidcLogin } from './actions/finish-oidc-login.ts';
import { OIDC_REQUEST_MINUTES, startOidcLogin } from './actions/start-oidc-login.ts';
import type { OidcRelyingParty } from './oidc/oidc-client.ts';

const tags = ['Cổng dịch vụ công: tài khoản'];
export const OIDC_COOKIE = 'motcua_oidc';
/** Where the portal shows a failed sign-in through the identity provider. */
const FAILED_LOGIN_PATH = '/account/login?error=oidc';

/** The reason only (error class and library message): claims and tokens never reach the log. */
function reasonOf(error: unknown): string {
  const e = error as Error & { code?: string; error?: string };
  return e instanceof AppError ? e.message : [e.name, e.code, e.error, e.message].filter(Boolean).join(' ');
}

export function oidcRoutes(app: FastifyInstance, ctx: AppContext, rp: OidcRelyingParty | null): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const oidcCookie = { ...sessionCookieOptions(ctx.config.session), path: '/api/portal/auth/oidc' };

  r.get('/api/portal/auth/oidc/start', {
    schema: { tags, summary: 'Bắt đầu đăng nhập qua định danh điện tử (chuyển hướng tới nhà cung cấp định danh)', querystring: oidcStartQuery },
    config: { auth: 'public', rateLimit: { max: ctx.config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    if (!rp) throw new AppError('NOT_FOUND', { detail: 'Chưa cấu hình đăng nhập qua định danh điện tử.' });
    try {
      const { redirectTo, browserToken } = await startOidcLogin(ctx, rp, request.query.returnTo);
      reply.setCookie(OIDC_COOKIE, browserToken, { ...oidcCookie, maxAge: OIDC_REQUEST_MINUTES * 60 });
      return await reply.redirect(redirectTo, 303);
    } catch (error) {
      // The provider is unreachable (discovery failed): the browser came here by a link, so it goes back to the form.
      request.log.warn({ reason: reasonOf(error) }, 'identity provider unavailable');
      return reply.redirect(FAILED_LOGIN_PATH, 303);
    }
  });

  r.get('/api/portal/auth/oidc/callback', {
    schema: { tags, summary: 'Nhà cung cấp định danh chuyển về: đổi mã, kiểm tra ID token, liên kết hoặc tạo tài khoản, bắt đầu phiên', querystring: oidcCallbackQuery },
    config: { auth: 'public' },
  }, async (request, reply) => {
    if (!rp) throw new AppError('NOT_FOUND');
    reply.clearCookie(OIDC_COOKIE, oidcCookie);
    try {
      const result = await finishOidcLogin(ctx, rp, {
        callbackUrl: new URL(request.url, rp.settings.redirectUri),
        browserToken: request.cookies[OIDC_COOKIE],
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      reply.setCookie(sessionCookieName(ctx.config.session), result.token, signedInCookieOptions(ctx.config.session));
      return reply.redirect(result.returnTo ?? '/', 303);
    } catch (error) {
      request.log.warn({ reason: reasonOf(error) }, 'identity provider sign-in refused');
      return reply.redirect(FAILED_LOGIN_PATH, 303);
    }
  });
}
