import { deskRatingBody, dossierRatingPage, evaluationSummary as summarySchema, evaluationSummaryQuery, idParams, ratingView, submitRatingBody } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { rateDossier } from './actions/rate-dossier.ts';
import { evaluationSummary } from './evaluation-summary.ts';
import { getApplicantRatingPage, getOfficerRatingPage } from './rating-page.ts';

const tags = ['Đánh giá giải quyết TTHC'];

export function evaluationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/portal/dossiers/:id/rating', {
    schema: { tags, summary: 'Phiếu đánh giá việc giải quyết hồ sơ của người nộp: câu hỏi, đánh giá đã gửi, có được đánh giá không', params: idParams, response: { 200: dossierRatingPage } },
    config: { auth: 'applicant' },
  }, async (request) => getApplicantRatingPage(ctx, requireActor(request).id, request.params.id));

  r.post('/api/portal/dossiers/:id/rating', {
    schema: { tags, summary: 'Người nộp đánh giá việc giải quyết hồ sơ (9 chỉ số, hài lòng hoặc không), một lần sau khi có kết quả', params: idParams, body: submitRatingBody, response: { 201: ratingView } },
    config: { auth: 'applicant' },
  }, async (request, reply) => {
    const rating = await rateDossier(ctx, request.params.id, { kind: 'applicant', accountId: requireActor(request).id }, request.body, request.id);
    return reply.status(201).send(rating);
  });

  r.get('/api/dossiers/:id/rating', {
    schema: { tags, summary: 'Đánh giá của người dân về hồ sơ, và cán bộ Một cửa có được nhập phiếu đánh giá tại quầy không', params: idParams, response: { 200: dossierRatingPage } },
    config: { auth: { permission: 'dossier.read' } },
  }, async (request) => getOfficerRatingPage(ctx, requireActor(request), request.params.id));

  r.post('/api/dossiers/:id/rating', {
    schema: { tags, summary: 'Bộ phận Một cửa nhập đánh giá người dân thực hiện tại quầy (thiết bị hoặc phiếu) cho hồ sơ không có tài khoản trên Cổng', params: idParams, body: deskRatingBody, response: { 201: ratingView } },
    config: { auth: { permission: 'dossier.receive' } },
  }, async (request, reply) => {
    const { channel, ...input } = request.body;
    const rating = await rateDossier(ctx, request.params.id, { kind: 'desk', actor: requireActor(request), channel }, input, request.id);
    return reply.status(201).send(rating);
  });

  r.get('/api/evaluation/summary', {
    schema: { tags, summary: 'Tổng hợp đánh giá của người dân theo cơ quan giải quyết và theo chỉ số, trong phạm vi đơn vị của cán bộ', querystring: evaluationSummaryQuery, response: { 200: summarySchema } },
    config: { auth: { permission: 'dossier.read' } },
  }, async (request) => evaluationSummary(ctx, requireActor(request), request.query));
}
