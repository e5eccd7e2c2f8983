import { timingSafeEqual } from 'node:crypto';
import type { Permission } from '@motcua/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { hasPermission, type Actor } from './actor.ts';
import { resumeSession, sessionCookieName } from './sessions.ts';
import type { SessionRow } from './sessions.queries.ts';

/**
 * Every /api route declares one of these; the app refuses to start if a route forgets.
 * 'session': any signed-in officer; 'applicant': a signed-in citizen or business (portal account).
 */
export type RouteAuth = 'public' | 'session' | 'applicant' | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** Routes an administrator may use before enrolling a second factor. */
    allowDuringTotpEnrolment?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type ActorLoader = (session: SessionRow) => Promise<Actor | null>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function authenticate(ctx: AppContext, loadActor: ActorLoader, request: FastifyRequest): Promise<Actor | null> {
  const token = request.cookies[sessionCookieName(ctx.config.session)];
  if (!token) return null;
  const session = await resumeSession(ctx.db, ctx.config.session, ctx.clock.now().toISOString(), token);
  return session ? loadActor(session) : null;
}

export interface DeclaredRoute {
  method: string;
  url: string;
  auth: RouteAuth;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every /api route of the app with the access it declares (the route permission table test reads these). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

export function registerAuth(app: FastifyInstance, ctx: AppContext, loadActor: ActorLoader): void {
  app.decorateRequest('actor', null);
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    const auth = route.config?.auth;
    if (!auth) throw new Error(`Route ${route.method} ${route.url} does not declare config.auth`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, auth });
  });

  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (!auth || auth === 'public') {
      request.actor = await authenticate(ctx, loadActor, request);
      return;
    }
    const actor = await authenticate(ctx, loadActor, request);
    if (!actor) throw new AppError('UNAUTHENTICATED');
    request.actor = actor;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, actor.csrfToken)) throw new AppError('CSRF_FAILED');
    }
    // Officers and applicants share the session mechanism, never each other's routes.
    if ((auth === 'applicant') !== (actor.kind === 'applicant')) throw new AppError('FORBIDDEN');
    if (actor.mustEnrolTotp && !request.routeOptions.config.allowDuringTotpEnrolment) throw new AppError('TOTP_ENROLMENT_REQUIRED');
    if (typeof auth === 'object' && !hasPermission(actor, auth.permission)) throw new AppError('FORBIDDEN');
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
