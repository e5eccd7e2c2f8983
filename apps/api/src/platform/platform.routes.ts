import { auditChainVerification, auditEntry, healthResponse, jobQueueState, pageOf, pageQuery, storedFile } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationState } from '../db/migrate.ts';
import { requireActor } from './auth/auth.plugin.ts';
import { hasPermission, scopePaths } from './auth/actor.ts';
import { listEntries } from './audit/audit.queries.ts';
import { loadAuditKeys } from './audit/audit-keys.ts';
import { verifyAuditChain } from './audit/audit-verify.ts';
import type { AppContext } from './context.ts';
import { saveMultipartUpload } from './files/save-upload.ts';
import { uploadRateLimit } from './files/upload-limits.ts';
import { readQueueLag, readQueueState } from './jobs/queue-lag.ts';

const version = '0.1.0';

export function platformRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/health', {
    schema: { tags: ['Hệ thống'], summary: 'Tình trạng hệ thống', response: { 200: healthResponse } },
    config: { auth: 'public', rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' } },
  }, async (request) => {
    const now = ctx.clock.now();
    const warnSeconds = ctx.config.workerLagWarnSeconds;
    // Anyone learns whether background work is late; only an officer with jobs.read learns the queue's figures.
    const canReadJobs = request.actor?.kind === 'officer' && !request.actor.mustEnrolTotp && hasPermission(request.actor, 'jobs.read');
    const jobs = canReadJobs ? await readQueueState(ctx.db, now, warnSeconds) : undefined;
    const lagging = jobs ? jobs.lagging : (await readQueueLag(ctx.db, now, warnSeconds)).lagging;
    return {
      status: lagging ? ('degraded' as const) : ('ok' as const),
      database: { engine: ctx.engine, migrations: await migrationState(ctx.db) },
      version,
      time: now.toISOString(),
      ...(jobs ? { jobs } : {}),
    };
  });

  r.get('/api/jobs/queue', {
    schema: { tags: ['Hệ thống'], summary: 'Hàng đợi tác vụ nền: số tác vụ chờ, đến hạn, lỗi và độ trễ', response: { 200: jobQueueState } },
    config: { auth: { permission: 'jobs.read' } },
  }, async () => readQueueState(ctx.db, ctx.clock.now(), ctx.config.workerLagWarnSeconds));

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
    schema: { tags: ['Kiểm toán'], summary: 'Kiểm tra toàn vẹn chuỗi nhật ký (HMAC) và các điểm mốc đã ký', response: { 200: auditChainVerification } },
    config: { auth: { permission: 'audit.read' } },
  // Keys are re-read so a rotation made by another process verifies without a restart; they never leave the server.
  }, async () => verifyAuditChain(ctx.db, loadAuditKeys(ctx.config.audit.keysDir, ctx.config.env, false), { checkpointFile: ctx.config.audit.checkpointFile }));

  r.post('/api/files', {
    schema: { tags: ['Tệp'], summary: 'Tải lên tệp (PDF, ảnh)', consumes: ['multipart/form-data'], response: { 201: storedFile } },
    config: { auth: { permission: 'files.upload' }, rateLimit: uploadRateLimit(ctx.config) },
  }, async (request, reply) => reply.status(201).send(await saveMultipartUpload(ctx, requireActor(request), request)));
}
