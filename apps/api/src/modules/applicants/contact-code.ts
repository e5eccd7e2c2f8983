/**
 * The rules of proving an account's e-mail address or phone number with a one-time code: six digits, kept only as a
 * salted sha256, good for 15 minutes and 5 wrong tries; at most one new code a minute and five an hour.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { ContactChannel } from '@motcua/shared';
import { sha256Hex } from '../../platform/ids.ts';
import type { ApplicantAccountRow } from './applicants.queries.ts';

/** The durable job that makes and sends a code after the request's transaction committed. */
export const CONTACT_CODE_JOB = 'applicants.contact_code';
export const CODE_VALID_MINUTES = 15;
export const CODE_MAX_ATTEMPTS = 5;
export const RESEND_AFTER_SECONDS = 60;
export const CODES_PER_HOUR = 5;
/** A code still unsent this long after it was asked for is given up (its job failed or no worker runs): ask again. */
export const SENDING_GIVE_UP_MINUTES = 2;
const HOUR_MS = 3_600_000;

export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
export const hashCode = (code: string, salt: string): string => sha256Hex(`${salt}${code}`);

export function codeMatches(code: string, salt: string, hash: string): boolean {
  const typed = Buffer.from(hashCode(code, salt), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return typed.length === stored.length && timingSafeEqual(typed, stored);
}

type ContactColumns = Pick<ApplicantAccountRow, 'email' | 'email_verified' | 'phone' | 'phone_verified'>;

export const contactOf = (account: ContactColumns, channel: ContactChannel): string | null => (channel === 'email' ? account.email : account.phone);
export const isVerified = (account: ContactColumns, channel: ContactChannel): boolean => (channel === 'email' ? account.email_verified : account.phone_verified) === 1;
/** Stored with a code, so a code sent to an address the account no longer has is void. */
export const contactHash = (contact: string): string => sha256Hex(contact);

/** The contact to prove next: the e-mail address while unverified, else the phone number; null when all are proved. */
export function channelToVerify(account: ContactColumns): ContactChannel | null {
  if (account.email && account.email_verified !== 1) return 'email';
  if (account.phone && account.phone_verified !== 1) return 'phone';
  return null;
}

/**
 * When the next code may be asked for, from the account's codes of the last hour (newest first): a minute after the
 * newest, and an hour after the fifth newest once five were asked for within the hour.
 */
export function nextCodeAllowedAt(recent: readonly { created_at: string }[], now: string): string {
  let at = Date.parse(now);
  const fifth = recent[CODES_PER_HOUR - 1];
  if (fifth) at = Math.max(at, Date.parse(fifth.created_at) + HOUR_MS);
  if (recent[0]) at = Math.max(at, Date.parse(recent[0].created_at) + RESEND_AFTER_SECONDS * 1000);
  return new Date(at).toISOString();
}

export const hourAgo = (now: string): string => new Date(Date.parse(now) - HOUR_MS).toISOString();
/** Whole seconds from `now` until `at`; 0 when it is already past. */
export const secondsUntil = (at: string, now: string): number => Math.max(0, Math.ceil((Date.parse(at) - Date.parse(now)) / 1000));
