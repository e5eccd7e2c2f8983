import { randomInt } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../../../platform/clock.ts';
import { errorPage, paymentPage } from './gateway-page.ts';
import { signedQuery, verifySecureHash } from './gateway-signature.ts';

/**
 * The built-in sandbox payment gateway: it plays the external bank, so it shares nothing with our side but the
 * protocol (VNPay 2.1.0). The citizen's browser arrives with a signed order (GET /sandbox-gateway/pay), sees the
 * gateway's page and decides; on the decision (POST) the gateway sends its signed server-to-server notification
 * (IPN) to the merchant, then redirects the browser to the merchant's return URL with the signed result.
 */
export const SANDBOX_GATEWAY_PATH = '/sandbox-gateway/pay';

export interface SandboxMerchant {
  name: string;
  secret: string;
  /** Where the gateway posts its notifications (the merchant registers it with the gateway, as with VNPay). */
  ipnUrl: string;
}

export interface SandboxGatewayOptions {
  clock: Clock;
  merchants: Record<string, SandboxMerchant>;
  /** Server-to-server delivery of a notification; answers the merchant's acknowledgement, if any. */
  deliver(url: string, params: Record<string, string>): Promise<unknown>;
  ratePerMinute: number;
}

type Order = { merchant: SandboxMerchant; params: Record<string, string>; amount: number };

const vnNow = (clock: Clock) => new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');

/** Only the protocol's own parameters, as single strings. */
function vnpParams(input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((input ?? {}) as Record<string, unknown>)) if (k.startsWith('vnp_') && typeof v === 'string') out[k] = v;
  return out;
}

function readOrder(opts: SandboxGatewayOptions, params: Record<string, string>): Order | string {
  const merchant = opts.merchants[params.vnp_TmnCode ?? ''];
  if (!merchant) return 'Mã đơn vị chấp nhận thanh toán (vnp_TmnCode) không tồn tại.';
  if (!verifySecureHash(merchant.secret, params)) return 'Sai chữ ký (vnp_SecureHash): dữ liệu giao dịch đã bị thay đổi hoặc không do đơn vị bán hàng tạo ra.';
  if (params.vnp_Command !== 'pay' || params.vnp_CurrCode !== 'VND' || !params.vnp_TxnRef || !params.vnp_OrderInfo) return 'Thiếu thông tin giao dịch.';
  if (!/^\d{1,17}00$/.test(params.vnp_Amount ?? '') || Number(params.vnp_Amount) <= 0) return 'Số tiền không hợp lệ.';
  if (!/^https?:\/\//.test(params.vnp_ReturnUrl ?? '')) return 'Địa chỉ trả về (vnp_ReturnUrl) không hợp lệ.';
  if (params.vnp_ExpireDate && params.vnp_ExpireDate < vnNow(opts.clock)) return 'Giao dịch đã quá thời gian chờ thanh toán.';
  return { merchant, params, amount: Number(params.vnp_Amount) / 100 };
}

/** The pages take their own policy: no script, inline styles, and a form that may lead back to the merchant. */
function html(reply: FastifyReply, status: number, body: string, returnUrl?: string) {
  const back = returnUrl ? ` ${new URL(returnUrl).origin}` : '';
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'${back}; frame-ancestors 'none'; base-uri 'none'`)
    .header('cache-control', 'no-store')
    .send(body);
}

export function sandboxGateway(app: FastifyInstance, opts: SandboxGatewayOptions): void {
  void app.register(async (gateway) => {
    if (!gateway.hasContentTypeParser('application/x-www-form-urlencoded')) {
      gateway.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
    }
    const rateLimit = { max: opts.ratePerMinute, timeWindow: '1 minute' };

    gateway.get(SANDBOX_GATEWAY_PATH, { schema: { hide: true }, config: { rateLimit } }, async (request, reply) => {
      const order = readOrder(opts, vnpParams(request.query));
      if (typeof order === 'string') return html(reply, 400, errorPage(order));
      const p = order.params;
      return html(reply, 200, paymentPage({
        merchantName: order.merchant.name, txnRef: p.vnp_TxnRef!, orderInfo: p.vnp_OrderInfo!, amount: order.amount, expiresAt: p.vnp_ExpireDate ?? '', params: p,
      }), p.vnp_ReturnUrl);
    });

    gateway.post(SANDBOX_GATEWAY_PATH, { schema: { hide: true }, config: { rateLimit } }, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const order = readOrder(opts, vnpParams(body));
      if (typeof order === 'string') return html(reply, 400, errorPage(order));
      const pay = body.decision === 'pay';
      const p = order.params;
      const result: Record<string, string> = {
        vnp_TmnCode: p.vnp_TmnCode!, vnp_Amount: p.vnp_Amount!, vnp_OrderInfo: p.vnp_OrderInfo!, vnp_TxnRef: p.vnp_TxnRef!, vnp_PayDate: vnNow(opts.clock),
        vnp_BankCode: 'NCB', vnp_CardType: 'ATM',
        vnp_TransactionNo: pay ? String(randomInt(10_000_000, 100_000_000)) : '0',
        vnp_ResponseCode: pay ? '00' : '24',
        vnp_TransactionStatus: pay ? '00' : '02',
        ...(pay ? { vnp_BankTranNo: `VNP${randomInt(10_000_000, 100_000_000)}` } : {}),
      };
      const query = signedQuery(order.merchant.secret, result);
      // The notification goes first, server to server; a merchant that does not answer is the merchant's problem
      // (a real gateway retries), the citizen still goes back.
      await opts.deliver(order.merchant.ipnUrl, Object.fromEntries(new URLSearchParams(query))).catch((err: unknown) => {
        request.log.warn({ err: String(err), txnRef: p.vnp_TxnRef }, 'sandbox gateway: notification not delivered');
      });
      const returnUrl = p.vnp_ReturnUrl!;
      return reply.redirect(`${returnUrl}${returnUrl.includes('?') ? '&' : '?'}${query}`, 303);
    });
  });
}
