import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { EXPIRE_PAYMENT_JOB, expirePayment } from './actions/expire-payment.ts';
import { RECORD_PAYMENT_JOB, recordPaymentOnDossier } from './actions/record-on-dossier.ts';
import { paymentRoutes } from './payments.routes.ts';
import { configuredPaymentProvider } from './providers/configured.ts';
import { SANDBOX_TMN_CODE } from './providers/sandbox-provider.ts';
import { SANDBOX_GATEWAY_PATH, sandboxGateway } from './sandbox-gateway/index.ts';

export type { GatewayResult, PaymentOrder, PaymentProvider } from './provider.ts';
export { configuredPaymentProvider } from './providers/configured.ts';

const SANDBOX_IPN_PATH = '/api/payments/sandbox/ipn';

/**
 * Online payment of a dossier's financial obligations. The gateway is the built-in sandbox (VNPay protocol), served
 * by this same server but kept apart as the external bank it plays; it is off in production, where a real
 * provider (VNPay, MoMo, the national payment platform) plugs in behind `PaymentProvider`.
 */
export function paymentsModule(app: FastifyInstance, ctx: AppContext, worker: JobWorker, _dossierEvents: DossierEvents): void {
  const provider = configuredPaymentProvider(ctx.config);
  paymentRoutes(app, ctx, provider);
  worker.register(RECORD_PAYMENT_JOB, async (payload, job) => {
    await recordPaymentOnDossier(ctx, (payload as { paymentId: string }).paymentId, job.id);
  });
  worker.register(EXPIRE_PAYMENT_JOB, async (payload, job) => {
    await expirePayment(ctx, (payload as { paymentId: string }).paymentId, job.id);
  });
  if (provider?.code === 'sandbox') {
    sandboxGateway(app, {
      clock: ctx.clock,
      merchants: { [SANDBOX_TMN_CODE]: { name: 'Dịch vụ công trực tuyến tỉnh Quảng Ngãi (MotCua)', secret: ctx.config.payments.sandboxSecret, ipnUrl: SANDBOX_IPN_PATH } },
      // The sandbox lives in this process: its "network call" goes through the full HTTP pipeline without a socket,
      // so it works whatever address the server is reached at.
      deliver: async (url, params) => (await app.inject({ method: 'POST', url, payload: params })).json(),
      ratePerMinute: ctx.config.publicRatePerMinute,
    });
  }
}
