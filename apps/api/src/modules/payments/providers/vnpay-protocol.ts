import { createHmac, timingSafeEqual } from 'node:crypto';
import type { GatewayResult, NotificationAnswer, PaymentOrder } from '../provider.ts';

/**
 * The VNPay payment protocol (version 2.1.0), which the other Vietnamese gateways resemble: parameters sorted by
 * name, URL-encoded (space as "+"), joined as a query string and signed with HMAC-SHA512 under the shared secret;
 * the amount is sent multiplied by 100; dates are yyyyMMddHHmmss in Vietnam time.
 */
export const VNPAY_VERSION = '2.1.0';
const SIGNATURE_PARAMS = new Set(['vnp_SecureHash', 'vnp_SecureHashType']);

const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

/** The signed text: every non-empty vnp_ parameter except the signature itself, sorted by name and encoded. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k.startsWith('vnp_') && !SIGNATURE_PARAMS.has(k) && typeof params[k] === 'string' && params[k] !== '')
    .sort()
    .map((k) => `${encode(k)}=${encode(params[k]!)}`)
    .join('&');
}

export const sign = (secret: string, params: Record<string, string>) => createHmac('sha512', secret).update(canonicalQuery(params), 'utf8').digest('hex');

/** Constant-time check of `vnp_SecureHash`; hex case does not matter. */
export function signatureMatches(secret: string, params: Record<string, string>): boolean {
  const given = params.vnp_SecureHash;
  if (typeof given !== 'string' || !/^[0-9a-fA-F]{128}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(sign(secret, params), 'hex'), Buffer.from(given.toLowerCase(), 'hex'));
}

/** yyyyMMddHHmmss in Vietnam time (UTC+7, no daylight saving). */
export function vnpayDate(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

export function signedOrderQuery(secret: string, tmnCode: string, order: PaymentOrder): string {
  const params: Record<string, string> = {
    vnp_Version: VNPAY_VERSION,
    vnp_Command: 'pay',
    vnp_TmnCode: tmnCode,
    vnp_Locale: 'vn',
    vnp_CurrCode: 'VND',
    vnp_TxnRef: order.txnRef,
    vnp_OrderInfo: order.orderInfo,
    vnp_OrderType: 'other',
    vnp_Amount: String(order.amount * 100),
    vnp_ReturnUrl: order.returnUrl,
    vnp_IpAddr: order.clientIp,
    vnp_CreateDate: vnpayDate(order.createdAt),
    vnp_ExpireDate: vnpayDate(order.expiresAt),
  };
  return `${canonicalQuery(params)}&vnp_SecureHash=${sign(secret, params)}`;
}

/** VNPay response codes a citizen may meet, in the gateway's own words. */
const responseReasons: Record<string, string> = {
  '07': 'Giao dịch bị nghi ngờ gian lận',
  '09': 'Thẻ/tài khoản chưa đăng ký dịch vụ Internet Banking',
  '10': 'Xác thực thông tin thẻ/tài khoản không đúng quá 3 lần',
  '11': 'Đã hết hạn chờ thanh toán',
  '12': 'Thẻ/tài khoản bị khóa',
  '13': 'Nhập sai mật khẩu xác thực giao dịch (OTP)',
  '24': 'Khách hàng hủy giao dịch',
  '51': 'Tài khoản không đủ số dư',
  '65': 'Tài khoản đã vượt quá hạn mức giao dịch trong ngày',
  '75': 'Ngân hàng thanh toán đang bảo trì',
  '79': 'Nhập sai mật khẩu thanh toán quá số lần quy định',
  '99': 'Lỗi không xác định',
};

/** A signed result (return URL or IPN) read into our terms; `tmnCode` must be ours. */
export function readResult(secret: string, tmnCode: string, params: Record<string, string>): GatewayResult {
  const claimed = typeof params.vnp_TxnRef === 'string' ? params.vnp_TxnRef.slice(0, 100) : null;
  if (!signatureMatches(secret, params)) return { ok: false, problem: 'bad_signature', txnRef: claimed };
  const { vnp_TxnRef: txnRef, vnp_Amount: amount, vnp_ResponseCode: responseCode, vnp_TransactionStatus: status, vnp_TransactionNo: txnNo } = params;
  if (!txnRef || !amount || !/^\d{1,17}00$/.test(amount) || !responseCode || params.vnp_TmnCode !== tmnCode) return { ok: false, problem: 'malformed', txnRef: claimed };
  const paid = responseCode === '00' && (status === undefined || status === '00');
  const outcome = paid ? 'paid' : responseCode === '24' ? 'cancelled' : 'failed';
  // A transaction number of 0 means the gateway did not make one (cancelled before paying).
  const providerTxnId = txnNo && txnNo !== '0' ? txnNo : null;
  if (paid && !providerTxnId) return { ok: false, problem: 'malformed', txnRef: claimed };
  return {
    ok: true, txnRef, amount: Number(amount) / 100, outcome, providerTxnId, responseCode,
    reason: paid ? null : (responseReasons[responseCode] ?? `Giao dịch không thành công (mã ${responseCode})`),
  };
}

/** The merchant's answer to an IPN, as VNPay reads it. */
export const ipnAcknowledgements: Record<NotificationAnswer, { RspCode: string; Message: string }> = {
  confirmed: { RspCode: '00', Message: 'Confirm Success' },
  not_found: { RspCode: '01', Message: 'Order not found' },
  already_confirmed: { RspCode: '02', Message: 'Order already confirmed' },
  amount_mismatch: { RspCode: '04', Message: 'Invalid amount' },
  bad_signature: { RspCode: '97', Message: 'Invalid signature' },
  malformed: { RspCode: '99', Message: 'Invalid request' },
};
