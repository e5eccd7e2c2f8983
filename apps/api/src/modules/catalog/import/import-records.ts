import { checkProcedureRecord, type ImportRecordReport, type ParseIssue } from '@motcua/shared';
import type { UnitOfWork } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { findDecisionsByNumbers, insertDecisions, upsertDecisionItems, type DecisionItemRow, type DecisionRow } from '../decisions.queries.ts';
import { contentHash, searchProjection, searchTermsOf, type ProcedureRecord } from '../procedure-record.ts';
import { ensureSectors, findProceduresByCodes, insertProcedures, replaceSearchTerms, updateProcedure, type ProcedureRow } from '../procedures.queries.ts';
import { bumpCatalogRevision } from '../search.queries.ts';
import { insertVersions, latestVersionFacts, type NewVersion } from '../versions.queries.ts';
import { contractIssues } from './record-limits.ts';

export interface ImportItem {
  record: ProcedureRecord;
  issues: ParseIssue[];
  /** The announcing decision (a ministry's, for national records); used when publishing. */
  decisionNumber: string | null;
  file?: string;
}

export interface ImportOptions {
  /** Publish under the record's decision (national records), or only add draft versions (a package to review). */
  publish: boolean;
  source: 'import' | 'package';
  actor: { kind: 'officer' | 'system'; id: string | null };
  requestId?: string | null;
}

const UNKNOWN_DECISION = 'Không rõ số quyết định';

/** Keeps variant keys stable across versions: the n-th variant keeps the key it had. */
function withStableKeys(record: ProcedureRecord, previous: string[] | undefined): ProcedureRecord {
  const used = new Set<string>();
  const variants = record.variants.map((v, i) => {
    let key = previous?.[i] ?? v.key;
    if (!key || used.has(key)) key = newId();
    used.add(key);
    return { ...v, key };
  });
  return { ...record, variants };
}

/** Decisions named by national records: created once as issued ministry decisions (their dates are not in the data). */
async function decisionsFor(uow: UnitOfWork, numbers: string[]): Promise<Map<string, DecisionRow>> {
  const existing = await findDecisionsByNumbers(uow.trx, numbers);
  const byNumber = new Map(existing.map((d) => [d.number, d]));
  const missing: DecisionRow[] = numbers
    .filter((n) => !byNumber.has(n))
    .map((number) => ({
      id: newId(), number, title: `Quyết định công bố thủ tục hành chính số ${number}`, signed_on: null, signer: null, issuer: null, issuer_level: 'ministry',
      effective_on: null, legal_basis: '[]', legal_basis_effective_on: null, status: 'issued', issued_at: uow.now, created_at: uow.now, created_by: null, updated_at: uow.now,
    }));
  await insertDecisions(uow.trx, missing);
  for (const d of missing) byNumber.set(d.number, d);
  return byNumber;
}

/**
 * Imports a batch of records in the caller's unit of work, idempotent by code: a new code creates a
 * procedure, a changed record adds a version, an identical one changes nothing. With `publish`, each
 * record's version becomes public under its decision, recording completeness as at publication.
 */
