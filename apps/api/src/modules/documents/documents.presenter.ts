import { formTitles, type EResultSummary, type IssuedDocumentSummary } from '@motcua/shared';
import type { EResultForm } from './forms/form-data.ts';
import type { IssuedDocumentRow, listEResults } from './documents.queries.ts';
import { verifyUrlOf } from './form-snapshots.ts';

export function presentIssuedDocument(row: IssuedDocumentRow): IssuedDocumentSummary {
  const kind = row.kind;
  return {
    id: row.id, kind, number: row.number, title: formTitles[kind].vi, issuedAt: (JSON.parse(row.data) as { heading: { issuedAt: string } }).heading.issuedAt,
    actionSeq: row.action_seq, signed: row.signed === 1, signerName: row.signer_name, sha256: row.sha256, url: `/api/issued-documents/${row.id}/pdf`,
  };
}

export function presentEResult(row: Awaited<ReturnType<typeof listEResults>>[number], publicBaseUrl: string): EResultSummary {
  const data = JSON.parse(row.data) as EResultForm;
  return {
    id: row.id, resultCode: row.result_code, title: data.title, issuedAt: data.heading.issuedAt, status: row.status as 'valid' | 'revoked',
    revokedAt: row.revoked_at, revokedReason: row.revoked_reason, signerName: row.signer_name, url: `/api/e-results/${row.id}/pdf`,
    verifyUrl: verifyUrlOf(publicBaseUrl, row.result_code, row.verify_token), verifications: Number(row.verifications ?? 0),
  };
}
