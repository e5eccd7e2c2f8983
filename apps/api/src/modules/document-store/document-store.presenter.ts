import type { PersonalDocument } from '@motcua/shared';
import type { DocumentViewRow } from './document-store.queries.ts';

/** Uploads stay valid; a result is valid while its electronic result is (a revocation or a correction ends it). */
export const isValid = (row: Pick<DocumentViewRow, 'kind' | 'result_status'>): boolean => row.kind === 'upload' || row.result_status === 'valid';

export function presentPersonalDocument(row: DocumentViewRow): PersonalDocument {
  return {
    id: row.id,
    kind: row.kind as PersonalDocument['kind'],
    name: row.name,
    mediaType: row.media_type,
    size: Number(row.size),
    createdAt: row.created_at,
    valid: isValid(row),
    resultCode: row.result_code ?? null,
    dossierId: row.dossier_id,
    dossierCode: row.dossier_code ?? null,
    revokedAt: row.kind === 'result' ? (row.revoked_at ?? null) : null,
    timesReused: Number(row.times_reused ?? 0),
    lastReusedAt: row.last_reused_at ?? null,
    downloadUrl: `/api/portal/documents/${row.id}/file`,
  };
}
