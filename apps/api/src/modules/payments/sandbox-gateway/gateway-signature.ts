import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The gateway's own side of the VNPay signature: what a bank's server computes. Written apart from our client code
 * (providers/vnpay-protocol.ts) on purpose, so that a mistake on one side is caught by the other instead of shared.
 */
const plus20 = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

export function hashData(params: Record<string, string>): string {
  const names = Object.keys(params).filter((n) => n.startsWith('vnp_') && n !== 'vnp_SecureHash' && n !== 'vnp_SecureHashType' && params[n]);
  names.sort();
  return names.map((n) => `${plus20(n)}=${plus20(params[n]!)}`).join('&');
}

export const secureHash = (secret: string, params: Record<string, string>) => createHmac('sha512', Buffer.from(secret, 'utf8')).update(Buffer.from(hashData(params), 'utf8')).digest('hex');

export function verifySecureHash(secret: string, params: Record<string, string>): boolean {
  const given = (params.vnp_SecureHash ?? '').toLowerCase();
  const expected = secureHash(secret, params);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The signed query string the gateway appends to the merchant's return URL. */
export const signedQuery = (secret: string, params: Record<string, string>) => `${hashData(params)}&vnp_SecureHash=${secureHash(secret, params)}`;