export async function importBatch(uow: UnitOfWork, input: ImportItem[], opts: ImportOptions): Promise<ImportRecordReport[]> {
  const refused: ImportRecordReport[] = [];
  const items = [...new Map(input.map((i) => [i.record.code, i])).values()].filter((item) => {
    const issues = contractIssues(item.record);
    if (issues.length > 0) refused.push({ code: item.record.code, ...(item.file ? { file: item.file } : {}), outcome: 'failed', issues: [...item.issues, ...issues] });
    return issues.length === 0;
  });
  const existing = new Map((await findProceduresByCodes(uow.trx, items.map((i) => i.record.code))).map((p) => [p.code, p]));
  const facts = await latestVersionFacts(uow.trx, [...existing.values()].map((p) => p.latest_version_id!));
  await ensureSectors(uow.trx, items.map((i) => i.record.sector), uow.now);
  const decisions = opts.publish ? await decisionsFor(uow, [...new Set(items.map((i) => i.decisionNumber ?? UNKNOWN_DECISION))]) : new Map<string, DecisionRow>();

  const reports: ImportRecordReport[] = [...refused];
  const newRows: ProcedureRow[] = [];
  const versions: NewVersion[] = [];
  const pointers: { id: string; patch: Partial<ProcedureRow> }[] = [];
  const terms = new Map<string, { term: string; in_name: number }[]>();
  const decisionItems: DecisionItemRow[] = [];

  for (const item of items) {
    const before = existing.get(item.record.code);
    // The national record does not know which local unit owns it: ownership stays as it was.
    const record = withStableKeys({ ...item.record, ownerUnitId: before?.owner_unit_id ?? null }, before ? facts.keys.get(before.latest_version_id!) : undefined);
    const unchanged = before && facts.hashes.get(before.latest_version_id!) === contentHash(record);
    const alreadyPublic = before && before.current_version_id === before.latest_version_id;
    const report = { code: record.code, ...(item.file ? { file: item.file } : {}), issues: item.issues };
    if (unchanged && (!opts.publish || alreadyPublic)) {
      reports.push({ ...report, outcome: 'unchanged' });
      continue;
    }
    const procedureId = before?.id ?? newId();
    let versionId = before?.latest_version_id ?? null;
    let number = before?.latest_version_number ?? 0;
    if (!unchanged) {
      versionId = newId();
      number += 1;
      versions.push({ id: versionId, procedureId, number, source: opts.source, changeNote: null, createdAt: uow.now, createdBy: opts.actor.kind === 'officer' ? opts.actor.id : null, record, importIssues: item.issues });
    }
    if (!before) {
      newRows.push({
        id: procedureId, code: record.code, status: 'draft', owner_unit_id: record.ownerUnitId, latest_version_id: null, latest_version_number: number, current_version_id: null,
        current_version_number: null, replaced_by_procedure_id: null, first_published_at: null, published_at: null, ...searchProjection(record), created_at: uow.now, updated_at: uow.now,
      });
    }
    const patch: Partial<ProcedureRow> = { latest_version_id: versionId, latest_version_number: number, updated_at: uow.now };
    if (opts.publish) {
      const wasInForce = before && (before.status === 'published' || before.status === 'amended');
      Object.assign(patch, {
        status: wasInForce ? 'amended' : 'published', current_version_id: versionId, current_version_number: number, published_at: uow.now,
        first_published_at: before?.first_published_at ?? uow.now, ...searchProjection(record),
      });
      terms.set(procedureId, searchTermsOf(record));
      const check = checkProcedureRecord(record);
      decisionItems.push({
        decision_id: decisions.get(item.decisionNumber ?? UNKNOWN_DECISION)!.id, procedure_id: procedureId, position: 0, action: wasInForce ? 'amended' : 'new',
        replaced_by_procedure_id: null, version_id: versionId, published_at: uow.now, incomplete: check.complete ? 0 : 1, missing: JSON.stringify(check.missing),
      });
    } else if (!before || before.current_version_id === null) {
      Object.assign(patch, searchProjection(record));
    }
    pointers.push({ id: procedureId, patch });
    reports.push({ ...report, outcome: before ? 'updated' : 'created' });
  }

  await insertProcedures(uow.trx, newRows);
  await insertVersions(uow.trx, versions);
  for (const p of pointers) await updateProcedure(uow.trx, p.id, p.patch);
  await replaceSearchTerms(uow.trx, terms);
  await upsertDecisionItems(uow.trx, decisionItems);
  if (terms.size > 0) await bumpCatalogRevision(uow.trx, uow.now);
  const count = (o: string) => reports.filter((r) => r.outcome === o).length;
  await uow.audit({
    actor: opts.actor, action: opts.source === 'package' ? 'catalog.package_imported' : 'catalog.imported', entityType: 'catalog',
    data: { records: reports.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), published: opts.publish, codes: reports.filter((r) => r.outcome === 'created' || r.outcome === 'updated').map((r) => r.code) },
    requestId: opts.requestId ?? null,
  });
  return reports;
}
