/** Contracts of the applicants module: zod schemas shared by the API (validation, OpenAPI) and the web client. */
import { z } from 'zod';
import { newPasswordSchema } from '../rules/identity/password-policy.ts';
import { isoInstant } from './common.ts';
import { citizenIdSchema, taxCodeSchema } from './dossiers.ts';

export const applicantKinds = ['individual', 'organisation'] as const;
export const applicantKindSchema = z.enum(applicantKinds);
export type ApplicantKind = z.infer<typeof applicantKindSchema>;

/** '+84 905 123 456', '0905.123.456' → '0905123456'; null when it is not a Vietnamese phone number. */
export function normalisePhone(value: string): string | null {
  const compact = value.replace(/[\s.()-]/g, '');
  if (/^\+84\d{9,10}$/.test(compact)) return `0${compact.slice(3)}`;
  if (/^0\d{9,10}$/.test(compact)) return compact;
  return null;
}

export const normaliseEmail = (value: string): string => value.trim().toLowerCase();

/** What a person types to sign in: an e-mail address or a phone number, reduced to the stored form. */
export function normaliseLoginIdentifier(value: string): { email: string } | { phone: string } | null {
  const trimmed = value.trim();
  if (trimmed.includes('@')) return { email: normaliseEmail(trimmed) };
  const phone = normalisePhone(trimmed);
  return phone ? { phone } : null;
}

/** A real calendar day (`YYYY-MM-DD`), not after `today` and not before 1900. */
export function isPlausibleBirthDate(value: string, today: string = new Date().toISOString().slice(0, 10)): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1900-01-01' && value <= today;
}

const phoneSchema = z.string().trim().max(30).refine((v) => normalisePhone(v) !== null, 'Số điện thoại không hợp lệ (10–11 chữ số, bắt đầu bằng 0 hoặc +84)');
const emailSchema = z.string().trim().max(200).email('Email không hợp lệ');
const nameSchema = z.string().trim().min(2, 'Họ và tên tối thiểu 2 ký tự').max(200);
const organisationNameSchema = z.string().trim().min(2, 'Tên tổ chức tối thiểu 2 ký tự').max(300);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const birthDateSchema = z.string().refine((v) => isPlausibleBirthDate(v), 'Ngày sinh không hợp lệ (YYYY-MM-DD, không ở tương lai)');

export const applicantPasswordSchema = newPasswordSchema;

const contactFields = {
  email: emailSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
};

const needsContact = (body: { email?: string | null; phone?: string | null }) => Boolean(body.email || body.phone);
const contactMessage = 'Nhập email hoặc số điện thoại để đăng nhập';

export const registerApplicantBody = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('individual'), fullName: nameSchema, password: applicantPasswordSchema, ...contactFields }),
    z.object({
      kind: z.literal('organisation'),
      /** The representative who signs in on the organisation's behalf. */
      fullName: nameSchema,
      organisationName: organisationNameSchema,
      taxCode: taxCodeSchema,
      password: applicantPasswordSchema,
      ...contactFields,
    }),
  ])
  .refine(needsContact, { message: contactMessage, path: ['email'] });
export type RegisterApplicantBody = z.infer<typeof registerApplicantBody>;

/**
 * What `POST /register` answers, whether the e-mail/phone was new (a code went to it) or already had an account (its
 * owner was told instead): the same words, so the answer does not say which.
 */
export const registrationAccepted = z.object({ message: z.string() });
export type RegistrationAccepted = z.infer<typeof registrationAccepted>;

