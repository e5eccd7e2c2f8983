import { auditEntry, healthResponse, pageOf, pageQuery, storedFile } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationState } from '../db/migrate.ts';
import { requireActor } from './auth/auth.plugin.ts';
import { scopePaths } from './auth/actor.ts';
import { listEntries } from './audit/audit.queries.ts';
import { verifyAuditChain } from './audit/audit.ts';
import type { AppContext } from './context.ts';
import { saveMultipartUpload } from './files/save-upload.ts';
import { uploadRateLimit } from './files/upload-limits.ts';

const version = '0.1.0';

export function platformRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/health', {
    schema: { tags: ['Hệ thống'], summary: 'Tình trạng hệ thống', response: { 200: healthResponse } },
    config: { auth: 'public', rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' } },
  }, async () => ({
    status: 'ok' as const,
    database: { engine: ctx.engine, migrations: await migrationState(ctx.db) },
    version,
    time: ctx.clock.now().toISOString(),
  }));

  r.get('/api/openapi.json', { schema: { hide: true }, config: { auth: 'public' } }, async () => app.swagger());

  r.get('/api/audit-entries', {
    schema: { tags: ['Kiểm toán'], summary: 'Nhật ký kiểm toán trong phạm vi', querystring: pageQuery, response: { 200: pageOf(auditEntry) } },
    config: { auth: { permission: 'audit.read' } },
  }, async (request) => {
    const actor = requireActor(request);
    const { page, pageSize } = request.query;
    const isAdmin = actor.grants.some((g) => g.role === 'system_admin');
    const { rows, total } = await listEntries(ctx.db, { limit: pageSize, offset: (page - 1) * pageSize, unitPaths: isAdmin ? 'all' : scopePaths(actor, 'audit.read') });
    const items = rows.map((e) => ({
      seq: Number(e.seq), occurredAt: e.occurred_at, actorKind: e.actor_kind, actorId: e.actor_id, action: e.action,
      entityType: e.entity_type, entityId: e.entity_id, orgUnitId: e.org_unit_id, data: JSON.parse(e.data) as unknown, hash: e.hash,
    }));
    return { items, total, page, pageSize };
  });

  r.get('/api/audit-entries/verify', {
    schema: {
      tags: ['Kiểm toán'], summary: 'Kiểm tra toàn vẹn chuỗi băm nhật ký',
      response: { 200: z.object({ ok: z.boolean(), checked: z.number(), firstBrokenSeq: z.number().nullable(), reason: z.string().nullable() }) },
    },
    config: { auth: { permission: 'audit.read' } },
  }, async () => verifyAuditChain(ctx.db));

  r.post('/api/files', {
    schema: { tags: ['Tệp'], summary: 'Tải lên tệp (PDF, ảnh)', consumes: ['multipart/form-data'], response: { 201: storedFile } },
    config: { auth: { permission: 'files.upload' }, rateLimit: uploadRateLimit(ctx.config) },
  }, async (request, reply) => reply.status(201).send(await saveMultipartUpload(ctx, requireActor(request), request)));
}
