import { readFile } from 'node:fs/promises';
import type { ServiceListKind } from '@motcua/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Engine } from '../db/database.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { UnitOfWork } from '../platform/context.ts';
import { newId } from '../platform/ids.ts';
import { enqueueJob } from '../platform/jobs/jobs.ts';
import { insertDecision, updateDecisionRow } from '../modules/catalog/decisions.queries.ts';
import { importBatch } from '../modules/catalog/import/import-records.ts';
import { normaliseDocument, type ProcedureRecord } from '../modules/catalog/procedure-record.ts';
import { findProceduresByCodes, insertAssignments } from '../modules/catalog/procedures.queries.ts';
import { loadDemoEForms } from './e-forms/index.ts';
import { bumpCatalogRevision } from '../modules/catalog/search.queries.ts';
import { expectCatalogChange } from '../modules/catalog/search.service.ts';
import { attachListsToDecision, insertServiceList, publishDecisionLists, replaceServiceListItems } from '../modules/catalog/service-lists.queries.ts';

/** Real provincial and commune procedures of the national portal (2026), converted by catalog-demo-build.ts. */
const DATA_FILE = new URL('./catalog-demo-procedures.json', import.meta.url);
/** A few more records the demo's e-forms need (xác nhận thông tin về cư trú), converted the same way. */
const ADDITIONS_FILE = new URL('./catalog-demo-additions.json', import.meta.url);

interface DemoProcedure {
  ministry: string;
  level: 'province' | 'commune';
  decisionNumber: string | null;
  record: ProcedureRecord;
}

const withDemoEForm = (record: ProcedureRecord, eForms: Map<string, Record<string, unknown>>): ProcedureRecord => {
  const eForm = eForms.get(record.code);
  return eForm ? { ...record, variants: record.variants.map((v) => ({ ...v, eForm })) } : record;
};

/** The department of the demo province that resolves each ministry's provincial procedures. */
const departmentOf: Record<string, string> = { 'bo-tu-phap': 'STP', 'bo-xay-dung': 'SXD', 'bo-nong-nghiep-mt': 'SNNMT', 'bo-tai-chinh': 'STC', 'bo-cong-an': 'CA' };

function unitOfWork(trx: Transaction<DB>, engine: Engine, now: string): UnitOfWork {
  return {
    trx, now,
    audit: (input) => appendAudit(trx, engine, now, input),
    enqueue: (kind, payload, opts) => enqueueJob(trx, now, kind, payload, opts),
  };
}

interface Desk {
  unitId: string;
  kind: ServiceListKind;
  items: { procedureId: string; agencyUnitId: string }[];
}

/**
 * The demo catalog: a few hundred real procedures published under their ministries' decisions, assigned to
 * the province's departments (provincial procedures) and to every commune committee (commune procedures),
 * and the desk lists of the provincial centre and each commune centre published by one provincial decision.
 */
export async function seedDemoCatalog(db: Kysely<DB>, engine: Engine, now: string, provinceCode: string): Promise<{ procedures: number; lists: number }> {
  expectCatalogChange(db);
  const picked = JSON.parse(await readFile(DATA_FILE, 'utf8')) as DemoProcedure[];
  const codes = new Set(picked.map((d) => d.record.code));
  const additions = (JSON.parse(await readFile(ADDITIONS_FILE, 'utf8')) as DemoProcedure[]).filter((d) => !codes.has(d.record.code));
  const demo = [...picked, ...additions];
  const eForms = await loadDemoEForms();
  const system = { kind: 'system' as const, id: null };
  for (let i = 0; i < demo.length; i += 200) {
    const batch = demo.slice(i, i + 200).map((d) => ({ record: withDemoEForm(d.record, eForms), issues: [], decisionNumber: d.decisionNumber }));
    await db.transaction().execute((trx) => importBatch(unitOfWork(trx, engine, now), batch, { publish: true, source: 'import', actor: system }));
  }
  const units = await db.selectFrom('org_units').select(['id', 'code', 'kind', 'level_code']).execute();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const communes = units.filter((u) => u.kind === 'committee' && u.level_code === 'commune');
  const procedures = new Map((await findProceduresByCodes(db, demo.map((d) => d.record.code))).map((p) => [p.code, p]));

  const assignments: DB['procedure_units'][] = [];
  const provincial: Desk = { unitId: byCode.get(`${provinceCode}.TTPVHCC`)!.id, kind: 'received_at_desk', items: [] };
  const online: Desk = { ...provincial, kind: 'online_partial', items: [] };
  const communeDesks = new Map<string, Desk>();
  for (const d of demo) {
    const p = procedures.get(d.record.code)!;
    if (d.level === 'province') {
      const agency = byCode.get(`${provinceCode}.${departmentOf[d.ministry]}`)!;
      assignments.push({ procedure_id: p.id, unit_id: agency.id, role: 'implementing', created_at: now });
      provincial.items.push({ procedureId: p.id, agencyUnitId: agency.id });
      if (d.record.onlineLevel !== 'none') online.items.push({ procedureId: p.id, agencyUnitId: agency.id });
      continue;
    }
    for (const c of communes) {
      assignments.push({ procedure_id: p.id, unit_id: c.id, role: 'implementing', created_at: now });
      const centre = byCode.get(`${c.code}.TTPVHCC`);
      if (!centre) continue;
      const desk = communeDesks.get(centre.id) ?? { unitId: centre.id, kind: 'received_at_desk', items: [] };
      desk.items.push({ procedureId: p.id, agencyUnitId: c.id });
      communeDesks.set(centre.id, desk);
    }
  }
  const desks = [provincial, online, ...communeDesks.values()];
  await db.transaction().execute(async (trx) => {
    await insertAssignments(trx, assignments);
    await bumpCatalogRevision(trx, now);
    const decisionId = newId();
    await insertDecision(trx, {
      id: decisionId, number: `1025/QĐ-UBND`, title: 'Công bố Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh và cấp xã',
      signed_on: '2026-10-20', signer: 'Chủ tịch Ủy ban nhân dân tỉnh', issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi', issuer_level: 'province', effective_on: '2026-10-20',
      legal_basis: JSON.stringify([{ number: '118/2025/NĐ-CP', title: 'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông', issuedOn: '2025-06-09', issuer: 'Chính phủ', effectiveOn: '2025-07-01' }]),
      legal_basis_effective_on: null, status: 'draft', issued_at: null, created_at: now, created_by: null, updated_at: now,
    });
    const listIds: string[] = [];
    for (const desk of desks) {
      const id = newId();
      listIds.push(id);
      await insertServiceList(trx, { id, unit_id: desk.unitId, kind: desk.kind, status: 'draft', decision_id: null, published_at: null, created_at: now, created_by: null, updated_at: now });
      await replaceServiceListItems(trx, id, desk.items.map((it, position) => ({ list_id: id, procedure_id: it.procedureId, position, agency_unit_id: it.agencyUnitId, note: null })));
    }
    await attachListsToDecision(trx, decisionId, listIds);
    await publishDecisionLists(trx, decisionId, now);
    await updateDecisionRow(trx, decisionId, { status: 'issued', issued_at: now });
    await appendAudit(trx, engine, now, {
      actor: system, action: 'system.demo_catalog_seeded', entityType: 'catalog',
      data: { procedures: demo.length, assignments: assignments.length, serviceLists: desks.length, decision: '1025/QĐ-UBND' },
    });
  });
  return { procedures: demo.length, lists: desks.length };
}
