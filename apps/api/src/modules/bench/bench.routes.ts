import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findBenchItem, insertBenchItem } from './bench.queries.ts';

/** Trivial endpoints that measure the ceiling of the stack (HTTP + validation + one query); off unless BENCH_ENDPOINTS. */
export function benchModule(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const item = z.object({ id: z.string(), note: z.string(), createdAt: z.string() });

  r.post('/api/bench/items', {
    schema: { hide: true, body: z.object({ note: z.string().max(200) }), response: { 201: item } },
    config: { auth: 'public' },
  }, async (request, reply) => {
    const row = { id: newId(), note: request.body.note, created_at: ctx.clock.now().toISOString() };
    await insertBenchItem(ctx.db, row);
    return reply.status(201).send({ id: row.id, note: row.note, createdAt: row.created_at });
  });

  r.get('/api/bench/items/:id', {
    schema: { hide: true, params: z.object({ id: z.string() }), response: { 200: item } },
    config: { auth: 'public' },
  }, async (request) => {
    const row = await findBenchItem(ctx.db, request.params.id);
    if (!row) throw notFound();
    return { id: row.id, note: row.note, createdAt: row.created_at };
  });
}
