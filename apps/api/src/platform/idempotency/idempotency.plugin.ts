import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { sha256Hex } from '../ids.ts';
import { findKey, insertPendingKey, releaseKey, storeResponse } from './idempotency.queries.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { scope: string; key: string };
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isDuplicate(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * A mutating request may carry `Idempotency-Key`. The key is claimed before the handler runs, so a concurrent
 * retry gets 409 instead of creating a second record; a finished one replays the first response.
 */
export function registerIdempotency(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (!MUTATING.has(request.method) || typeof key !== 'string' || key.length === 0) return;
    if (key.length > 200) throw new AppError('BAD_REQUEST', { detail: 'Idempotency-Key quá dài (tối đa 200 ký tự).' });
    const scope = request.actor ? `${request.actor.kind}:${request.actor.id}` : 'anonymous';
    const requestHash = sha256Hex(`${request.method} ${request.url} ${JSON.stringify(request.body ?? null)}`);
    try {
      await insertPendingKey(ctx.db, {
        scope, key, method: request.method, path: request.url, request_hash: requestHash, state: 'in_progress',
        response_status: null, response_body: null, created_at: ctx.clock.now().toISOString(),
      });
      request.idempotency = { scope, key };
      return;
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
    const existing = await findKey(ctx.db, scope, key);
    if (!existing) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    if (existing.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
    if (existing.state !== 'done' || existing.response_status === null) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    const status = existing.response_status;
    reply.header('idempotent-replayed', 'true');
    reply.status(status).type(status >= 400 ? 'application/problem+json' : 'application/json');
    return reply.send(existing.response_body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500) await releaseKey(ctx.db, claim.scope, claim.key);
    else await storeResponse(ctx.db, claim.scope, claim.key, reply.statusCode, typeof payload === 'string' ? payload : '');
    return payload;
  });
}
