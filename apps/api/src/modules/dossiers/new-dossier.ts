import { dossierCodeFor, localDateOf, nationalStatusOf, parseInstant, type ApplicantInput, type DossierState } from '@motcua/shared';
import type { DB } from '../../db/schema.ts';
import { insertDossier, nextDossierSequence, type DossierRow, type Executor } from './dossiers.queries.ts';
import { insertDocuments } from './dossier-documents.queries.ts';
import type { ProcedureTerms } from './procedure-terms.ts';

/** What every new dossier takes from its procedure, units, first state and applicant, however it arrived. */
export interface NewDossier {
  id: string;
  now: string;
  terms: ProcedureTerms;
  workflowVersionId: string | null;
  deskId: string;
  agencyId: string;
  state: DossierState;
  applicant: ApplicantInput;
  requestSummary: string | null | undefined;
  /** The answers to the procedure's cases the dossier was received with (case key → applies). */
  appliedCases: Record<string, boolean>;
}

/** The columns in which a desk receipt and an online registration differ. */
export type ArrivalColumns = Pick<
  DossierRow,
  | 'channel' | 'on_the_spot' | 'sets' | 'registered_at' | 'received_at' | 'due_at' | 'current_step_index' | 'step_due_at'
  | 'applicant_account_id' | 'source_system' | 'source_reference' | 'source_content_sha256'
>;

/**
 * The row of a dossier as it arrives (desk receipt or online registration), held by the desk. Its `code` is
 * empty: the caller numbers it inside the transaction that inserts it.
 */
export function newDossierRow(d: NewDossier, arrival: ArrivalColumns): DossierRow {
  const { terms, applicant, state, now } = d;
  return {
    id: d.id, code: '', procedure_id: terms.procedure.id, procedure_version_id: terms.version.id, procedure_code: terms.procedure.code, procedure_name: terms.procedure.name,
    variant_key: terms.variant.key, variant_name: terms.variant.name, workflow_version_id: d.workflowVersionId,
    receiving_unit_id: d.deskId, competent_unit_id: d.agencyId, current_unit_id: d.deskId, assignee_id: null,
    status: state.status, national_status: nationalStatusOf(state.status).code, is_open: 1,
    applicant_kind: applicant.kind, applicant_name: applicant.kind === 'individual' ? applicant.fullName : applicant.name,
    applicant_identifier: applicant.kind === 'individual' ? applicant.citizenId : applicant.taxCode,
    applicant_phone: applicant.phone ?? null, applicant_email: applicant.email ?? null, applicant_address: applicant.address ?? null,
    request_summary: d.requestSummary ?? null,
    time_limit_value: terms.timeLimit?.value ?? null, time_limit_unit: terms.timeLimit?.unit ?? null,
    ended_at: null, returned_at: null, return_method: null, supplement_requests: 0, apologies: 0,
    flags: JSON.stringify(state.flags), state: JSON.stringify(state), row_version: 1, created_at: now, updated_at: now,
    applied_cases: Object.keys(d.appliedCases).length > 0 ? JSON.stringify(d.appliedCases) : null,
    ...arrival,
  };
}

/**
 * Gives the new dossier its code from the agency's daily sequence (whose row stays locked until the commit) and
 * writes it with its documents; its first action follows (`recordAction`). Inside the caller's transaction; sets `row.code`.
 */
export async function insertNewDossier(trx: Executor, agencyCode: string, now: string, row: DossierRow, documents: DB['dossier_documents'][]): Promise<void> {
  const sequence = await nextDossierSequence(trx, agencyCode, localDateOf(parseInstant(now)));
  row.code = dossierCodeFor({ agencyId: agencyCode, receivedAt: now, sequence });
  await insertDossier(trx, row);
  await insertDocuments(trx, documents);
}
