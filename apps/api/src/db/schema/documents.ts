/** Row types of the documents module's tables (migration 20261129150000_create-document-tables). */
import type { IssuedFormKind } from '@motcua/shared';

export interface DocumentTables {
  document_number_sequences: { issuer_unit_id: string; kind: string; year: number; last_value: number };
  issued_documents: {
    id: string;
    dossier_id: string;
    kind: IssuedFormKind;
    action_seq: number | null;
    issuer_unit_id: string;
    year: number;
    number_seq: number;
    number: string;
    /** The FormData snapshot (JSON). */
    data: string;
    file_id: string | null;
    sha256: string | null;
    signed: number;
    signer_name: string | null;
    created_at: string;
    rendered_at: string | null;
  };
  e_results: {
    id: string;
    dossier_id: string;
    dossier_result_id: string;
    document_id: string;
    result_code: string;
    issuer_unit_id: string;
    verify_token: string;
    status: string;
    revoked_at: string | null;
    revoked_by: string | null;
    revoked_reason: string | null;
    created_at: string;
  };
  e_result_verifications: {
    id: string;
    e_result_id: string;
    verified_at: string;
    status_shown: string;
    client_hash: string | null;
    user_agent: string | null;
  };
}
