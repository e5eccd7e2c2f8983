import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword } from '../identity/index.ts';
import { findAccountByEmail, insertAccount } from './applicants.queries.ts';

/** The demo citizen (README lists the sign-in), e-mail and phone already verified; the citizen ID was registered in Quảng Ngãi (province code 051). */
export const DEMO_APPLICANT = {
  email: 'congdan@example.vn',
  password: 'MotCua@2026',
  fullName: 'Nguyễn Thị Hồng Nhung',
  citizenId: '051190012345',
  dateOfBirth: '1990-05-12',
  phone: '0905123456',
  address: 'Số 12 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi',
} as const;

/** Adds the demo citizen's portal account once; returns whether it was added. */
export async function seedDemoApplicant(db: Kysely<DB>, now: string): Promise<boolean> {
  if (await findAccountByEmail(db, DEMO_APPLICANT.email)) return false;
  await insertAccount(db, {
    id: newId(), kind: 'individual', email: DEMO_APPLICANT.email, email_verified: 1, phone: DEMO_APPLICANT.phone, phone_verified: 1,
    password_hash: await hashPassword(DEMO_APPLICANT.password), full_name: DEMO_APPLICANT.fullName, citizen_id: DEMO_APPLICANT.citizenId,
    date_of_birth: DEMO_APPLICANT.dateOfBirth, address: DEMO_APPLICANT.address, organisation_name: null, tax_code: null,
    failed_login_count: 0, locked_until: null, created_at: now, updated_at: now, confirmed_at: now,
  });
  return true;
}
