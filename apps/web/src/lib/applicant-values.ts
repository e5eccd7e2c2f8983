import type { ApplicantInput } from '@motcua/shared';

/** An applicant block's form values, as the desk and the portal record an applicant (`applicantInput`). */
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

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** What is sent: only the fields of the applicant's kind, trimmed, optional blanks as null. */
export function applicantBody(values: ApplicantValues): ApplicantInput {
  const contact = { phone: blank(values.phone), email: blank(values.email), address: blank(values.address) };
  if (values.kind === 'organisation') {
    return { kind: 'organisation', name: values.name?.trim() ?? '', taxCode: values.taxCode?.trim() ?? '', representative: blank(values.representative), ...contact };
  }
  return { kind: 'individual', fullName: values.fullName?.trim() ?? '', citizenId: values.citizenId?.trim() ?? '', ...contact };
}
