import { SESSION_COOKIE, createSession } from '../../platform/auth/sessions.ts';
import { newId } from '../../platform/ids.ts';
import type { TestApp } from '../../test/test-app.ts';
import { hashPassword } from '../identity/index.ts';
import { insertAccount, type ApplicantAccountRow } from './applicants.queries.ts';

export const TEST_APPLICANT_PASSWORD = 'Congdan-2026';
let cachedHash: Promise<string> | undefined;
let counter = 0;

export interface ApplicantOverrides {
  kind?: 'individual' | 'organisation';
  email?: string | null;
  phone?: string | null;
  fullName?: string;
  citizenId?: string | null;
  dateOfBirth?: string | null;
  address?: string | null;
  organisationName?: string | null;
  taxCode?: string | null;
  /** Whether the e-mail and phone count as proved (default: not, as right after registering). */
  verified?: boolean;
  /** A password registration still waiting for its code (cannot sign in with the password). */
  unconfirmed?: boolean;
}

/**
 * A portal account with a live session, made directly (no HTTP, so no rate limit and no password hashing per call).
 * The account also signs in through the API with its e-mail and TEST_APPLICANT_PASSWORD.
 */
export async function registerAndLogIn(t: TestApp, overrides: ApplicantOverrides = {}) {
  const n = ++counter;
  const now = t.clock.now().toISOString();
  const kind = overrides.kind ?? 'individual';
  const row: ApplicantAccountRow = {
    id: newId(),
    kind,
    email: overrides.email === undefined ? `congdan${n}-${newId().slice(0, 8)}@example.vn` : overrides.email,
    email_verified: overrides.verified ? 1 : 0,
    phone: overrides.phone ?? null,
    phone_verified: overrides.verified ? 1 : 0,
    password_hash: await (cachedHash ??= hashPassword(TEST_APPLICANT_PASSWORD)),
    full_name: overrides.fullName ?? `Công Dân Thử ${n}`,
    // The online tests' applicant (online.test-support.ts): an account applies in its own name.
    citizen_id: overrides.citizenId === undefined ? '051190001234' : overrides.citizenId,
    date_of_birth: overrides.dateOfBirth === undefined ? '1990-05-12' : overrides.dateOfBirth,
    address: overrides.address === undefined ? 'Phường Cẩm Thành, tỉnh Quảng Ngãi' : overrides.address,
    organisation_name: kind === 'organisation' ? (overrides.organisationName ?? 'Công ty TNHH Thử Nghiệm') : null,
    tax_code: kind === 'organisation' ? (overrides.taxCode ?? '0100109106') : null,
    failed_login_count: 0,
    locked_until: null,
    created_at: now,
    updated_at: now,
    confirmed_at: overrides.unconfirmed ? null : now,
  };
  await insertAccount(t.ctx.db, row);
  const session = await createSession(t.ctx.db, t.ctx.config.session, now, { kind: 'applicant', id: row.id }, 'vitest');
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return { accountId: row.id, email: row.email, headers: { cookie, 'x-csrf-token': session.csrfToken } };
}
