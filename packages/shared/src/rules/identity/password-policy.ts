import { z } from 'zod';

/**
 * Passwords as OWASP ASVS 4.0 level 2 asks (V2.1): at least 12 characters, up to 128, any characters and no
 * composition rules (length, not "a digit and a capital", makes a password hard to guess), and not one of the
 * passwords already leaked in breaches. The server checks the breached list (49k passwords, too big for the
 * browser bundle); the forms show the same length rule and message.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const passwordMessages = {
  tooShort: `Mật khẩu tối thiểu ${PASSWORD_MIN_LENGTH} ký tự`,
  tooLong: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự`,
  breached: 'Mật khẩu này nằm trong danh sách mật khẩu đã bị lộ; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ)',
} as const;

/** A password being set or changed (sign-in accepts whatever was set before, see the login bodies). */
export const newPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH, passwordMessages.tooShort).max(PASSWORD_MAX_LENGTH, passwordMessages.tooLong);

/**
 * The forms looked up in a breached-password list (kept in lower case): the password itself, and without the
 * digits and punctuation people add at the end to pass rules ("Matkhau2026!" is "matkhau" with decoration).
 */
export function breachedPasswordForms(password: string): string[] {
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  return stripped && stripped !== lower ? [lower, stripped] : [lower];
}
