import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { catalogWorld, procedureBody, type CatalogWorld } from './catalog.test-support.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('catalog permissions and scope on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  let admin: Session;
  let procedureId: string;
  let decisionId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
    await createOfficer(t.ctx.db, { username: 'root', roles: [{ role: 'system_admin', unit: w.units.province }], totpSecret: SECRET });
    admin = await logInAs(t.app, 'root', undefined, await generate({ secret: SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) }));
    procedureId = (await t.app.inject({ method: 'POST', url: '/api/catalog/procedures', headers: w.control.headers, payload: procedureBody() })).json().id;
    decisionId = (await t.app.inject({
      method: 'POST', url: '/api/catalog/decisions', headers: w.control.headers,
      payload: { number: '1/QĐ-UBND', title: 'Công bố', signedOn: '2026-11-20', signer: 'Nguyễn Văn A', effectiveOn: '2026-11-20', items: [{ procedureId, action: 'new' }] },
    })).json().id;
  });
  afterAll(() => t.close());

  const manageRoutes = () => [
    { method: 'GET' as const, url: '/api/catalog/procedures' },
    { method: 'GET' as const, url: `/api/catalog/procedures/${procedureId}` },
    { method: 'GET' as const, url: `/api/catalog/procedures/${procedureId}/versions` },
    { method: 'PATCH' as const, url: `/api/catalog/procedures/${procedureId}`, payload: { baseVersion: 1, name: 'Tên mới của thủ tục' } },
    { method: 'POST' as const, url: '/api/catalog/procedures', payload: procedureBody({ code: '1.999777' }) },
    { method: 'GET' as const, url: '/api/catalog/decisions' },
    { method: 'GET' as const, url: '/api/catalog/service-lists' },
    { method: 'GET' as const, url: '/api/catalog/export/national-package' },
  ];

  it.each(['desk', 'leader', 'viewer'] as const)('forbids a %s every back-office catalog action', async (who) => {
    for (const r of manageRoutes()) {
      const res = await t.app.inject({ ...r, headers: w[who].headers });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const issue = await t.app.inject({ method: 'POST', url: `/api/catalog/decisions/${decisionId}/issue`, headers: w[who].headers, payload: { acknowledgeIncomplete: true } });
    expect(issue.statusCode).toBe(403);
  });

  it('asks an anonymous visitor to sign in for the back office but serves the public catalog', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/procedures' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures?q=ket%20hon' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/sectors' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/open-data.jsonld' })).statusCode).toBe(200);
  });

  it('lets a control officer and a system administrator manage and publish the catalog', async () => {
    for (const s of [w.control, admin]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/catalog/procedures', headers: s.headers })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/api/catalog/decisions/${decisionId}/check`, headers: s.headers })).statusCode).toBe(200);
    }
    const issued = await t.app.inject({ method: 'POST', url: `/api/catalog/decisions/${decisionId}/issue`, headers: admin.headers, payload: {} });
    expect(issued.statusCode).toBe(200);
  });

  it('keeps a commune control officer out of the province-wide catalog but lets them manage their own unit', async () => {
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/catalog/procedures/${procedureId}`, headers: w.communeControl.headers, payload: { baseVersion: 1, name: 'Sửa trái phạm vi' } });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().code).toBe('OUT_OF_SCOPE');
    const provinceWide = await t.app.inject({ method: 'POST', url: '/api/catalog/procedures', headers: w.communeControl.headers, payload: procedureBody({ code: '1.999888' }) });
    expect(provinceWide.json().code).toBe('OUT_OF_SCOPE');
    const own = await t.app.inject({ method: 'POST', url: '/api/catalog/procedures', headers: w.communeControl.headers, payload: procedureBody({ code: '1.999888.X', ownerUnitId: w.units.commune.id }) });
    expect(own.statusCode).toBe(201);
    const steal = await t.app.inject({ method: 'PATCH', url: `/api/catalog/procedures/${own.json().id}`, headers: w.communeControl.headers, payload: { baseVersion: 1, ownerUnitId: null } });
    expect(steal.json().code).toBe('OUT_OF_SCOPE');
  });

  it('lets an officer assign a procedure only to units within their scope', async () => {
    const outside = await t.app.inject({ method: 'PUT', url: `/api/catalog/procedures/${procedureId}/units`, headers: w.communeControl.headers, payload: { units: [{ unitId: w.units.justice.id, role: 'implementing' }] } });
    expect(outside.json().code).toBe('OUT_OF_SCOPE');
    const inside = await t.app.inject({ method: 'PUT', url: `/api/catalog/procedures/${procedureId}/units`, headers: w.communeControl.headers, payload: { units: [{ unitId: w.units.commune.id, role: 'implementing' }] } });
    expect(inside.statusCode).toBe(200);
    const list = await t.app.inject({ method: 'POST', url: '/api/catalog/service-lists', headers: w.communeControl.headers, payload: { unitId: w.units.justice.id, kind: 'online_full', items: [] } });
    expect(list.json().code).toBe('OUT_OF_SCOPE');
  });

  it('keeps a commune control officer from importing a national package over the province-wide catalog', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/catalog/import/national-package', headers: w.communeControl.headers, payload: { records: [{ MATTHC: '1.999001', TENTTHC: 'Ghi đè' }] } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OUT_OF_SCOPE');
  });

  it('requires the CSRF token on catalog changes', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: `/api/catalog/procedures/${procedureId}`, headers: { cookie: w.control.cookie }, payload: { baseVersion: 1, name: 'Không có CSRF' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
  });
});
