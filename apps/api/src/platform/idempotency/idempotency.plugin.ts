import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { randomToken, sha256Hex } from '../ids.ts';
import type { JobWorker } from '../jobs/jobs.ts';
import { runWithClaim, type KeyClaim, type KeyOutcome } from './idempotency-claim.ts';
import { findLiveKey, purgeExpiredKeys, storeResponse, type IdempotencyKeyRow } from './idempotency.queries.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: KeyClaim;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Held by an anonymous client so its keys are its own: another client sending the same key never sees its answer. */
export const CLIENT_COOKIE = 'motcua_client';
const CLIENT_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;
/** A committed key without a stored response is normal for this long: its request is still presenting the result. */
const RESPONSE_GRACE_MS = 30_000;

/** Officers and applicants by their account; anonymous clients by a random cookie, issued on their first keyed request. */
function scopeOf(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): string {
  if (request.actor) return `${request.actor.kind}:${request.actor.id}`;
  let token = request.cookies[CLIENT_COOKIE];
  if (!token || !CLIENT_TOKEN.test(token)) {
    token = randomToken();
    reply.setCookie(CLIENT_COOKIE, token, {
      path: '/api', httpOnly: true, sameSite: 'lax', secure: ctx.config.session.secureCookie, maxAge: ctx.config.idempotencyTtlHours * 3600,
    });
  }
  return `anonymous:${sha256Hex(token)}`;
}

function answerExisting(existing: IdempotencyKeyRow, requestHash: string, reply: FastifyReply, now: Date): FastifyReply {
  if (existing.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
  if (existing.state === 'done' && existing.response_status !== null) {
    const status = existing.response_status;
    reply.header('idempotent-replayed', 'true');
    reply.status(status).type(status >= 400 ? 'application/problem+json' : 'application/json');
    return reply.send(existing.response_body ?? '');
  }
  const outcome = existing.state === 'applied' && existing.outcome ? (JSON.parse(existing.outcome) as KeyOutcome) : null;
  // 'in_progress' is only written by instances older than this code (rolling upgrade); it expires with the TTL.
  if (!outcome || Date.parse(outcome.appliedAt) > now.getTime() - RESPONSE_GRACE_MS) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
  // The change committed but its response was never stored (the process died in between): say so, and what it made.
  throw new AppError('IDEMPOTENCY_APPLIED', { extensions: { appliedAt: outcome.appliedAt, records: outcome.records } });
}

/**
 * A mutating request may carry `Idempotency-Key`. A retry of a finished request replays its first response. The key
 * itself is written by the request's unit of work (withUnitOfWork), in the same transaction as the change, and the
 * response is stored right after; requests that change nothing store nothing. Keys expire after the configured TTL.
 */
export function registerIdempotency(app: FastifyInstance, ctx: AppContext): void {
  const ttlMs = ctx.config.idempotencyTtlHours * 3_600_000;

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (!MUTATING.has(request.method) || typeof key !== 'string' || key.length === 0) return;
    if (key.length > 200) throw new AppError('BAD_REQUEST', { detail: 'Idempotency-Key quá dài (tối đa 200 ký tự).' });
    const scope = scopeOf(ctx, request, reply);
    const requestHash = sha256Hex(`${request.method} ${request.url} ${JSON.stringify(request.body ?? null)}`);
    const now = ctx.clock.now();
    const expiredBefore = new Date(now.getTime() - ttlMs).toISOString();
    const existing = await findLiveKey(ctx.db, scope, key, expiredBefore);
    if (existing) return answerExisting(existing, requestHash, reply, now);
    request.idempotency = { scope, key, method: request.method, path: request.url, requestHash, expiredBefore, state: 'open' };
  });

  // Callback style on purpose: the route handler runs inside done(), so it (and its units of work) sees the claim.
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.idempotency) runWithClaim(request.idempotency, done);
    else done();
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    const applied = claim.state === 'applied';
    claim.state = 'closed';
    // A 5xx after the commit is not worth replaying: the key stays 'applied' and a retry learns what was recorded.
    if (applied && reply.statusCode < 500 && typeof payload === 'string') {
      await storeResponse(ctx.db, claim.scope, claim.key, reply.statusCode, payload).catch((err: unknown) => request.log.error({ err }, 'idempotent response not stored'));
    }
    return payload;
  });
}

/** Expired keys are ignored at once; the worker deletes them now and then. */
export function scheduleKeyPurge(worker: JobWorker, ctx: AppContext): void {
  worker.every('idempotency.purge_expired_keys', 15 * 60_000, async (now) => {
    await purgeExpiredKeys(ctx.db, new Date(now.getTime() - ctx.config.idempotencyTtlHours * 3_600_000).toISOString());
  });
}
