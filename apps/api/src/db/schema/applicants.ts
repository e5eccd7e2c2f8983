/** Row types of the applicants module's tables (see its migration). */
import type { ApplicantKind, ContactChannel } from '@motcua/shared';

export interface ApplicantTables {
  applicant_accounts: {
    id: string;
    kind: ApplicantKind;
    email: string | null;
    email_verified: number;
    phone: string | null;
    /** Added by 20261204100000: the phone number was proved with a one-time code. */
    phone_verified: number;
    password_hash: string | null;
    full_name: string;
    citizen_id: string | null;
    date_of_birth: string | null;
    address: string | null;
    organisation_name: string | null;
    tax_code: string | null;
    failed_login_count: number;
    locked_until: string | null;
    created_at: string;
    updated_at: string;
    /** Added by 20261207174000: null while a password registration waits for its code (it cannot sign in). */
    confirmed_at: string | null;
  };
  applicant_identities: {
    id: string;
    account_id: string;
    issuer: string;
    subject: string;
    created_at: string;
    last_login_at: string | null;
  };
  applicant_oidc_requests: {
    state_hash: string;
    browser_hash: string;
    code_verifier: string;
    nonce: string;
    return_to: string | null;
    created_at: string;
    expires_at: string;
  };
  /** One-time codes proving an account's e-mail or phone (20261204100000); never the code itself. */
  applicant_contact_codes: {
    id: string;
    account_id: string;
    channel: ContactChannel;
    contact_sha256: string;
    status: string;
    code_hash: string | null;
    code_salt: string | null;
    failed_attempts: number;
    delivery: string | null;
    created_at: string;
    sent_at: string | null;
    expires_at: string | null;
    closed_at: string | null;
  };
}
