import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUnitOfWork } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { adoptAll, catalogWorld, importFixtures, type CatalogWorld } from './catalog.test-support.ts';
import { importBatch } from './import/import-records.ts';
import type { ProcedureRecord, VariantRecord } from './procedure-record.ts';
import { insertServiceList, replaceServiceListItems } from './service-lists.queries.ts';

const DEMO = new URL('../../seed/catalog-demo-procedures.json', import.meta.url);
const CODE = '1.000426';
const VARIANT = 'Cấp thẻ tư vấn viên pháp luật';
const RENEWAL = 'Cấp lại Thẻ tư vấn viên pháp luật do bị mất, hư hỏng';
const E_FORM = { type: 'object', title: 'Giấy đề nghị cấp Thẻ tư vấn viên pháp luật', required: ['fullName'], properties: { fullName: { type: 'string', title: 'Họ và tên' } } };
const PROVINCE_CONDITIONS = 'Có Bằng cử nhân luật và thời gian công tác pháp luật từ ba năm trở lên (Điều 19 Nghị định 77/2008/NĐ-CP).';
const NATIONAL_CONDITIONS = 'Có Bằng cử nhân luật; có thời gian công tác pháp luật từ hai năm trở lên.';
const NATIONAL_STEPS = 'Người đề nghị nộp hồ sơ đến Sở Tư pháp; trong 05 ngày làm việc Sở Tư pháp cấp Thẻ.';

async function nationalRecord(): Promise<ProcedureRecord> {
  const all = JSON.parse(await readFile(DEMO, 'utf8')) as { record: ProcedureRecord }[];
  return all.find((p) => p.record.code === CODE)!.record;
}

