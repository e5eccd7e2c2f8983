import type { ApplicantMe, ApplicantProfile, ContactVerification } from '@motcua/shared';
import type { ApplicantAccountRow } from './applicants.queries.ts';
import { addMinutes } from '../../platform/clock.ts';
import { CODE_MAX_ATTEMPTS, SENDING_GIVE_UP_MINUTES, channelToVerify, contactOf, secondsUntil } from './contact-code.ts';
import type { ContactCodeRow } from './contact-codes.queries.ts';

/** What the account signs in with, shown in the portal header: e-mail first, then phone. */
export const loginNameOf = (row: Pick<ApplicantAccountRow, 'email' | 'phone'>): string => row.email ?? row.phone ?? '';

export const presentApplicantMe = (row: ApplicantAccountRow, csrfToken: string): ApplicantMe => ({
  id: row.id,
  kind: row.kind,
  fullName: row.full_name,
  organisationName: row.organisation_name,
  username: loginNameOf(row),
  csrfToken,
});

export const presentApplicantProfile = (row: ApplicantAccountRow, linkedProviders: string[]): ApplicantProfile => ({
  id: row.id,
  kind: row.kind,
  fullName: row.full_name,
  email: row.email,
  emailVerified: row.email_verified === 1,
  phone: row.phone,
  phoneVerified: row.phone_verified === 1,
  citizenId: row.citizen_id,
  dateOfBirth: row.date_of_birth,
  address: row.address,
  organisationName: row.organisation_name,
  taxCode: row.tax_code,
  hasPassword: row.password_hash !== null,
  linkedProviders,
  createdAt: row.created_at,
});

/** Made (its hash stored, as `verifyContact` accepts it) and not expired, or waiting to be made no longer than sending takes. */
const isLive = (code: ContactCodeRow, now: string): boolean =>
  code.code_hash ? Boolean(code.expires_at && code.expires_at > now) : addMinutes(code.created_at, SENDING_GIVE_UP_MINUTES) > now;

/** The account's contacts, which are proved, and the code in force. */
export function presentContactVerification(row: ApplicantAccountRow, open: ContactCodeRow | undefined, resendAvailableAt: string, now: string): ContactVerification {
  const channel = channelToVerify(row);
  const live = open && isLive(open, now) ? open : undefined;
  return {
    channel,
    contact: channel ? contactOf(row, channel) : null,
    email: row.email,
    emailVerified: row.email_verified === 1,
    phone: row.phone,
    phoneVerified: row.phone_verified === 1,
    code: live
      ? {
          channel: live.channel,
          sentAt: live.sent_at,
          expiresAt: live.sent_at ? live.expires_at : null,
          attemptsLeft: Math.max(0, CODE_MAX_ATTEMPTS - live.failed_attempts),
          logged: live.delivery === 'logged',
        }
      : null,
    resendAvailableAt,
    resendInSeconds: secondsUntil(resendAvailableAt, now),
  };
}
