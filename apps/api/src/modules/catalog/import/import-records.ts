import { checkProcedureRecord, type DocumentClassificationReport, type ImportRecordReport, type ParseIssue } from '@motcua/shared';
import type { UnitOfWork } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { findDecisionsByNumbers, insertDecisions, upsertDecisionItems, type DecisionItemRow, type DecisionRow } from '../decisions.queries.ts';
import { insertNationalUpdates, supersedePending, type NationalUpdateRow } from '../national-updates.queries.ts';
import { contentHash, searchProjection, searchTermsOf, withNormalisedDocuments, type ProcedureRecord } from '../procedure-record.ts';
import { ensureSectors, findProceduresByCodes, insertProcedures, replaceSearchTerms, updateProcedure, type ProcedureRow } from '../procedures.queries.ts';
import { bumpCatalogRevision } from '../search.queries.ts';
import { insertVersions, type NewVersion } from '../versions.queries.ts';
import { withStableKeys } from './merge-national.ts';
import { planRecord, loadPlanningFacts, type Plan } from './plan-import.ts';
import { contractIssues } from './record-limits.ts';

export interface ImportItem {
  record: ProcedureRecord;
  issues: ParseIssue[];
  /** The announcing decision (a ministry's, for national records); used when publishing. */
  decisionNumber: string | null;
  file?: string;
  /** How the import classified the record's document lines (crawler records). */
  classification?: DocumentClassificationReport;
}

export interface ImportOptions {
  /** Publish under the record's decision (national records), or only add draft versions (a package to review). */
  publish: boolean;
  /**
   * `import` (national crawler records) and `package` (the national database's package) are national data,
   * merged with what the province changed; `spreadsheet` is the province's own catalog edited in Excel.
   */
  source: 'import' | 'package' | 'spreadsheet';
  actor: { kind: 'officer' | 'system'; id: string | null };
  requestId?: string | null;
}

export const UNKNOWN_DECISION = 'Không rõ số quyết định';

