import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { catalogWorld, procedureBody, type CatalogWorld } from './catalog.test-support.ts';

describe.each(testEngines())('publication decisions on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  const ids: Record<string, string> = {};
  let centreId: string;

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: w.control.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const decision = (number: string, items: unknown[], extra: Record<string, unknown> = {}) => ({
    number, title: 'Công bố danh mục thủ tục hành chính', signedOn: '2026-02-13', signer: 'Nguyễn Văn A', effectiveOn: '2026-03-02',
    legalBasisEffectiveOn: '2026-03-02', items, ...extra,
  });
  const publicDetail = (code: string) => t.app.inject({ method: 'GET', url: `/api/procedures/${code}` });

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
    for (const [key, body] of Object.entries({
      complete: procedureBody({ code: '1.990001', name: 'Cấp phiếu lý lịch tư pháp' }),
      incomplete: procedureBody({ code: '1.990002', name: 'Chứng thực chữ ký', steps: null, legalBasis: [], subjects: [] }),
      successor: procedureBody({ code: '1.990003', name: 'Cấp phiếu lý lịch tư pháp điện tử' }),
    })) {
      ids[key] = (await api('POST', '/api/catalog/procedures', body)).json().id;
    }
    centreId = (await createOrgUnit(t.ctx.db, { parent: w.units.province, code: '51.TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'service_centre' })).id;
  });
  afterAll(() => t.close());

  it('lists, before issuing, what each procedure is missing and when the decision should have been signed', async () => {
    const created = await api('POST', '/api/catalog/decisions', decision('100/QĐ-UBND', [{ procedureId: ids.complete, action: 'new' }, { procedureId: ids.incomplete, action: 'new' }]));
    expect(created.statusCode).toBe(201);
    ids.first = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', issuerLevel: 'province', items: [{ code: '1.990001', action: 'new' }, { code: '1.990002', action: 'new' }] });
    const check = (await api('GET', `/api/catalog/decisions/${ids.first}/check`)).json();
    expect(check.ready).toBe(false);
    expect(check.problems).toEqual([]);
    expect(check.items[0].check).toEqual({ complete: true, missing: [] });
    const missing = check.items[1].check.missing.filter((m: { mandatory: boolean }) => m.mandatory).map((m: { component: string }) => m.component);
    expect(missing).toEqual(['subjects', 'steps', 'legalBasis']);
    // Tết 2026 (14–22/2) is skipped when counting working days.
    expect(check.timing).toEqual({ announcementDeadline: '2026-02-23', publicationDeadline: '2026-02-27', announcedLate: false, publishedLate: true });
  });

  it('refuses to publish incomplete procedures unless the officer acknowledges it', async () => {
    const res = await api('POST', `/api/catalog/decisions/${ids.first}/issue`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().missing).toEqual([expect.objectContaining({ code: '1.990002', missing: expect.arrayContaining([expect.objectContaining({ component: 'steps' })]) })]);
    expect((await publicDetail('1.990001')).statusCode).toBe(404);
  });

  it('publishes through the decision: the procedures become public, with the decision and flags recorded', async () => {
    t.clock.set('2026-02-24T02:00:00.000Z');
    const res = await api('POST', `/api/catalog/decisions/${ids.first}/issue`, { acknowledgeIncomplete: true });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ status: 'issued', issuedAt: '2026-02-24T02:00:00.000Z', timing: { announcedLate: false, publishedLate: false } });
    expect(d.items[0]).toMatchObject({ code: '1.990001', versionNumber: 1, publishedAt: '2026-02-24T02:00:00.000Z', incomplete: false });
    expect(d.items[1]).toMatchObject({ code: '1.990002', incomplete: true });
    const p = (await publicDetail('1.990001')).json();
    expect(p).toMatchObject({ status: 'published', version: { number: 1 }, decision: { number: '100/QĐ-UBND', signedOn: '2026-02-13' }, publishedAt: '2026-02-24T02:00:00.000Z' });
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures?q=ly%20lich%20tu%20phap' })).json().items.map((i: { code: string }) => i.code)).toEqual(['1.990001']);
    const audit = await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', ids.first!).execute();
    expect(audit.map((a) => a.action)).toEqual(['publication_decision.drafted', 'publication_decision.issued']);
  });

  it('no longer lets anyone change an issued decision', async () => {
    const res = await api('PATCH', `/api/catalog/decisions/${ids.first}`, { title: 'Sửa' });
    expect(res.statusCode).toBe(409);
    expect((await api('POST', `/api/catalog/decisions/${ids.first}/issue`, { acknowledgeIncomplete: true })).statusCode).toBe(409);
  });

  it('keeps showing the published version while an amendment is drafted, and publishes it as amended', async () => {
    const edit = await api('PATCH', `/api/catalog/procedures/${ids.complete}`, { baseVersion: 1, name: 'Cấp phiếu lý lịch tư pháp số 1' });
    expect(edit.json()).toMatchObject({ version: { number: 2 }, currentVersionNumber: 1, pendingChanges: true });
    expect((await publicDetail('1.990001')).json()).toMatchObject({ name: 'Cấp phiếu lý lịch tư pháp', version: { number: 1 } });
    const wrong = await api('POST', '/api/catalog/decisions', decision('101/QĐ-UBND', [{ procedureId: ids.complete, action: 'new' }]));
    const problems = await api('POST', `/api/catalog/decisions/${wrong.json().id}/issue`, {});
    expect(problems.statusCode).toBe(409);
    expect(problems.json().problems[0]).toContain('1.990001');
    await api('PATCH', `/api/catalog/decisions/${wrong.json().id}`, { items: [{ procedureId: ids.complete, action: 'amended' }], signedOn: '2026-02-25' });
    const issued = await api('POST', `/api/catalog/decisions/${wrong.json().id}/issue`, {});
    expect(issued.statusCode).toBe(200);
    expect(issued.json().timing).toMatchObject({ announcedLate: true, publishedLate: false });
    expect((await publicDetail('1.990001')).json()).toMatchObject({ name: 'Cấp phiếu lý lịch tư pháp số 1', status: 'amended', version: { number: 2 }, decision: { number: '101/QĐ-UBND' } });
    const versions = (await api('GET', `/api/catalog/procedures/${ids.complete}/versions`)).json().items;
    expect(versions.map((v: { number: number; decision: { number: string } | null }) => [v.number, v.decision?.number])).toEqual([[2, '101/QĐ-UBND'], [1, '100/QĐ-UBND']]);
  });

  it('replaces one procedure by another and abolishes a third in one decision', async () => {
    const d = await api('POST', '/api/catalog/decisions', decision('102/QĐ-UBND', [
      { procedureId: ids.successor, action: 'new' },
      { procedureId: ids.complete, action: 'replaced', replacedByProcedureId: ids.successor },
      { procedureId: ids.incomplete, action: 'abolished' },
    ]));
    expect((await api('POST', `/api/catalog/decisions/${d.json().id}/issue`, {})).statusCode).toBe(200);
    expect((await publicDetail('1.990001')).json()).toMatchObject({ status: 'replaced', replacedBy: { code: '1.990003' } });
    expect((await publicDetail('1.990002')).json()).toMatchObject({ status: 'abolished' });
    const found = (await t.app.inject({ method: 'GET', url: '/api/procedures?q=ly%20lich' })).json().items.map((i: { code: string }) => i.code);
    expect(found).toEqual(['1.990003']);
  });

  it('requires the replacing procedure for a replacement', async () => {
    const res = await api('POST', '/api/catalog/decisions', decision('103/QĐ-UBND', [{ procedureId: ids.successor, action: 'replaced' }]));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.items.0.replacedByProcedureId');
  });

  it('publishes a desk list through a decision and supersedes the previous one', async () => {
    const list = await api('POST', '/api/catalog/service-lists', { unitId: centreId, kind: 'received_at_desk', items: [{ procedureId: ids.successor, agencyUnitId: w.units.justice.id }] });
    expect(list.statusCode).toBe(201);
    expect(list.json()).toMatchObject({ status: 'draft', itemCount: 1, items: [{ code: '1.990003', agency: { code: '51.STP' } }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/desks/51.TTPVHCC/lists' })).json().items).toEqual([]);
    const d = await api('POST', '/api/catalog/decisions', decision('104/QĐ-UBND', [], { serviceListIds: [list.json().id] }));
    expect(d.json().serviceLists).toEqual([{ id: list.json().id, unitCode: '51.TTPVHCC', unitName: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'received_at_desk' }]);
    expect((await api('POST', `/api/catalog/decisions/${d.json().id}/issue`, {})).statusCode).toBe(200);
    const published = (await t.app.inject({ method: 'GET', url: '/api/catalog/desks/51.TTPVHCC/lists' })).json().items;
    expect(published).toEqual([expect.objectContaining({ kind: 'received_at_desk', status: 'published', decision: expect.objectContaining({ number: '104/QĐ-UBND' }), items: [expect.objectContaining({ code: '1.990003' })] })]);
    expect((await api('PUT', `/api/catalog/service-lists/${list.json().id}/items`, { items: [] })).statusCode).toBe(409);

    const next = await api('POST', '/api/catalog/service-lists', { unitId: centreId, kind: 'received_at_desk', items: [] });
    const d2 = await api('POST', '/api/catalog/decisions', decision('105/QĐ-UBND', [], { serviceListIds: [next.json().id] }));
    await api('POST', `/api/catalog/decisions/${d2.json().id}/issue`, {});
    const lists = (await api('GET', `/api/catalog/service-lists?unitId=${centreId}`)).json().items;
    expect(lists.map((l: { status: string }) => l.status).sort()).toEqual(['published', 'superseded']);
  });

  it('lists decisions with their late and incomplete counts', async () => {
    const page = (await api('GET', '/api/catalog/decisions?status=issued')).json();
    const first = page.items.find((d: { number: string }) => d.number === '100/QĐ-UBND');
    expect(first).toMatchObject({ itemCount: 2, incompleteCount: 1, lateCount: 0 });
    const late = page.items.find((d: { number: string }) => d.number === '101/QĐ-UBND');
    expect(late).toMatchObject({ itemCount: 1, lateCount: 1, timing: { announcedLate: true } });
  });

  it('serves a form template for download only once its procedure is public', async () => {
    const boundary = '----motcua-form';
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Tờ khai.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const file = (await t.app.inject({ method: 'POST', url: '/api/files', payload, headers: { ...w.control.headers, 'content-type': `multipart/form-data; boundary=${boundary}` } })).json();
    const body = procedureBody({ code: '1.990009', name: 'Thủ tục có mẫu đơn' });
    body.variants![0]!.documents![0]!.formTemplate = { name: 'Tờ khai.pdf', fileId: file.id, url: null };
    const created = (await api('POST', '/api/catalog/procedures', body)).json();
    expect((await t.app.inject({ method: 'GET', url: `/api/catalog/forms/${file.id}` })).statusCode).toBe(404);
    const d = await api('POST', '/api/catalog/decisions', decision('106/QĐ-UBND', [{ procedureId: created.id, action: 'new' }]));
    await api('POST', `/api/catalog/decisions/${d.json().id}/issue`, {});
    const download = await t.app.inject({ method: 'GET', url: `/api/catalog/forms/${file.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const unknown = await api('POST', '/api/catalog/procedures', procedureBody({ code: '1.990010', variants: [{ ...body.variants![0]!, documents: [{ name: 'X', originals: 1, formTemplate: { name: 'x.pdf', fileId: 'nope', url: null } }] }] }));
    expect(unknown.json().errors[0].path).toBe('body.variants.0.documents.0.formTemplate.fileId');
  });

  it('refuses a second decision with the same number', async () => {
    const res = await api('POST', '/api/catalog/decisions', decision('100/QĐ-UBND', []));
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('body.number');
  });
});
