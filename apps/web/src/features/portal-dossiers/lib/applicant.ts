import type { ApplicantProfile } from '@motcua/shared';

/** The applicant block's values: what the desk records for an applicant (`applicantInput`). */
export interface ApplicantValues {
  kind: 'individual' | 'organisation';
  fullName?: string;
  citizenId?: string;
  name?: string;
  taxCode?: string;
  representative?: string;
  phone?: string;
  email?: string;
  address?: string;
}

/** Prefilled from the profile: the applicant changes only what differs for this application. */
export function applicantFromProfile(profile: ApplicantProfile): ApplicantValues {
  const contact = { phone: profile.phone ?? '', email: profile.email ?? '', address: profile.address ?? '' };
  if (profile.kind === 'organisation') {
    return { kind: 'organisation', name: profile.organisationName ?? '', taxCode: profile.taxCode ?? '', representative: profile.fullName, ...contact };
  }
  return { kind: 'individual', fullName: profile.fullName, citizenId: profile.citizenId ?? '', ...contact };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A saved draft's applicant, read defensively (a draft may hold anything). */
export function applicantFromDraft(saved: Record<string, unknown>, fallback: ApplicantValues): ApplicantValues {
  const kind = saved.kind === 'organisation' || saved.kind === 'individual' ? saved.kind : fallback.kind;
  return {
    kind,
    fullName: text(saved.fullName), citizenId: text(saved.citizenId), name: text(saved.name), taxCode: text(saved.taxCode),
    representative: text(saved.representative), phone: text(saved.phone), email: text(saved.email), address: text(saved.address),
  };
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** What is sent: only the fields of the applicant's kind, blanks as null. */
export function applicantBody(values: ApplicantValues): Record<string, unknown> {
  const contact = { phone: blank(values.phone), email: blank(values.email), address: blank(values.address) };
  if (values.kind === 'organisation') {
    return { kind: 'organisation', name: values.name?.trim() ?? '', taxCode: values.taxCode?.trim() ?? '', representative: blank(values.representative), ...contact };
  }
  return { kind: 'individual', fullName: values.fullName?.trim() ?? '', citizenId: values.citizenId?.trim() ?? '', ...contact };
}

/** Only the shapes are checked here; the server checks the province code, century and check digits and says which is wrong. */
export const citizenIdShapeValid = (value: string) => /^\d{12}$/.test(value.trim());
export const taxCodeShapeValid = (value: string) => /^\d{10}(-\d{3})?$/.test(value.trim());