describe.each(testEngines())('a new national version of a procedure the province worked on, on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  let first: ProcedureRecord;
  let procedureId: string;
  let updateId: string;

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, headers = w.control.headers) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const importRecords = (records: ProcedureRecord[]) =>
    withUnitOfWork(t.ctx, (uow) =>
      importBatch(uow, records.map((record) => ({ record, issues: [], decisionNumber: '1853/QĐ-BTP' })), { publish: true, source: 'import', actor: { kind: 'system', id: null } }),
    );
  const versionCount = async () => (await t.ctx.db.selectFrom('procedure_versions').select('id').where('procedure_id', '=', procedureId).execute()).length;
  /** The ministry's second version: steps and conditions changed, a renewal case inserted before the existing one. */
  const secondNational = (): ProcedureRecord => {
    const renewal: VariantRecord = { ...first.variants[0]!, key: 'v1', name: RENEWAL, documents: [first.variants[0]!.documents[1]!] };
    return { ...first, steps: NATIONAL_STEPS, conditions: NATIONAL_CONDITIONS, variants: [renewal, { ...first.variants[0]!, key: 'v2' }] };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
    first = await nationalRecord();
    await importRecords([first]);
    procedureId = (await t.ctx.db.selectFrom('procedures').select('id').where('code', '=', CODE).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('lets the province add its e-form, correct a document, edit the conditions and adopt the procedure', async () => {
    const variant = (await api('GET', `/api/catalog/procedures/${procedureId}`)).json().variants[0];
    const documents = variant.documents.map((d: { name: string }, i: number) => (i === 0 ? { ...d, copies: 1, name: 'Giấy xác nhận thời gian công tác pháp luật' } : d));
    const saved = await api('PUT', `/api/catalog/procedures/${procedureId}/variants/v1`, { ...variant, documents, eForm: E_FORM, baseVersion: 1, changeNote: 'Biểu mẫu điện tử' });
    expect(saved.statusCode).toBe(200);
    const edited = await api('PATCH', `/api/catalog/procedures/${procedureId}`, { baseVersion: 2, conditions: PROVINCE_CONDITIONS });
    expect(edited.json()).toMatchObject({ version: { number: 3 }, conditions: PROVINCE_CONDITIONS });
    const decision = (await api('POST', '/api/catalog/decisions', {
      number: '200/QĐ-UBND', title: 'Công bố thủ tục hành chính lĩnh vực tư vấn pháp luật', signedOn: '2026-11-02', signer: 'Nguyễn Văn A', effectiveOn: '2026-11-02',
      legalBasisEffectiveOn: null, items: [{ procedureId, action: 'amended' }],
    })).json();
    expect((await api('POST', `/api/catalog/decisions/${decision.id}/issue`, { acknowledgeIncomplete: true })).statusCode).toBe(200);
    expect((await api('PUT', `/api/catalog/procedures/${procedureId}/units`, { units: [{ unitId: w.units.justice.id, role: 'implementing' }] })).statusCode).toBe(200);
    const now = t.clock.now().toISOString();
    await t.ctx.db.insertInto('workflows').values({
      id: 'wf-stp', procedure_id: procedureId, variant_key: 'v1', agency_unit_id: w.units.justice.id, name: 'Quy trình cấp thẻ tư vấn viên pháp luật',
      approved_version_id: null, approved_version_number: null, latest_version_number: 1, revision: 1, created_at: now, updated_at: now,
    }).execute();
    const listId = newId();
    await insertServiceList(t.ctx.db, { id: listId, unit_id: w.units.justice.id, kind: 'received_at_desk', status: 'published', decision_id: null, published_at: now, created_at: now, created_by: null, updated_at: now });
    await replaceServiceListItems(t.ctx.db, listId, [{ list_id: listId, procedure_id: procedureId, position: 0, agency_unit_id: w.units.justice.id, note: null }]);
    expect((await api('GET', `/api/procedures/${CODE}`)).json()).toMatchObject({ version: { number: 3 }, conditions: PROVINCE_CONDITIONS, variants: [{ key: 'v1', eForm: E_FORM }] });
  });

  it('holds the new national version for review: the public version does not change', async () => {
    const [report] = await importRecords([secondNational()]);
    expect(report).toMatchObject({ code: CODE, outcome: 'updated', pendingReview: true });
    expect(report!.issues).toEqual([]);
    const pub = (await api('GET', `/api/procedures/${CODE}`)).json();
    expect(pub).toMatchObject({ version: { number: 3 }, steps: first.steps, conditions: PROVINCE_CONDITIONS });
    expect(pub.variants).toHaveLength(1);
  });

  it('merges: the e-form, the document correction and the conditions of the province stay, the ministry steps and new case arrive', async () => {
    const head = (await api('GET', `/api/catalog/procedures/${procedureId}`)).json();
    expect(head).toMatchObject({ version: { number: 5 }, currentVersionNumber: 3, pendingChanges: true, steps: NATIONAL_STEPS, conditions: PROVINCE_CONDITIONS });
    expect(head.variants.map((v: { name: string }) => v.name)).toEqual([RENEWAL, VARIANT]);
    const [renewal, original] = head.variants;
    expect(original.key).toBe('v1');
    expect(renewal.key).not.toBe('v1');
    expect(original.eForm).toEqual(E_FORM);
    expect(original.documents[0]).toMatchObject({ name: 'Giấy xác nhận thời gian công tác pháp luật', copies: 1 });
    expect(renewal.eForm).toBeNull();
    const versions = (await api('GET', `/api/catalog/procedures/${procedureId}/versions`)).json().items;
    expect(versions.map((v: { number: number; source: string }) => [v.number, v.source])).toEqual([[5, 'edit'], [4, 'import'], [3, 'edit'], [2, 'edit'], [1, 'import']]);
  });

  it('lists the pending national update with its count, and shows the differences', async () => {
    const page = (await api('GET', '/api/catalog/national-updates')).json();
    expect(page).toMatchObject({ total: 1, items: [{ code: CODE, status: 'pending', decisionNumber: '1853/QĐ-BTP', conflictCount: 1, baseVersion: 1, nationalVersion: 4, mergedVersion: 5, currentVersion: 3 }] });
    updateId = page.items[0].id;
    const detail = (await api('GET', `/api/catalog/national-updates/${updateId}`)).json();
    expect(detail.nationalChanges.map((c: { path: string; kind: string }) => `${c.kind} ${c.path}`).sort()).toEqual(
      ['added variants[Cấp lại Thẻ tư vấn viên pháp luật do bị mất, hư hỏng]', 'changed conditions', 'changed steps'],
    );
    expect(detail.conflicts).toEqual([{ path: 'conditions', ours: PROVINCE_CONDITIONS, theirs: NATIONAL_CONDITIONS }]);
    expect(detail.kept).toEqual([`variants[${VARIANT}].documents`, `variants[${VARIANT}].eForm`]);
    expect(detail.publicChanges.map((c: { path: string }) => c.path)).toContain('steps');
    expect(detail.publicChanges.map((c: { path: string }) => c.path)).not.toContain('conditions');
  });

  it('lets only the catalog editors see and decide national updates', async () => {
    expect((await api('GET', '/api/catalog/national-updates', undefined, w.desk.headers)).statusCode).toBe(403);
    expect((await api('POST', `/api/catalog/national-updates/${updateId}/accept`, {}, w.desk.headers)).statusCode).toBe(403);
    expect((await api('POST', `/api/catalog/national-updates/${updateId}/accept`, {}, w.communeControl.headers)).statusCode).toBe(403);
  });

  it('publishes the merged version when the control officer accepts, with an audit entry', async () => {
    const res = await api('POST', `/api/catalog/national-updates/${updateId}/accept`, { note: 'Đã đối chiếu' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', decidedAt: t.clock.now().toISOString() });
    const pub = (await api('GET', `/api/procedures/${CODE}`)).json();
    expect(pub).toMatchObject({ status: 'amended', version: { number: 5 }, steps: NATIONAL_STEPS, conditions: PROVINCE_CONDITIONS, decision: { number: '1853/QĐ-BTP' } });
    expect(pub.variants.find((v: { key: string }) => v.key === 'v1')).toMatchObject({ name: VARIANT, eForm: E_FORM });
    const audit = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', procedureId).where('action', '=', 'catalog.national_update_accepted').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ code: CODE, version: 5, previousPublicVersion: 3, decision: '1853/QĐ-BTP', conflicts: 1, note: 'Đã đối chiếu' });
    expect((await api('GET', '/api/catalog/national-updates')).json().total).toBe(0);
    expect((await api('POST', `/api/catalog/national-updates/${updateId}/accept`, {})).statusCode).toBe(409);
  });

  it('keeps the workflow, agency assignment and desk list, pinned to the same variant', async () => {
    const workflow = await t.ctx.db.selectFrom('workflows').select(['variant_key', 'procedure_id']).where('id', '=', 'wf-stp').executeTakeFirstOrThrow();
    expect(workflow).toEqual({ variant_key: 'v1', procedure_id: procedureId });
    const units = (await api('GET', `/api/catalog/procedures/${procedureId}`)).json().assignedUnits;
    expect(units).toEqual([{ unitId: w.units.justice.id, unitCode: '51.STP', unitName: 'Sở Tư pháp', role: 'implementing' }]);
    const listed = await t.ctx.db.selectFrom('service_list_items').select('procedure_id').where('procedure_id', '=', procedureId).execute();
    expect(listed).toHaveLength(1);
  });

  it('changes nothing when the same national record is imported again', async () => {
    const again = await importRecords([secondNational()]);
    expect(again).toMatchObject([{ code: CODE, outcome: 'unchanged' }]);
    expect(await versionCount()).toBe(5);
    expect((await api('GET', '/api/catalog/national-updates?status=accepted')).json().total).toBe(1);
    expect((await api('GET', '/api/catalog/national-updates')).json().total).toBe(0);
  });

  it('keeps the province version when the control officer dismisses a national update', async () => {
    const third = secondNational();
    third.variants[1] = { ...third.variants[1]!, timeLimit: { value: 10, unit: 'working_days' } };
    await importRecords([third]);
    const pending = (await api('GET', '/api/catalog/national-updates')).json();
    expect(pending).toMatchObject({ total: 1, items: [{ conflictCount: 0, baseVersion: 4, nationalVersion: 6, mergedVersion: 7, currentVersion: 5 }] });
    const head = (await api('GET', `/api/catalog/procedures/${procedureId}`)).json();
    expect(head.variants[1]).toMatchObject({ key: 'v1', timeLimit: { value: 10, unit: 'working_days' }, eForm: E_FORM });
    const res = await api('POST', `/api/catalog/national-updates/${pending.items[0].id}/dismiss`, {});
    expect(res.json()).toMatchObject({ status: 'dismissed' });
    const after = (await api('GET', `/api/catalog/procedures/${procedureId}`)).json();
    expect(after).toMatchObject({ version: { number: 8 }, currentVersionNumber: 5 });
    expect(after.variants[1]).toMatchObject({ key: 'v1', timeLimit: { value: 5, unit: 'working_days' } });
    expect((await importRecords([third]))[0]).toMatchObject({ outcome: 'unchanged' });
    expect((await api('GET', `/api/procedures/${CODE}`)).json()).toMatchObject({ version: { number: 5 } });
  });
});

describe.each(testEngines())('a new national version of a procedure only the ministry published, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('publishes at once, keeping an e-form the province put into the imported version (as the demo seed does)', async () => {
    const record = await nationalRecord();
    const run = (r: ProcedureRecord) =>
      withUnitOfWork(t.ctx, (uow) => importBatch(uow, [{ record: r, issues: [], decisionNumber: '1853/QĐ-BTP' }], { publish: true, source: 'import', actor: { kind: 'system', id: null } }));
    await run({ ...record, variants: record.variants.map((v) => ({ ...v, eForm: E_FORM })) });
    const [report] = await run({ ...record, steps: NATIONAL_STEPS });
    expect(report).toMatchObject({ outcome: 'updated' });
    expect(report!.pendingReview).toBeUndefined();
    await adoptAll(t, []);
    const pub = (await t.app.inject({ method: 'GET', url: `/api/procedures/${CODE}` })).json();
    expect(pub).toMatchObject({ status: 'amended', version: { number: 2 }, steps: NATIONAL_STEPS, variants: [{ key: 'v1', eForm: E_FORM }] });
  });
});

