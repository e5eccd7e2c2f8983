import {
  adminProcedureDetail,
  adminProcedurePage,
  adminProcedureQuery,
  assignedUnit,
  consistencyReport,
  createProcedureBody,
  diffQuery,
  idParams,
  listOf,
  procedureDetail,
  removeVariantBody,
  saveVariantBody,
  setAssignedUnitsBody,
  updateProcedureBody,
  versionDiff,
  versionParams,
  versionSummary,
} from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { createProcedure } from './actions/create-procedure.ts';
import { setProcedureUnits } from './actions/set-procedure-units.ts';
import { addVariant, removeVariant, saveVariant, updateProcedure } from './actions/update-procedure.ts';
import { presentAdminSummary } from './catalog.presenter.ts';
import { diffVersions, getAdminDetail, getVersionDetail, listVersions } from './catalog.reads.ts';
import { listProceduresForAdmin } from './procedures.queries.ts';

const tags = ['Danh mục TTHC (quản trị)'];
const manage = { auth: { permission: 'catalog.manage' as const } };
const csv = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const variantParams = z.object({ id: z.string().min(1), key: z.string().min(1).max(64) });

export function catalogAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/catalog/procedures', {
    schema: { tags, summary: 'Danh sách thủ tục (cả bản nháp)', querystring: adminProcedureQuery, response: { 200: adminProcedurePage } },
    config: manage,
  }, async (request) => {
    const q = request.query;
    const { rows, total } = await listProceduresForAdmin(ctx.db, {
      q: q.q, status: q.status, sectors: csv(q.sector), level: csv(q.level), pendingChanges: q.pendingChanges, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
    });
    return {
      items: rows.map(presentAdminSummary),
      total, page: q.page, pageSize: q.pageSize,
    };
  });

  r.post('/api/catalog/procedures', {
    schema: { tags, summary: 'Thêm thủ tục (bản nháp, phiên bản 1)', body: createProcedureBody, response: { 201: adminProcedureDetail } },
    config: manage,
  }, async (request, reply) => reply.status(201).send(await createProcedure(ctx, requireActor(request), request.body, request.id)));

  r.get('/api/catalog/procedures/:id', {
    schema: { tags, summary: 'Thủ tục: phiên bản mới nhất, kèm kiểm tra tính đầy đủ', params: idParams, response: { 200: adminProcedureDetail } },
    config: manage,
  }, async (request) => getAdminDetail(ctx.db, request.params.id));

  r.patch('/api/catalog/procedures/:id', {
    schema: { tags, summary: 'Sửa thủ tục (tạo phiên bản mới)', params: idParams, body: updateProcedureBody, response: { 200: adminProcedureDetail } },
    config: manage,
  }, async (request) => updateProcedure(ctx, requireActor(request), request.params.id, request.body, request.id));

  r.post('/api/catalog/procedures/:id/variants', {
    schema: { tags, summary: 'Thêm trường hợp (tạo phiên bản mới)', params: idParams, body: saveVariantBody, response: { 201: adminProcedureDetail } },
    config: manage,
  }, async (request, reply) => reply.status(201).send(await addVariant(ctx, requireActor(request), request.params.id, request.body, request.id)));

  r.put('/api/catalog/procedures/:id/variants/:key', {
    schema: { tags, summary: 'Sửa trường hợp (tạo phiên bản mới)', params: variantParams, body: saveVariantBody, response: { 200: adminProcedureDetail } },
    config: manage,
  }, async (request) => saveVariant(ctx, requireActor(request), request.params.id, request.params.key, request.body, request.id));

  r.delete('/api/catalog/procedures/:id/variants/:key', {
    schema: { tags, summary: 'Bỏ trường hợp (tạo phiên bản mới)', params: variantParams, querystring: removeVariantBody.pick({ baseVersion: true }).extend({ baseVersion: z.coerce.number().int().min(1) }), response: { 200: adminProcedureDetail } },
    config: manage,
  }, async (request) => removeVariant(ctx, requireActor(request), request.params.id, request.params.key, { baseVersion: request.query.baseVersion, changeNote: null }, request.id));

  r.get('/api/catalog/procedures/:id/check', {
    schema: { tags, summary: 'Kiểm tra các bộ phận bắt buộc của thủ tục', params: idParams, response: { 200: consistencyReport } },
    config: manage,
  }, async (request) => (await getAdminDetail(ctx.db, request.params.id)).check);

  r.get('/api/catalog/procedures/:id/versions', {
    schema: { tags, summary: 'Các phiên bản của thủ tục', params: idParams, response: { 200: listOf(versionSummary) } },
    config: manage,
  }, async (request) => ({ items: await listVersions(ctx.db, request.params.id) }));

  r.get('/api/catalog/procedures/:id/versions/:number', {
    schema: { tags, summary: 'Một phiên bản (bất biến) của thủ tục', params: versionParams, response: { 200: procedureDetail } },
    config: manage,
  }, async (request) => getVersionDetail(ctx.db, request.params.id, request.params.number));

  r.get('/api/catalog/procedures/:id/diff', {
    schema: { tags, summary: 'So sánh hai phiên bản', params: idParams, querystring: diffQuery, response: { 200: versionDiff } },
    config: manage,
  }, async (request) => diffVersions(ctx.db, request.params.id, request.query.from, request.query.to));

  r.put('/api/catalog/procedures/:id/units', {
    schema: { tags, summary: 'Cơ quan áp dụng thủ tục', params: idParams, body: setAssignedUnitsBody, response: { 200: listOf(assignedUnit) } },
    config: manage,
  }, async (request) => ({ items: await setProcedureUnits(ctx, requireActor(request), request.params.id, request.body, request.id) }));
}

