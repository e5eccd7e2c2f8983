import type { PaymentProvider } from '../provider.ts';
import { ipnAcknowledgements, readResult, signedOrderQuery } from './vnpay-protocol.ts';

/** Our merchant code at the built-in sandbox gateway (vnp_TmnCode). */
export const SANDBOX_TMN_CODE = 'MOTCUA01';

/**
 * The built-in sandbox gateway, reached with the VNPay protocol. A real VNPay provider differs only in its
 * gateway URL, merchant code and secret.
 */
export function sandboxProvider(opts: { gatewayUrl: string; secret: string; tmnCode?: string }): PaymentProvider {
  const tmnCode = opts.tmnCode ?? SANDBOX_TMN_CODE;
  return {
    code: 'sandbox',
    createPaymentUrl: (order) => `${opts.gatewayUrl}?${signedOrderQuery(opts.secret, tmnCode, order)}`,
    verifyReturn: (query) => readResult(opts.secret, tmnCode, query),
    verifyNotification: (payload) => readResult(opts.secret, tmnCode, payload),
    acknowledge: (answer) => ({ code: ipnAcknowledgements[answer].RspCode, body: ipnAcknowledgements[answer] }),
  };
}
