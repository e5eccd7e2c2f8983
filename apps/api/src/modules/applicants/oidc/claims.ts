import { citizenIdSchema, isPlausibleBirthDate, normaliseEmail, normalisePhone } from '@motcua/shared';
import { z } from 'zod';
import type { OidcClaims } from './oidc-client.ts';

/** Claim names under which identity providers hand out the citizen ID number (VNeID and test providers differ). */
const CITIZEN_ID_CLAIMS = ['citizen_id', 'national_id', 'cccd', 'identity_number', 'personal_id'];

export interface ProfileFromClaims {
  fullName: string;
  citizenId: string | null;
  dateOfBirth: string | null;
  address: string | null;
  email: string | null;
  /** The provider's word that it verified the address (`email_verified`); otherwise the account proves it with a code. */
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
}

const emailSchema = z.string().max(200).email();
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
/** Some providers send the boolean claims as strings. */
const yes = (value: unknown): boolean => value === true || value === 'true';

/** The profile a new account starts with; anything malformed is left out rather than refused. */
export function profileFromClaims(claims: OidcClaims, today: string): ProfileFromClaims {
  const composed = [claims.family_name, claims.middle_name, claims.given_name].map(text).filter(Boolean).join(' ');
  const citizenId = CITIZEN_ID_CLAIMS.map((name) => text(claims[name])).find((v) => v !== null && citizenIdSchema.safeParse(v).success) ?? null;
  const birthdate = text(claims.birthdate);
  const address = claims.address && typeof claims.address === 'object' ? text((claims.address as Record<string, unknown>).formatted) : null;
  const email = text(claims.email);
  const phone = text(claims.phone_number);
  const emailOk = email !== null && emailSchema.safeParse(email).success;
  const phoneNumber = phone ? normalisePhone(phone) : null;
  return {
    fullName: (text(claims.name) ?? composed) || 'Người dùng định danh điện tử',
    citizenId,
    dateOfBirth: birthdate && isPlausibleBirthDate(birthdate, today) ? birthdate : null,
    address: address?.slice(0, 500) ?? null,
    email: emailOk ? normaliseEmail(email) : null,
    emailVerified: emailOk && yes(claims.email_verified),
    phone: phoneNumber,
    phoneVerified: phoneNumber !== null && yes(claims.phone_number_verified),
  };
}
