/**
 * How a sending system (the National Public Service Portal) proves a request is its own: each sender has a
 * shared secret (`INBOUND_CLIENTS`), and every request carries
 *   X-MotCua-Sender: <sender id>
 *   X-MotCua-Timestamp: <ISO 8601 instant or Unix seconds>
 *   X-MotCua-Signature: sha256=<hex HMAC-SHA256 over "<timestamp>.<raw body>" with the sender's secret>
 * The timestamp is inside the signed text, so a captured request cannot be replayed once the 5-minute window
 * has passed (and within it, a replayed push is idempotent anyway). Anything wrong answers 401, never saying which part.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../platform/errors.ts';

export const SENDER_HEADER = 'x-motcua-sender';
export const TIMESTAMP_HEADER = 'x-motcua-timestamp';
export const SIGNATURE_HEADER = 'x-motcua-signature';
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

export function signInbound(secret: string, timestamp: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}

function instantOf(timestamp: string): number {
  return /^\d{9,11}$/.test(timestamp) ? Number(timestamp) * 1000 : Date.parse(timestamp);
}

const refused = () => new AppError('UNAUTHENTICATED', { detail: 'Chữ ký của hệ thống gửi không hợp lệ, đã hết hạn hoặc hệ thống gửi chưa được đăng ký.' });

type Headers = Record<string, string | string[] | undefined>;
const SIGNATURE_FORM = /^sha256=[0-9a-f]{64}$/;

/**
 * What the headers alone can tell, checked before a byte of the body is read: a registered sender, a fresh
 * timestamp and a signature of the right form. Anything else is refused at once, so an unsigned or unknown
 * client cannot make the server read (and hold) a large body. Returns the headers the signature check needs.
 */
export function checkInboundHeaders(clients: Record<string, string>, headers: Headers, nowMs: number): { sender: string; timestamp: string; signature: string } {
  const one = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined);
  const sender = one(SENDER_HEADER);
  const timestamp = one(TIMESTAMP_HEADER);
  const signature = one(SIGNATURE_HEADER);
  if (!sender || !timestamp || !signature || !Object.hasOwn(clients, sender) || !SIGNATURE_FORM.test(signature)) throw refused();
  const at = instantOf(timestamp);
  if (!Number.isFinite(at) || Math.abs(nowMs - at) > SIGNATURE_WINDOW_MS) throw refused();
  return { sender, timestamp, signature };
}

/** The sender id of a correctly signed, fresh request; else 401. */
export function verifyInbound(clients: Record<string, string>, headers: Headers, rawBody: Buffer, nowMs: number): string {
  const { sender, timestamp, signature } = checkInboundHeaders(clients, headers, nowMs);
  const expected = Buffer.from(signInbound(clients[sender]!, timestamp, rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused();
  return sender;
}
