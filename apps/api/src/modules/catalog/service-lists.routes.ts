import { createServiceListBody, idParams, listOf, replaceServiceListItemsBody, serviceList, serviceListQuery } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { scopePaths } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { createServiceList, setServiceListItems } from './actions/save-service-list.ts';
import { findUnitsByIds } from './procedures.queries.ts';
import { presentServiceLists } from './service-lists.presenter.ts';
import { listServiceLists } from './service-lists.queries.ts';

const tags = ['Danh mục TTHC tại Bộ phận Một cửa'];
const manage = { auth: { permission: 'catalog.manage' as const } };

export function serviceListRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/catalog/service-lists', {
    schema: { tags, summary: 'Danh mục của các Bộ phận Một cửa trong phạm vi', querystring: serviceListQuery, response: { 200: listOf(serviceList) } },
    config: manage,
  }, async (request) => {
    const paths = scopePaths(requireActor(request), 'catalog.manage');
    const { unitId, kind, status } = request.query;
    const rows = await listServiceLists(ctx.db, { kind, status, ...(unitId ? { unitIds: [unitId] } : {}) });
    const units = await findUnitsByIds(ctx.db, [...new Set(rows.map((l) => l.unit_id))]);
    const inScope = new Set(units.filter((u) => paths.some((p) => u.path.startsWith(p))).map((u) => u.id));
    return { items: await presentServiceLists(ctx.db, rows.filter((l) => inScope.has(l.unit_id)), false) };
  });

  r.post('/api/catalog/service-lists', {
    schema: { tags, summary: 'Lập danh mục (bản nháp) cho một Bộ phận Một cửa', body: createServiceListBody, response: { 201: serviceList } },
    config: manage,
  }, async (request, reply) => reply.status(201).send(await createServiceList(ctx, requireActor(request), request.body, request.id)));

  r.get('/api/catalog/service-lists/:id', {
    schema: { tags, summary: 'Một danh mục với các thủ tục', params: idParams, response: { 200: serviceList } },
    config: manage,
  }, async (request) => {
    const rows = await listServiceLists(ctx.db, { id: request.params.id });
    if (rows.length === 0) throw notFound('Không tìm thấy danh mục');
    return (await presentServiceLists(ctx.db, rows, true))[0]!;
  });

  r.put('/api/catalog/service-lists/:id/items', {
    schema: { tags, summary: 'Thay các thủ tục của danh mục (bản nháp)', params: idParams, body: replaceServiceListItemsBody, response: { 200: serviceList } },
    config: manage,
  }, async (request) => setServiceListItems(ctx, requireActor(request), request.params.id, request.body, request.id));
}
