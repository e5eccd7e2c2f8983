import { decideNationalUpdateBody, idParams, nationalUpdateDetail, nationalUpdatePage, nationalUpdateQuery } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { acceptNationalUpdate, dismissNationalUpdate } from './actions/decide-national-update.ts';
import { getNationalUpdateDetail, listNationalUpdatePage } from './national-updates.reads.ts';

const tags = ['Cập nhật từ CSDL quốc gia'];
const manage = { auth: { permission: 'catalog.manage' as const } };

export function nationalUpdateRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/catalog/national-updates', {
    schema: { tags, summary: 'Bản quốc gia mới của thủ tục tỉnh đã công bố hoặc đã sửa, chờ xem xét', querystring: nationalUpdateQuery, response: { 200: nationalUpdatePage } },
    config: manage,
  }, async (request) => listNationalUpdatePage(ctx.db, request.query));

  r.get('/api/catalog/national-updates/:id', {
    schema: { tags, summary: 'Khác biệt: thay đổi của bản quốc gia, xung đột, phần tỉnh giữ lại, thay đổi trên bản công khai', params: idParams, response: { 200: nationalUpdateDetail } },
    config: manage,
  }, async (request) => getNationalUpdateDetail(ctx.db, request.params.id));

  r.post('/api/catalog/national-updates/:id/accept', {
    schema: { tags, summary: 'Chấp nhận: công bố phiên bản hợp nhất', params: idParams, body: decideNationalUpdateBody, response: { 200: nationalUpdateDetail } },
    config: { auth: { permission: 'catalog.publish' as const } },
  }, async (request) => acceptNationalUpdate(ctx, requireActor(request), request.params.id, request.body.note ?? null, request.id));

  r.post('/api/catalog/national-updates/:id/dismiss', {
    schema: { tags, summary: 'Không nhận: giữ phiên bản của tỉnh', params: idParams, body: decideNationalUpdateBody, response: { 200: nationalUpdateDetail } },
    config: manage,
  }, async (request) => dismissNationalUpdate(ctx, requireActor(request), request.params.id, request.body.note ?? null, request.id));
}
