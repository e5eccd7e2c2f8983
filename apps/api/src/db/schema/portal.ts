/** Row types of the online-application tables of the dossiers module (migration 20261129150400). */
export interface PortalTables {
  online_drafts: {
    id: string;
    account_id: string;
    procedure_code: string;
    variant_key: string;
    agency_unit_id: string | null;
    /** JSON of the applicant as prefilled, or null. */
    applicant: string | null;
    request_summary: string | null;
    /** JSON object. */
    form_data: string;
    /** JSON array of { requirement, fileId }. */
    documents: string;
    /** JSON object: answers to the variant's cases (case key → applies); null before any answer. */
    cases: string | null;
    created_at: string;
    updated_at: string;
  };
}
