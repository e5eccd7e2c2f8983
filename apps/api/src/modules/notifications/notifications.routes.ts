import { idParams, notificationDeliveryList, portalNoticeList } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { requireApplicant } from '../applicants/index.ts';
import { findDossier, loadDossierForActor } from '../dossiers/index.ts';
import { listDeliveries } from './notifications.queries.ts';
import { presentDelivery } from './notifications.presenter.ts';
import { myDossierNotices } from './notifications.reads.ts';

export function notificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/dossiers/:id/notifications', {
    schema: { tags: ['Hồ sơ (Một cửa)'], summary: 'Thông báo cho người nộp hồ sơ: kênh, mẫu, tình trạng gửi (đã gửi, chỉ ghi nhật ký, lỗi, không gửi; không gồm địa chỉ nhận)', params: idParams, response: { 200: notificationDeliveryList } },
    config: { auth: { permission: 'dossier.read' } },
  }, async (request) => {
    // Same scope as the dossier page: out of scope answers 404, like an absent dossier.
    const { row } = await loadDossierForActor(ctx.db, requireActor(request), await findDossier(ctx.db, request.params.id));
    return { items: (await listDeliveries(ctx.db, row.id)).map(presentDelivery) };
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/portal/dossiers/:id/notifications', {
    schema: {
      tags: ['Cổng dịch vụ công: hồ sơ trực tuyến'],
      summary: 'Thông báo đã gửi cho tôi về hồ sơ: thời điểm, bước giải quyết, kênh, đã gửi hay chưa và vì sao (không gồm địa chỉ nhận)',
      params: idParams,
      response: { 200: portalNoticeList },
    },
    config: { auth: 'applicant' },
  }, async (request) => myDossierNotices(ctx, requireApplicant(request).id, request.params.id));
}
