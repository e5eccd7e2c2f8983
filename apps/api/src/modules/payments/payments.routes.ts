import { gatewayAcknowledgement, gatewayNotification, gatewayParams, idParams, paymentReturnResult, paymentView, reconciliationQuery, reconciliationReport, startPaymentResult } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { handlePaymentNotification } from './actions/handle-notification.ts';
import { startPayment } from './actions/start-payment.ts';
import { checkPaymentReturn, getPaymentForApplicant } from './payment-reads.ts';
import type { PaymentProvider } from './provider.ts';
import { reconciliationReport as buildReport } from './reconciliation.ts';
import { reconciliationWorkbook } from './reconciliation-excel.ts';

const tags = ['Thanh toán trực tuyến'];
const reconcile = { auth: { permission: 'payment.reconcile' as const } };

/** Our side of online payments. `provider` is null where no gateway is configured (the sandbox is off in production). */
export function paymentRoutes(app: FastifyInstance, ctx: AppContext, provider: PaymentProvider | null): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publicLimit = { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' };
  const gateway = () => {
    if (!provider) throw new AppError('CONFLICT', { detail: 'Chưa cấu hình cổng thanh toán trực tuyến; vui lòng nộp phí, lệ phí tại Bộ phận Một cửa.' });
    return provider;
  };

  r.post('/api/portal/dossiers/:id/payments', {
    schema: { tags, summary: 'Người nộp hồ sơ bắt đầu thanh toán trực tuyến các khoản nghĩa vụ tài chính còn phải nộp', params: idParams, response: { 201: startPaymentResult } },
    config: { auth: 'applicant' },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const started = await startPayment(ctx, gateway(), { applicantId: actor.id, dossierId: request.params.id, clientIp: request.ip, requestId: request.id });
    return reply.status(201).header('location', `/api/portal/payments/${started.paymentId}`).send(started);
  });

  r.get('/api/portal/payments/:id', {
    schema: { tags, summary: 'Một giao dịch thanh toán của người nộp hồ sơ', params: idParams, response: { 200: paymentView } },
    config: { auth: 'applicant' },
  }, async (request) => getPaymentForApplicant(ctx, requireActor(request).id, request.params.id));

  r.get('/api/payments/return', {
    schema: { tags, summary: 'Kết quả thanh toán cho trang trả về: kiểm tra chữ ký của cổng thanh toán, trả lời theo giao dịch đã lưu', querystring: gatewayParams, response: { 200: paymentReturnResult } },
    config: { auth: 'public', rateLimit: publicLimit },
  }, async (request) => checkPaymentReturn(ctx, gateway(), request.query));

  r.post('/api/payments/sandbox/ipn', {
    schema: { tags, summary: 'Thông báo kết quả thanh toán (IPN) từ cổng thanh toán thử nghiệm, có chữ ký HMAC-SHA512', body: gatewayNotification, response: { 200: gatewayAcknowledgement } },
    // Public (the gateway has no session) but signed; every call is logged, so a flood is capped like any public route.
    config: { auth: 'public', rateLimit: publicLimit },
  }, async (request) => {
    const payload = Object.fromEntries(Object.entries(request.body).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const handled = await handlePaymentNotification(ctx, gateway(), payload, request.id, (msg, extra) => request.log.warn(extra, msg));
    return gatewayAcknowledgement.parse(handled.acknowledgement.body);
  });

  r.get('/api/payments/reconciliation', {
    schema: { tags, summary: 'Đối soát thanh toán trực tuyến theo ngày: số giao dịch, số tiền thành công, không thành công, đã hủy, hết hạn, đang chờ', querystring: reconciliationQuery, response: { 200: reconciliationReport } },
    config: reconcile,
  }, async (request) => buildReport(ctx, requireActor(request), request.query));

  r.get('/api/payments/reconciliation/export', {
    schema: { tags, summary: 'Đối soát thanh toán trực tuyến, xuất Excel', querystring: reconciliationQuery },
    config: reconcile,
  }, async (request, reply) => {
    const report = await buildReport(ctx, requireActor(request), request.query);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="doi-soat-thanh-toan-${report.from}-${report.to}.xlsx"`)
      .header('cache-control', 'private, no-store')
      .send(await reconciliationWorkbook(report));
  });
}
