import { citizenIdSchema, isPlausibleBirthDate, normaliseEmail, normalisePhone } from '@motcua/shared';
import type { OidcClaims } from './oidc-client.ts';

/** Claim names under which identity providers hand out the citizen ID number (VNeID and test providers differ). */
const CITIZEN_ID_CLAIMS = ['citizen_id', 'national_id', 'cccd', 'identity_number', 'personal_id'];

export interface ProfileFromClaims {
  fullName: string;
  citizenId: string | null;
  dateOfBirth: string | null;
  address: string | null;
  /** Only addresses and numbers the provider says it verified. */
  email: string | null;
  phone: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The profile a new account starts with; anything malformed is left out rather than refused. */
export function profileFromClaims(claims: OidcClaims, today: string): ProfileFromClaims {
  const composed = [claims.family_name, claims.middle_name, claims.given_name].map(text).filter(Boolean).join(' ');
  const citizenId = CITIZEN_ID_CLAIMS.map((name) => text(claims[name])).find((v) => v !== null && citizenIdSchema.safeParse(v).success) ?? null;
  const birthdate = text(claims.birthdate);
  const address = claims.address && typeof claims.address === 'object' ? text((claims.address as Record<string, unknown>).formatted) : null;
  const email = claims.email_verified === true ? text(claims.email) : null;
  const phone = claims.phone_number_verified === true ? text(claims.phone_number) : null;
  return {
    fullName: (text(claims.name) ?? composed) || 'Người dùng định danh điện tử',
    citizenId,
    dateOfBirth: birthdate && isPlausibleBirthDate(birthdate, today) ? birthdate : null,
    address: address?.slice(0, 500) ?? null,
    email: email ? normaliseEmail(email) : null,
    phone: phone ? normalisePhone(phone) : null,
  };
}
