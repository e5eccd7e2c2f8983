import type { ApplicantProfile, PrefillSource } from '@motcua/shared';
import type { ApplicantValues } from '@/lib/applicant-values';

export { applicantBody, type ApplicantValues } from '@/lib/applicant-values';

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

/** Only the shapes are checked here; the server checks the province code, century and check digits and says which is wrong. */
export const citizenIdShapeValid = (value: string) => /^\d{12}$/.test(value.trim());
export const taxCodeShapeValid = (value: string) => /^\d{10}(-\d{3})?$/.test(value.trim());

/**
 * What the e-form's `x-prefill` fields start with: the signed-in account's profile. The population database, when
 * connected, becomes a source in front of this one (`mergePrefillSources(population, profile)`).
 */
export function prefillSourceOf(profile: ApplicantProfile): PrefillSource {
  return {
    fullName: profile.kind === 'organisation' ? profile.organisationName : profile.fullName,
    citizenId: profile.citizenId, birthDate: profile.dateOfBirth, phone: profile.phone, email: profile.email, address: profile.address,
  };
}
