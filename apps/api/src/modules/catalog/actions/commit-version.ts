import type { Actor } from '../../../platform/auth/actor.ts';
import type { UnitOfWork } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { contentHash, searchProjection, type ProcedureRecord } from '../procedure-record.ts';
import { updateProcedure, type ProcedureRow } from '../procedures.queries.ts';
import { validateRecord } from '../record-input.ts';
import { insertVersions, loadVersion } from '../versions.queries.ts';

export interface CommitOptions {
  baseVersion: number;
  changeNote: string | null;
  /** What the officer did, for the audit entry, e.g. 'procedure.updated', 'procedure.variant_saved'. */
  action: string;
  requestId: string;
  variantPath?: (i: number) => string;
}

/**
 * Every change to a procedure is a new immutable version on top of the latest one. The edit must be based
 * on the latest version (else 409: someone else changed it first); an edit that changes nothing adds nothing.
 */
export async function commitVersion(uow: UnitOfWork, actor: Actor, procedure: ProcedureRow, record: ProcedureRecord, opts: CommitOptions): Promise<ProcedureRow> {
  if (opts.baseVersion !== procedure.latest_version_number) {
    throw new AppError('CONFLICT', {
      detail: `Thủ tục đã được sửa thành phiên bản ${procedure.latest_version_number}; hãy tải lại trước khi sửa tiếp.`,
      extensions: { latestVersion: procedure.latest_version_number },
    });
  }
  await validateRecord(uow.trx, actor.id, record, uow.now, opts.variantPath ?? ((i) => `body.variants.${i}`));
  const latest = procedure.latest_version_id ? await loadVersion(uow.trx, procedure.latest_version_id) : undefined;
  if (latest && latest.row.content_hash === contentHash(record)) return procedure;

  const versionId = newId();
  const number = procedure.latest_version_number + 1;
  await insertVersions(uow.trx, [{ id: versionId, procedureId: procedure.id, number, source: 'edit', changeNote: opts.changeNote, createdAt: uow.now, createdBy: actor.id, record }]);
  const patch: Partial<ProcedureRow> = {
    latest_version_id: versionId,
    latest_version_number: number,
    owner_unit_id: record.ownerUnitId,
    updated_at: uow.now,
    // Until first published, the row shows the draft; afterwards it keeps showing the public version.
    ...(procedure.current_version_id === null ? searchProjection(record) : {}),
  };
  await updateProcedure(uow.trx, procedure.id, patch);
  await uow.audit({
    actor: { kind: 'officer', id: actor.id }, action: opts.action, entityType: 'procedure', entityId: procedure.id, orgUnitId: record.ownerUnitId,
    data: { code: procedure.code, version: number, changeNote: opts.changeNote }, requestId: opts.requestId,
  });
  return { ...procedure, ...patch };
}