describe.each(testEngines())('re-importing the national files after the province edited a record, on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
  });
  afterAll(() => t.close());

  it('changes nothing, twice, and keeps the province e-form', async () => {
    expect(await importFixtures(t)).toMatchObject({ created: 9 });
    const id = (await t.ctx.db.selectFrom('procedures').select('id').where('code', '=', '1.000894').executeTakeFirstOrThrow()).id;
    const variant = (await t.app.inject({ method: 'GET', url: `/api/catalog/procedures/${id}`, headers: w.control.headers })).json().variants[0];
    const saved = await t.app.inject({ method: 'PUT', url: `/api/catalog/procedures/${id}/variants/${variant.key}`, headers: w.control.headers, payload: { ...variant, eForm: E_FORM, baseVersion: 1 } });
    expect(saved.statusCode).toBe(200);
    for (let run = 0; run < 2; run++) expect(await importFixtures(t)).toMatchObject({ created: 0, updated: 0, unchanged: 9 });
    const head = (await t.app.inject({ method: 'GET', url: `/api/catalog/procedures/${id}`, headers: w.control.headers })).json();
    expect(head).toMatchObject({ version: { number: 2 }, variants: [{ eForm: E_FORM }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/national-updates', headers: w.control.headers })).json().total).toBe(0);
  });
});
