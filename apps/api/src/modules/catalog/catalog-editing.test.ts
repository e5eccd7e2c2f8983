import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { catalogWorld, procedureBody, variantBody, type CatalogWorld } from './catalog.test-support.ts';

describe.each(testEngines())('editing procedures and their versions on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  let id: string;

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: w.control.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
  });
  afterAll(() => t.close());

  it('creates a draft procedure at version 1 that the public cannot see yet', async () => {
    const res = await api('POST', '/api/catalog/procedures', procedureBody());
    expect(res.statusCode).toBe(201);
    const p = res.json();
    id = p.id;
    expect(p).toMatchObject({ code: '1.999001', status: 'draft', version: { number: 1 }, latestVersionNumber: 1, currentVersionNumber: null, pendingChanges: true, decision: null });
    expect(p.check).toEqual({ complete: true, missing: [] });
    expect(p.variants[0]).toMatchObject({ name: 'Đăng ký kết hôn trong nước', timeLimit: { value: 3, unit: 'working_days' } });
    expect(p.variants[0].fees).toEqual([
      { channel: 'in_person', kind: 'set_by_council', amount: null, label: null, note: 'Theo Nghị quyết của HĐND tỉnh', exemptions: 'Miễn cho người thuộc hộ nghèo' },
      { channel: 'online', kind: 'amount', amount: 10000, label: 'Lệ phí', note: null, exemptions: null },
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.999001' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures?q=1.999001' })).json().total).toBe(0);
    const audit = await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(['procedure.created']);
  });

  it('refuses a second procedure with the same code', async () => {
    const res = await api('POST', '/api/catalog/procedures', procedureBody({ name: 'Khác' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', errors: [{ path: 'body.code' }] });
  });

  it('rejects an e-form that is not a valid JSON Schema, pointing at the field', async () => {
    const bad = procedureBody({ code: '1.999002', variants: [variantBody({ eForm: { type: 'object', properties: { a: { type: 'strin' } } } })] });
    const res = await api('POST', '/api/catalog/procedures', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toMatch(/^body\.variants\.0\.eForm/);
    const notObject = await api('POST', '/api/catalog/procedures', procedureBody({ code: '1.999002', variants: [variantBody({ eForm: { type: 'string' } })] }));
    expect(notObject.json().errors).toEqual([{ path: 'body.variants.0.eForm.type', message: expect.stringContaining('object') }]);
  });

  it('rejects unknown subjects and a fee amount missing for an amount fee', async () => {
    const res = await api('POST', '/api/catalog/procedures', procedureBody({
      code: '1.999003', subjects: ['martian'], variants: [variantBody({ fees: [{ channel: 'in_person', kind: 'amount' }] })],
    }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.subjects.0', 'body.variants.0.fees.0.amount']);
  });

  it('makes every edit a new version and keeps the old one unchanged', async () => {
    const res = await api('PATCH', `/api/catalog/procedures/${id}`, { baseVersion: 1, name: 'Đăng ký kết hôn (sửa)', conditions: 'Nam đủ 20 tuổi', changeNote: 'Bổ sung điều kiện' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Đăng ký kết hôn (sửa)', version: { number: 2 }, conditions: 'Nam đủ 20 tuổi', steps: 'Bước 1: nộp hồ sơ. Bước 2: nhận kết quả.' });
    const v1 = (await api('GET', `/api/catalog/procedures/${id}/versions/1`)).json();
    expect(v1).toMatchObject({ name: 'Đăng ký kết hôn thử nghiệm', conditions: null, version: { number: 1 } });
  });

  it('refuses an edit based on an outdated version', async () => {
    const res = await api('PATCH', `/api/catalog/procedures/${id}`, { baseVersion: 1, name: 'Ghi đè' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', latestVersion: 2 });
  });

  it('adds no version for an edit that changes nothing', async () => {
    const res = await api('PATCH', `/api/catalog/procedures/${id}`, { baseVersion: 2, name: 'Đăng ký kết hôn (sửa)' });
    expect(res.json().version.number).toBe(2);
  });

  it('adds, changes and removes variants, each time as a new version with a stable variant key', async () => {
    const added = await api('POST', `/api/catalog/procedures/${id}/variants`, { ...variantBody({ name: 'Có yếu tố nước ngoài', timeLimit: { value: 10, unit: 'working_days' } }), baseVersion: 2 });
    expect(added.statusCode).toBe(201);
    const v3 = added.json();
    expect(v3.version.number).toBe(3);
    const key = v3.variants[1].key;
    const firstKey = v3.variants[0].key;
    const changed = await api('PUT', `/api/catalog/procedures/${id}/variants/${key}`, { ...variantBody({ name: 'Có yếu tố nước ngoài', timeLimit: { value: 15, unit: 'working_days' } }), baseVersion: 3 });
    expect(changed.json()).toMatchObject({ version: { number: 4 }, variants: [{ key: firstKey }, { key, timeLimit: { value: 15, unit: 'working_days' } }] });
    const badForm = await api('PUT', `/api/catalog/procedures/${id}/variants/${key}`, { ...variantBody({ eForm: { type: 'object', required: 'x' } }), baseVersion: 4 });
    expect(badForm.statusCode).toBe(400);
    expect(badForm.json().errors[0].path).toMatch(/^body\.eForm/);
    const removed = await api('DELETE', `/api/catalog/procedures/${id}/variants/${key}?baseVersion=4`);
    expect(removed.json()).toMatchObject({ version: { number: 5 }, variants: [{ key: firstKey }] });
    expect((await api('DELETE', `/api/catalog/procedures/${id}/variants/nope?baseVersion=5`)).statusCode).toBe(404);
  });

  it('lists the versions newest first, with who made them and why', async () => {
    const res = await api('GET', `/api/catalog/procedures/${id}/versions`);
    const items = res.json().items;
    expect(items.map((v: { number: number }) => v.number)).toEqual([5, 4, 3, 2, 1]);
    expect(items[3]).toMatchObject({ number: 2, changeNote: 'Bổ sung điều kiện', createdBy: 'Cán bộ control', source: 'edit', isLatest: false, isCurrent: false });
    expect(items[0]).toMatchObject({ isLatest: true, publishedAt: null, decision: null });
  });

  it('shows the differences between two versions field by field', async () => {
    const diff = (await api('GET', `/api/catalog/procedures/${id}/diff?from=1&to=4`)).json();
    expect(diff).toMatchObject({ from: 1, to: 4 });
    const paths = diff.changes.map((c: { path: string }) => c.path);
    expect(paths).toContain('name');
    expect(paths).toContain('conditions');
    expect(paths).toContain('variants[Có yếu tố nước ngoài]');
    expect(diff.changes.find((c: { path: string }) => c.path === 'name')).toMatchObject({ kind: 'changed', before: 'Đăng ký kết hôn thử nghiệm', after: 'Đăng ký kết hôn (sửa)' });
    expect(diff.changes.find((c: { path: string }) => c.path === 'conditions')).toMatchObject({ kind: 'added', after: 'Nam đủ 20 tuổi' });
    const narrow = (await api('GET', `/api/catalog/procedures/${id}/diff?from=3&to=4`)).json();
    expect(narrow.changes).toEqual([{ path: 'variants[Có yếu tố nước ngoài].timeLimit.value', kind: 'changed', before: 10, after: 15 }]);
  });

  it('lists drafts in the back office with their pending changes', async () => {
    const res = await api('GET', '/api/catalog/procedures?q=ket%20hon%20sua');
    expect(res.json()).toMatchObject({ total: 1, items: [{ code: '1.999001', status: 'draft', latestVersionNumber: 5, currentVersionNumber: null, pendingChanges: true }] });
  });

  it('writes one audit entry per change, in the same transaction', async () => {
    const audit = await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['procedure.created', 'procedure.updated', 'procedure.variant_added', 'procedure.variant_saved', 'procedure.variant_removed']);
  });

  it('replays a retried creation with the same idempotency key instead of failing', async () => {
    const headers = { ...w.control.headers, 'idempotency-key': 'create-1.999010' };
    const first = await t.app.inject({ method: 'POST', url: '/api/catalog/procedures', headers, payload: procedureBody({ code: '1.999010' }) });
    const retry = await t.app.inject({ method: 'POST', url: '/api/catalog/procedures', headers, payload: procedureBody({ code: '1.999010' }) });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
  });
});
