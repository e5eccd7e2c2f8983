import { decisionCheck, decisionInput, decisionListQuery, decisionPage, idParams, issueDecisionBody, publicationDecision, updateDecisionBody } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { issueDecision } from './actions/issue-decision.ts';
import { createDecision, updateDecision } from './actions/save-decision.ts';
import { checkDecision } from './decision-check.ts';
import { loadDecisionView, presentDecisionSummary } from './decisions.presenter.ts';
import { findDecision, listDecisions } from './decisions.queries.ts';

const tags = ['Quyết định công bố TTHC'];
const manage = { auth: { permission: 'catalog.manage' as const } };

export function decisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = () => ctx.clock.now().toISOString();

  r.get('/api/catalog/decisions', {
    schema: { tags, summary: 'Quyết định công bố, kèm cờ trễ hạn và chưa đầy đủ', querystring: decisionListQuery, response: { 200: decisionPage } },
    config: manage,
  }, async (request) => {
    const q = request.query;
    const { rows, total } = await listDecisions(ctx.db, { status: q.status, issuerLevel: q.issuerLevel, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    const at = now();
    return { items: rows.map((d) => presentDecisionSummary(d, at)), total, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/catalog/decisions', {
    schema: { tags, summary: 'Dự thảo quyết định công bố', body: decisionInput, response: { 201: publicationDecision } },
    config: manage,
  }, async (request, reply) => reply.status(201).send(await createDecision(ctx, requireActor(request), request.body, request.id)));

  r.get('/api/catalog/decisions/:id', {
    schema: { tags, summary: 'Quyết định công bố', params: idParams, response: { 200: publicationDecision } },
    config: manage,
  }, async (request) => loadDecisionView(ctx.db, request.params.id, now()));

  r.patch('/api/catalog/decisions/:id', {
    schema: { tags, summary: 'Sửa dự thảo quyết định', params: idParams, body: updateDecisionBody, response: { 200: publicationDecision } },
    config: manage,
  }, async (request) => updateDecision(ctx, requireActor(request), request.params.id, request.body, request.id));

  r.get('/api/catalog/decisions/:id/check', {
    schema: { tags, summary: 'Kiểm tra trước khi ban hành: bộ phận còn thiếu, thời hạn công bố', params: idParams, response: { 200: decisionCheck } },
    config: manage,
  }, async (request) => {
    const d = await findDecision(ctx.db, request.params.id);
    if (!d) throw notFound('Không tìm thấy quyết định công bố');
    return (await checkDecision(ctx.db, d, now())).result;
  });

  r.post('/api/catalog/decisions/:id/issue', {
    schema: { tags, summary: 'Ban hành: công khai các thủ tục và danh mục trong quyết định', params: idParams, body: issueDecisionBody, response: { 200: publicationDecision } },
    config: { auth: { permission: 'catalog.publish' } },
  }, async (request) => issueDecision(ctx, requireActor(request), request.params.id, request.body, request.id));
}
