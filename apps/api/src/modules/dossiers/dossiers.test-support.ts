import { readFile } from 'node:fs/promises';
import type { ReceiveDossierBody, WorkflowStep } from '@motcua/shared';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { withUnitOfWork } from '../../platform/context.ts';
import { createOfficer, createOrgUnit, createProvince } from '../../test/factories.ts';
import type { Engine } from '../../db/database.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { importBatch } from '../catalog/import/import-records.ts';
import type { ProcedureRecord } from '../catalog/procedure-record.ts';
import { insertAssignments } from '../catalog/procedures.queries.ts';
import { defaultTemplateSteps } from '../../seed/default-workflow-seed.ts';

const DEMO = new URL('../../seed/catalog-demo-procedures.json', import.meta.url);

/** The demo's Sở Tư pháp procedure: 5 working days, three required documents. */
export const PROCEDURE_CODE = '1.000426';

export const demoSteps: WorkflowStep[] = [
  { key: 's1', kind: 'receive', name: 'Tiếp nhận hồ sơ', actorRole: 'desk_officer', unitId: null, budget: { value: 4, unit: 'working_hours' }, sendBackTo: null, handOff: null },
  { key: 's2', kind: 'transfer', name: 'Chuyển hồ sơ đến Sở Tư pháp', actorRole: 'desk_officer', unitId: null, budget: { value: 4, unit: 'working_hours' }, sendBackTo: null, handOff: null },
  { key: 's3', kind: 'appraise', name: 'Thẩm định hồ sơ', actorRole: 'specialist', unitId: null, budget: { value: 2, unit: 'working_days' }, sendBackTo: null, handOff: null },
  { key: 's4', kind: 'approve', name: 'Lãnh đạo phòng phê duyệt', actorRole: 'leader', unitId: null, budget: { value: 1, unit: 'working_days' }, sendBackTo: 's3', handOff: null },
  { key: 's5', kind: 'sign', name: 'Lãnh đạo Sở ký', actorRole: 'leader', unitId: null, budget: { value: 4, unit: 'working_hours' }, sendBackTo: 's3', handOff: null },
  { key: 's6', kind: 'issue_result', name: 'Ban hành, chuyển kết quả', actorRole: 'specialist', unitId: null, budget: { value: 4, unit: 'working_hours' }, sendBackTo: null, handOff: null },
  { key: 's7', kind: 'return', name: 'Trả kết quả', actorRole: 'desk_officer', unitId: null, budget: { value: 4, unit: 'working_hours' }, sendBackTo: null, handOff: null },
];

export interface DossierWorld {
  units: Awaited<ReturnType<typeof createProvince>> & { centre: DB['org_units']; communeCentre: DB['org_units'] };
  procedureId: string;
  officers: Record<string, string>;
  desk: Session;
  communeDesk: Session;
  specialist: Session;
  specialist2: Session;
  leader: Session;
  otherLeader: Session;
  viewer: Session;
  control: Session;
}

export async function loadDemoRecord(code: string): Promise<ProcedureRecord> {
  const all = JSON.parse(await readFile(DEMO, 'utf8')) as { record: ProcedureRecord }[];
  return all.find((p) => p.record.code === code)!.record;
}

/** Publishes a real procedure and assigns it to an agency, as the catalog would. */
export async function publishProcedure(t: TestApp, record: ProcedureRecord, agencyIds: string[]): Promise<string> {
  return withUnitOfWork(t.ctx, async (uow) => {
    await importBatch(uow, [{ record, issues: [], decisionNumber: '1853/QĐ-BTP' }], { publish: true, source: 'import', actor: { kind: 'system', id: null } });
    const p = await uow.trx.selectFrom('procedures').select('id').where('code', '=', record.code).executeTakeFirstOrThrow();
    await insertAssignments(uow.trx, agencyIds.map((unit_id) => ({ procedure_id: p.id, unit_id, role: 'implementing', created_at: uow.now })));
    return p.id;
  });
}