/** Decisions named by national records: created once as issued ministry decisions (their dates are not in the data). */
export async function decisionsFor(uow: UnitOfWork, numbers: string[]): Promise<Map<string, DecisionRow>> {
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

interface Batch {
  newRows: ProcedureRow[];
  versions: NewVersion[];
  pointers: { id: string; patch: Partial<ProcedureRow> }[];
  terms: Map<string, { term: string; in_name: number }[]>;
  decisionItems: DecisionItemRow[];
  updates: NationalUpdateRow[];
}

/** The decision item that makes a version public under the record's (ministry) decision. */
export function publicationItem(decisionId: string, procedureId: string, versionId: string, record: ProcedureRecord, amended: boolean, now: string): DecisionItemRow {
  const check = checkProcedureRecord(record);
  return {
    decision_id: decisionId, procedure_id: procedureId, position: 0, action: amended ? 'amended' : 'new',
    replaced_by_procedure_id: null, version_id: versionId, published_at: now, incomplete: check.complete ? 0 : 1, missing: JSON.stringify(check.missing),
  };
}

function newVersion(uow: UnitOfWork, opts: ImportOptions, procedureId: string, number: number, record: ProcedureRecord, issues: ParseIssue[], merged = false): NewVersion {
  const source = merged || opts.source === 'spreadsheet' ? 'edit' : opts.source;
  const changeNote = merged ? 'Hợp nhất bản quốc gia mới với phần tỉnh đã bổ sung, sửa' : null;
  return { id: newId(), procedureId, number, source, changeNote, createdAt: uow.now, createdBy: opts.actor.kind === 'officer' ? opts.actor.id : null, record, importIssues: merged ? null : issues };
}

/** Writes what one record's plan says: versions, pointers, publication or a pending review. */
function apply(uow: UnitOfWork, b: Batch, item: ImportItem, plan: Exclude<Plan, { kind: 'unchanged' }>, opts: ImportOptions, decisions: Map<string, DecisionRow>): void {
  const before = plan.before;
  const procedureId = before?.id ?? newId();
  let number = before?.latest_version_number ?? 0;
  let head: NewVersion | undefined;
  if (plan.kind !== 'republish') {
    head = newVersion(uow, opts, procedureId, ++number, plan.record, item.issues);
    b.versions.push(head);
  }
  if (plan.kind === 'review') {
    const national = head!;
    if (plan.merged) {
      head = newVersion(uow, opts, procedureId, ++number, plan.merged.record, item.issues, true);
      b.versions.push(head);
    }
    b.updates.push({
      id: newId(), procedure_id: procedureId, status: 'pending', base_version_id: plan.baseVersionId, previous_version_id: before!.latest_version_id!,
      national_version_id: national.id, merged_version_id: head!.id, decision_number: item.decisionNumber, conflicts: JSON.stringify(plan.merged?.conflicts ?? []),
      kept: JSON.stringify(plan.merged?.kept ?? []), created_at: uow.now, decided_at: null, decided_by: null,
    });
  }
  const versionId = head?.id ?? before!.latest_version_id!;
  const record = head?.record ?? plan.record;
  if (!before) {
    b.newRows.push({
      id: procedureId, code: record.code, status: 'draft', owner_unit_id: record.ownerUnitId, latest_version_id: null, latest_version_number: number, current_version_id: null,
      current_version_number: null, replaced_by_procedure_id: null, first_published_at: null, published_at: null, ...searchProjection(record), created_at: uow.now, updated_at: uow.now,
    });
  }
  const patch: Partial<ProcedureRow> = { latest_version_id: versionId, latest_version_number: number, updated_at: uow.now };
  if (opts.publish && plan.kind !== 'review') {
    const wasInForce = !!before && (before.status === 'published' || before.status === 'amended');
    Object.assign(patch, {
      status: wasInForce ? 'amended' : 'published', current_version_id: versionId, current_version_number: number, published_at: uow.now,
      first_published_at: before?.first_published_at ?? uow.now, ...searchProjection(record),
    });
    b.terms.set(procedureId, searchTermsOf(record));
    b.decisionItems.push(publicationItem(decisions.get(item.decisionNumber ?? UNKNOWN_DECISION)!.id, procedureId, versionId, record, wasInForce, uow.now));
  } else if (!before || before.current_version_id === null) {
    Object.assign(patch, searchProjection(record));
  }
  b.pointers.push({ id: procedureId, patch });
}

/**
 * Imports a batch of records in the caller's unit of work, idempotent by code: a new code creates a
 * procedure, a changed record adds a version, an identical one changes nothing. A national record is
 * compared with the last national version, not with the province's edits: what the province added or
 * corrected is carried forward (a three-way merge), and a procedure the province adopted or edited is not
 * published at once but waits as a pending national update for the control officer. Otherwise, with
 * `publish`, each record's version becomes public under its decision, recording completeness as at publication.
 */
export async function importBatch(uow: UnitOfWork, input: ImportItem[], opts: ImportOptions): Promise<ImportRecordReport[]> {
  // Records written before document kinds existed (files, the demo data) get their kinds derived; records the contracts
  // would refuse are reported as failed instead of being stored.
  const refused: ImportRecordReport[] = [];
  const items = [...new Map(input.map((i) => [i.record.code, { ...i, record: withNormalisedDocuments(i.record) }])).values()].filter((item) => {
    const issues = contractIssues(item.record);
    if (issues.length > 0) refused.push({ code: item.record.code, ...(item.file ? { file: item.file } : {}), outcome: 'failed', issues: [...item.issues, ...issues] });
    return issues.length === 0;
  });
  const existing = new Map((await findProceduresByCodes(uow.trx, items.map((i) => i.record.code))).map((p) => [p.code, p]));
  const facts = await loadPlanningFacts(uow.trx, items, existing, opts.source !== 'spreadsheet');
  await ensureSectors(uow.trx, items.map((i) => i.record.sector), uow.now);
  const decisions = opts.publish ? await decisionsFor(uow, [...new Set(items.map((i) => i.decisionNumber ?? UNKNOWN_DECISION))]) : new Map<string, DecisionRow>();

  const b: Batch = { newRows: [], versions: [], pointers: [], terms: new Map(), decisionItems: [], updates: [] };
  const reports: ImportRecordReport[] = [...refused];
  for (const item of items) {
    const before = existing.get(item.record.code);
    const plan = before ? planRecord(item.record, before, facts, opts) : { kind: 'create' as const, before: undefined, record: withStableKeys(item.record, []) };
    const report = { code: item.record.code, ...(item.file ? { file: item.file } : {}), issues: item.issues, ...(item.classification ? { classification: item.classification } : {}) };
    if (plan.kind === 'unchanged') {
      reports.push({ ...report, outcome: 'unchanged' });
      continue;
    }
    apply(uow, b, item, plan, opts, decisions);
    const review = plan.kind === 'review' ? { pendingReview: true } : {};
    reports.push({ ...report, outcome: before ? 'updated' : 'created', ...review });
  }

  await insertProcedures(uow.trx, b.newRows);
  await insertVersions(uow.trx, b.versions);
  for (const p of b.pointers) await updateProcedure(uow.trx, p.id, p.patch);
  await replaceSearchTerms(uow.trx, b.terms);
  await upsertDecisionItems(uow.trx, b.decisionItems);
  await supersedePending(uow.trx, b.updates.map((u) => u.procedure_id), uow.now);
  await insertNationalUpdates(uow.trx, b.updates);
  if (b.terms.size > 0) await bumpCatalogRevision(uow.trx, uow.now);
  const count = (o: string) => reports.filter((r) => r.outcome === o).length;
  await uow.audit({
    actor: opts.actor, action: opts.source === 'import' ? 'catalog.imported' : 'catalog.package_imported', entityType: 'catalog',
    data: {
      records: reports.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), published: opts.publish,
      pendingReview: b.updates.length, codes: reports.filter((r) => r.outcome === 'created' || r.outcome === 'updated').map((r) => r.code),
    },
    requestId: opts.requestId ?? null,
  });
  return reports;
}
