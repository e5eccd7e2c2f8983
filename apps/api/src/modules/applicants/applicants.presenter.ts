import type { ApplicantKind, ApplicantMe, ApplicantProfile } from '@motcua/shared';
import type { ApplicantAccountRow } from './applicants.queries.ts';

/** What the account signs in with, shown in the portal header: e-mail first, then phone. */
export const loginNameOf = (row: Pick<ApplicantAccountRow, 'email' | 'phone'>): string => row.email ?? row.phone ?? '';

export const presentApplicantMe = (row: ApplicantAccountRow, csrfToken: string): ApplicantMe => ({
  id: row.id,
  kind: row.kind as ApplicantKind,
  fullName: row.full_name,
  organisationName: row.organisation_name,
  username: loginNameOf(row),
  csrfToken,
});

export const presentApplicantProfile = (row: ApplicantAccountRow, linkedProviders: string[]): ApplicantProfile => ({
  id: row.id,
  kind: row.kind as ApplicantKind,
  fullName: row.full_name,
  email: row.email,
  emailVerified: row.email_verified === 1,
  phone: row.phone,
  citizenId: row.citizen_id,
  dateOfBirth: row.date_of_birth,
  address: row.address,
  organisationName: row.organisation_name,
  taxCode: row.tax_code,
  hasPassword: row.password_hash !== null,
  linkedProviders,
  createdAt: row.created_at,
});