/** An approved workflow, written as the workflow module stores it. */
export async function approveWorkflow(db: Kysely<DB>, procedureId: string, agencyId: string, steps: WorkflowStep[] = demoSteps): Promise<string> {
  const workflowId = newId();
  const versionId = newId();
  const at = '2026-11-01T00:00:00.000Z';
  await db.insertInto('workflows').values({
    id: workflowId, procedure_id: procedureId, level: null, variant_key: '*', agency_unit_id: agencyId, name: 'Quy trình cấp thẻ tư vấn viên pháp luật',
    approved_version_id: null, approved_version_number: null, latest_version_number: 1, revision: 1, created_at: at, updated_at: at,
  }).execute();
  await db.insertInto('workflow_versions').values({
    id: versionId, workflow_id: workflowId, number: 1, status: 'approved', steps: JSON.stringify(steps), total_budget_hours: 40,
    legal_limit_value: 5, legal_limit_unit: 'working_days', change_note: null, created_by: null, created_at: at, submitted_by: null, submitted_at: at,
    decided_by: null, decided_at: at, decision_note: null,
  }).execute();
  await db.updateTable('workflows').set({ approved_version_id: versionId, approved_version_number: 1 }).where('id', '=', workflowId).execute();
  return versionId;
}

/** The province's approved default workflows (province and commune level), as the demo seeds them. */
export async function approveDefaultWorkflows(db: Kysely<DB>, rootUnitId: string): Promise<Record<'province' | 'commune', string>> {
  const at = '2026-11-01T00:00:00.000Z';
  const ids = { province: newId(), commune: newId() };
  for (const level of ['province', 'commune'] as const) {
    const workflowId = newId();
    const steps = defaultTemplateSteps(level);
    await db.insertInto('workflows').values({
      id: workflowId, procedure_id: null, level, variant_key: '*', agency_unit_id: rootUnitId, name: level === 'province' ? 'Quy trình mặc định cấp tỉnh' : 'Quy trình mặc định cấp xã',
      approved_version_id: null, approved_version_number: null, latest_version_number: 1, revision: 1, created_at: at, updated_at: at,
    }).execute();
    await db.insertInto('workflow_versions').values({
      id: ids[level], workflow_id: workflowId, number: 1, status: 'approved', steps: JSON.stringify(steps), total_budget_hours: level === 'province' ? 40 : 32,
      legal_limit_value: null, legal_limit_unit: null, change_note: null, created_by: null, created_at: at, submitted_by: null, submitted_at: at,
      decided_by: null, decided_at: at, decision_note: null,
    }).execute();
    await db.updateTable('workflows').set({ approved_version_id: ids[level], approved_version_number: 1 }).where('id', '=', workflowId).execute();
  }
  return ids;
}

