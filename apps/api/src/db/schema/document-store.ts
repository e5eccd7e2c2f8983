/** Row types of the document-store module's tables (migrations 20261129150600_create-document-store-tables, 20261204090400_allow-reuse-without-requirement). */
import type { PersonalDocumentKind } from '@motcua/shared';

export interface DocumentStoreTables {
  personal_documents: {
    id: string;
    account_id: string;
    kind: PersonalDocumentKind;
    name: string;
    file_id: string;
    media_type: string;
    size: number;
    dossier_id: string | null;
    e_result_id: string | null;
    created_at: string;
    removed_at: string | null;
  };
  document_reuses: {
    id: string;
    personal_document_id: string;
    dossier_id: string;
    /** Null for a paper outside the variant's list (given in answer to a supplement request). */
    requirement: number | null;
    reused_at: string;
  };
}