/** The code sent on registration, typed back with the password chosen there: proves the contact and signs in. */
export const confirmRegistrationBody = z.object({
  /** The e-mail address (else the phone number) the registration gave. */
  contact: z.string().trim().min(1, contactMessage).max(200),
  code: z.string().trim().regex(/^\d{6}$/, 'Mã xác nhận gồm đúng 6 chữ số'),
  /** Only the person who chose the password can confirm, so a second registration of the same address cannot take it over. */
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type ConfirmRegistrationBody = z.infer<typeof confirmRegistrationBody>;

export const applicantLoginBody = z.object({
  identifier: z.string().trim().min(1, 'Nhập email hoặc số điện thoại').max(200),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type ApplicantLoginBody = z.infer<typeof applicantLoginBody>;

/** The signed-in applicant, as the portal keeps it. */
export const applicantMe = z.object({
  id: z.string(),
  kind: applicantKindSchema,
  fullName: z.string(),
  organisationName: z.string().nullable(),
  /** The e-mail address or phone number the account signs in with (absent for an identity-provider-only account). */
  username: z.string(),
  csrfToken: z.string(),
});
export type ApplicantMe = z.infer<typeof applicantMe>;

export const applicantProfile = z.object({
  id: z.string(),
  kind: applicantKindSchema,
  fullName: z.string(),
  email: z.string().nullable(),
  /** Proved with a one-time code (or by the identity provider): only a verified contact receives the dossiers' notices. */
  emailVerified: z.boolean(),
  phone: z.string().nullable(),
  phoneVerified: z.boolean(),
  citizenId: z.string().nullable(),
  dateOfBirth: z.string().nullable().describe('YYYY-MM-DD'),
  address: z.string().nullable(),
  organisationName: z.string().nullable(),
  taxCode: z.string().nullable(),
  hasPassword: z.boolean(),
  /** Identity providers the account is linked to (display names). */
  linkedProviders: z.array(z.string()),
  createdAt: isoInstant,
});
export type ApplicantProfile = z.infer<typeof applicantProfile>;

/** Replaces the profile: what is omitted or null is cleared (except the kind, which never changes). */
export const updateApplicantProfileBody = z.object({
  fullName: nameSchema,
  citizenId: citizenIdSchema.nullable().optional(),
  dateOfBirth: birthDateSchema.nullable().optional(),
  address: optionalText(500),
  ...contactFields,
  /** Organisations only (required there). */
  organisationName: organisationNameSchema.nullable().optional(),
  taxCode: taxCodeSchema.nullable().optional(),
});
export type UpdateApplicantProfileBody = z.infer<typeof updateApplicantProfileBody>;

export const contactChannels = ['email', 'phone'] as const;
export const contactChannelSchema = z.enum(contactChannels);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const verifyContactBody = z.object({
  code: z.string().trim().regex(/^\d{6}$/, 'Mã xác minh gồm đúng 6 chữ số'),
});
export type VerifyContactBody = z.infer<typeof verifyContactBody>;

export const requestContactCodeBody = z.object({
  /** Which contact to prove; by default the e-mail address while it is unverified, else the phone number. */
  channel: contactChannelSchema.optional(),
});
export type RequestContactCodeBody = z.infer<typeof requestContactCodeBody>;

/** Where the account stands in proving its e-mail address and phone number. */
export const contactVerification = z.object({
  /** The contact to prove next (e-mail first, then phone); null when every contact the account has is verified. */
  channel: contactChannelSchema.nullable(),
  /** That contact itself (the account's own address or number). */
  contact: z.string().nullable(),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  phone: z.string().nullable(),
  phoneVerified: z.boolean(),
  /** The code in force: sent (or being sent) and neither used, expired nor voided. */
  code: z
    .object({
      channel: contactChannelSchema,
      /** Null while the code is on its way. */
      sentAt: isoInstant.nullable(),
      expiresAt: isoInstant.nullable(),
      attemptsLeft: z.number().int().min(0),
      /** No real provider is configured: the code went only to the server's log (test and demo installations). */
      logged: z.boolean(),
    })
    .nullable(),
  /** When a new code may be asked for (at most one a minute and five an hour); now or earlier means at once. */
  resendAvailableAt: isoInstant,
  /** The same as a wait from the moment of the answer (0: at once), so a browser with a wrong clock counts down right. */
  resendInSeconds: z.number().int().min(0),
});
export type ContactVerification = z.infer<typeof contactVerification>;

export const portalAuthOptions = z.object({
  /** Whether "sign in with the national electronic identity" is offered. */
  oidc: z.boolean(),
  providerName: z.string().nullable(),
  /** The largest upload the server takes (UPLOAD_MAX_BYTES), shown on every upload slot. */
  uploadMaxBytes: z.number().int().positive(),
});
export type PortalAuthOptions = z.infer<typeof portalAuthOptions>;

export const oidcStartQuery = z.object({
  /** A portal path to come back to after signing in. */
  returnTo: z.string().max(500).optional(),
});

export const oidcCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
  iss: z.string().max(500).optional(),
});
