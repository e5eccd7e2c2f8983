import { describe, expect, it } from 'vitest';
import { breachedPasswordForms, newPasswordSchema } from './password-policy.ts';

describe('the password policy', () => {
  it('asks for 12 to 128 characters and nothing about their kind', () => {
    expect(newPasswordSchema.safeParse('mười một kt').success).toBe(false);
    expect(newPasswordSchema.safeParse('chỉ toàn chữ').success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(129)).error?.issues[0]?.message).toBe('Mật khẩu tối đa 128 ký tự');
  });

  it('looks a password up in lower case and without the digits and punctuation added at its end', () => {
    expect(breachedPasswordForms('Password123!')).toEqual(['password123!', 'password']);
    expect(breachedPasswordForms('Ngay mai 2026 trời nắng')).toEqual(['ngay mai 2026 trời nắng']);
    expect(breachedPasswordForms('123456789012')).toEqual(['123456789012']);
  });
});