export async function dossierWorld(t: TestApp, opts: { workflow?: boolean; defaults?: boolean } = {}): Promise<DossierWorld> {
  const db = t.ctx.db;
  const base = await createProvince(db);
  const centre = await createOrgUnit(db, { parent: base.province, code: '51.TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'service_centre' });
  const communeCentre = await createOrgUnit(db, { parent: base.commune, code: '23293.TTPVHCC', name: 'Trung tâm Phục vụ hành chính công phường', kind: 'service_centre', level_code: 'commune' });
  const units = { ...base, centre, communeCentre };
  const people: [string, 'desk_officer' | 'specialist' | 'leader' | 'viewer' | 'control_officer', DB['org_units']][] = [
    ['desk', 'desk_officer', centre], ['communedesk', 'desk_officer', communeCentre], ['specialist', 'specialist', base.justice], ['specialist2', 'specialist', base.justice],
    ['leader', 'leader', base.justice], ['otherleader', 'leader', base.construction], ['viewer', 'viewer', base.justice], ['control', 'control_officer', base.province],
  ];
  const officers: Record<string, string> = {};
  for (const [username, role, unit] of people) {
    const o = await createOfficer(db, { username, roles: [{ role, unit }], fullName: `Cán bộ ${username}` });
    officers[username] = o.id;
  }
  const procedureId = await publishProcedure(t, await loadDemoRecord(PROCEDURE_CODE), [base.justice.id]);
  if (opts.workflow !== false) await approveWorkflow(db, procedureId, base.justice.id);
  if (opts.defaults !== false) await approveDefaultWorkflows(db, base.province.id);
  const sessions = await Promise.all(people.map(([u]) => logInAs(t.app, u)));
  const [desk, communeDesk, specialist, specialist2, leader, otherLeader, viewer, control] = sessions as Session[];
  return { units, procedureId, officers, desk: desk!, communeDesk: communeDesk!, specialist: specialist!, specialist2: specialist2!, leader: leader!, otherLeader: otherLeader!, viewer: viewer!, control: control! };
}

/** Sessions that outlive the clock jumps of a test file. */
export const LONG_SESSIONS = { SESSION_IDLE_MINUTES: '1000000', SESSION_ABSOLUTE_HOURS: '100000' };

/** A test app on the engine with the dossier world, its clock set to `at` (an instant). */
export async function startDossierWorld(engine: Engine, at: string, env: Record<string, string> = LONG_SESSIONS): Promise<{ t: TestApp; w: DossierWorld }> {
  const t = await createTestApp(engine, env);
  t.clock.set(new Date(at));
  return { t, w: await dossierWorld(t) };
}

export function receiptBody(world: DossierWorld, overrides: Partial<ReceiveDossierBody> = {}): ReceiveDossierBody {
  return {
    procedureId: world.procedureId,
    variantKey: 'v1',
    channel: 'in_person',
    applicant: { kind: 'individual', fullName: 'Nguyễn Thị Hồng Nhung', citizenId: '051190001234', phone: '0912345678', email: null, address: 'Phường Cẩm Thành, tỉnh Quảng Ngãi' },
    requestSummary: 'Đề nghị cấp thẻ tư vấn viên pháp luật',
    sets: 1,
    onTheSpot: false,
    documents: [
      { requirement: 0, name: 'Giấy xác nhận về thời gian công tác pháp luật của người được đề nghị', originals: 1, copies: 0 },
      { requirement: 1, name: 'Giấy đề nghị cấp Thẻ tư vấn viên pháp luật', originals: 1, copies: 0 },
      { requirement: 2, name: 'Bản sao Bằng cử nhân luật', originals: 0, copies: 1 },
    ],
    cases: {},
    ...overrides,
  };
}

export async function receive(t: TestApp, world: DossierWorld, overrides: Partial<ReceiveDossierBody> = {}, session = world.desk) {
  return t.app.inject({ method: 'POST', url: '/api/dossiers', headers: session.headers, payload: receiptBody(world, overrides) });
}

export async function act(t: TestApp, session: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const current = await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: session.headers });
  const version = current.statusCode === 200 ? (current.json().version as number) : 1;
  return t.app.inject({ method: 'POST', url: `/api/dossiers/${id}/actions/${action}`, headers: session.headers, payload: { expectedVersion: version, ...body } });
}

/** The action, which must succeed: the dossier's view after it. */
export async function actOk(t: TestApp, session: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await act(t, session, id, action, body);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json();
}

export type DossierStep = [Session, string, Record<string, unknown>];

/** The demo workflow from the desk's transfer to the issued result, each step by the officer who holds it. */
export const stepsToIssuedResult = (w: DossierWorld, title = 'Thẻ tư vấn viên pháp luật'): DossierStep[] => [
  [w.desk, 'transfer', {}], [w.leader, 'assign', { assigneeId: w.officers.specialist }], [w.specialist, 'start_step', {}],
  [w.specialist, 'request_approval', { assigneeId: w.officers.leader }], [w.leader, 'approve', {}], [w.leader, 'sign', {}],
  [w.specialist, 'issue_result', { result: { title } }],
];

/** Takes the dossier through `steps` in order; each must succeed. */
export async function walk(t: TestApp, id: string, steps: DossierStep[]): Promise<void> {
  for (const [session, action, body] of steps) {
    const res = await act(t, session, id, action, body);
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  }
}

/** The dossier page as an officer sees it. */
export async function view(t: TestApp, session: Session, id: string) {
  const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: session.headers });
  if (res.statusCode !== 200) throw new Error(`GET dossier ${id}: ${res.statusCode} ${res.body}`);
  return res.json();
}
