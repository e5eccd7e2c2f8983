import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createOrgUnit, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('permissions and unit scope on %s', (engine) => {
  let t: TestApp;
  let u: Awaited<ReturnType<typeof createProvince>>;
  let admin: Session;
  let communeAdmin: Session;
  let justiceLeader: Session;
  let control: Session;
  let desk: Session;
  let builderId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'root', roles: [{ role: 'system_admin', unit: u.province }], totpSecret: SECRET });
    await createOfficer(t.ctx.db, { username: 'communeadmin', roles: [{ role: 'system_admin', unit: u.commune }], totpSecret: SECRET });
    await createOfficer(t.ctx.db, { username: 'leader', roles: [{ role: 'leader', unit: u.justice }] });
    await createOfficer(t.ctx.db, { username: 'control', roles: [{ role: 'control_officer', unit: u.province }] });
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: u.justice }] });
    builderId = (await createOfficer(t.ctx.db, { username: 'builder', fullName: 'Ngô Xây Dựng', roles: [{ role: 'specialist', unit: u.construction }] })).id;
    await createOfficer(t.ctx.db, { username: 'lawyer', fullName: 'Bùi Tư Pháp', roles: [{ role: 'specialist', unit: u.justice }] });
    const code = await generate({ secret: SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    admin = await logInAs(t.app, 'root', undefined, code);
    communeAdmin = await logInAs(t.app, 'communeadmin', undefined, code);
    justiceLeader = await logInAs(t.app, 'leader');
    control = await logInAs(t.app, 'control');
    desk = await logInAs(t.app, 'desk');
  });
  afterAll(() => t.close());

  const usernames = (res: { json(): { items: { username: string }[] } }) => res.json().items.map((o) => o.username).sort();

  it('shows a department leader only the officers of their own department', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/officers', headers: justiceLeader.headers });
    expect(res.statusCode).toBe(200);
    expect(usernames(res)).toEqual(['desk', 'lawyer', 'leader']);
    const other = await t.app.inject({ method: 'GET', url: `/api/officers?orgUnitId=${u.construction.id}`, headers: justiceLeader.headers });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('OUT_OF_SCOPE');
  });

  it('lets the province-wide control officer read officers of every unit but change none', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/officers?pageSize=100', headers: control.headers });
    expect(usernames(res)).toEqual(['builder', 'communeadmin', 'control', 'desk', 'lawyer', 'leader', 'root']);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/officers/${builderId}`, headers: control.headers, payload: { fullName: 'Tên mới' } });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().code).toBe('FORBIDDEN');
  });

  it('finds officers by name without regard to case', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/officers?q=XÂY', headers: control.headers });
    expect(usernames(res)).toEqual(['builder']);
  });

  it('refuses a desk officer the officer list and unit management', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/officers', headers: desk.headers })).statusCode).toBe(403);
    const create = await t.app.inject({
      method: 'POST', url: '/api/org-units', headers: desk.headers,
      payload: { parentId: u.justice.id, code: '51.STP.X', name: 'Phòng mới', kind: 'division', levelCode: 'province' },
    });
    expect(create.statusCode).toBe(403);
  });

  it('lets the administrator add a unit under any unit and records it in the audit log', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/org-units', headers: admin.headers,
      payload: { parentId: u.justice.id, code: '51.STP.HCTP', name: 'Phòng Hành chính tư pháp', kind: 'division', levelCode: 'province' },
    });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({ parentId: u.justice.id, depth: 1 + u.justice.depth, isActive: true });
    const audit = await t.ctx.db.selectFrom('audit_entries').selectAll().where('entity_id', '=', unit.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['org_unit.created']);
    const justiceView = await t.app.inject({ method: 'GET', url: '/api/org-units', headers: justiceLeader.headers });
    expect(justiceView.json().items.map((x: { code: string }) => x.code)).toContain('51.STP.HCTP');
  });

  it('keeps a commune administrator inside their commune', async () => {
    const units = await t.app.inject({ method: 'GET', url: '/api/org-units', headers: communeAdmin.headers });
    expect(units.json().items.map((x: { code: string }) => x.code)).toEqual(['23293']);
    const outside = await t.app.inject({ method: 'PATCH', url: `/api/org-units/${u.justice.id}`, headers: communeAdmin.headers, payload: { name: 'Đổi tên trái phép' } });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('OUT_OF_SCOPE');
    const grant = await t.app.inject({
      method: 'POST', url: '/api/officers', headers: communeAdmin.headers,
      payload: { username: 'sneaky', fullName: 'Người lạ', password: 'Doi-nui-xanh-2026', roles: [{ role: 'leader', orgUnitId: u.justice.id }] },
    });
    expect(grant.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'POST', url: '/api/officers', headers: communeAdmin.headers,
      payload: { username: 'canbo.xa', fullName: 'Cán bộ xã', password: 'Doi-nui-xanh-2026', roles: [{ role: 'desk_officer', orgUnitId: u.commune.id }] },
    });
    expect(own.statusCode).toBe(201);
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/officers/${builderId}`, headers: communeAdmin.headers, payload: { fullName: 'X' + 'y'.repeat(3) } });
    expect(edit.statusCode).toBe(403);
  });

  it('creates an officer who can sign in with the roles given, and audits every change', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/officers', headers: admin.headers,
      payload: { username: 'Nguyen.An', fullName: 'Nguyễn An', email: 'an@example.vn', password: 'Doi-nui-xanh-2026', roles: [{ role: 'specialist', orgUnitId: u.construction.id }] },
    });
    expect(res.statusCode).toBe(201);
    const officer = res.json();
    expect(officer).toMatchObject({ username: 'nguyen.an', roles: [{ role: 'specialist', orgUnitName: 'Sở Xây dựng' }] });
    const s = await logInAs(t.app, 'nguyen.an', 'Doi-nui-xanh-2026');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).json().fullName).toBe('Nguyễn An');

    const roles = await t.app.inject({ method: 'PUT', url: `/api/officers/${officer.id}/roles`, headers: admin.headers, payload: { roles: [{ role: 'leader', orgUnitId: u.construction.id }] } });
    expect(roles.json().roles).toEqual([{ role: 'leader', orgUnitId: u.construction.id, orgUnitName: 'Sở Xây dựng' }]);
    const leaked = await t.app.inject({ method: 'POST', url: `/api/officers/${officer.id}/reset-password`, headers: admin.headers, payload: { password: 'Password123!' } });
    expect(leaked.statusCode).toBe(400);
    expect(leaked.json().errors).toEqual([{ path: 'body.password', message: 'Mật khẩu này nằm trong danh sách mật khẩu đã bị lộ; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ)' }]);
    const reset = await t.app.inject({ method: 'POST', url: `/api/officers/${officer.id}/reset-password`, headers: admin.headers, payload: { password: 'Another-pass-9' } });
    expect(reset.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(401);
    const deactivate = await t.app.inject({ method: 'PATCH', url: `/api/officers/${officer.id}`, headers: admin.headers, payload: { isActive: false } });
    expect(deactivate.json().isActive).toBe(false);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nguyen.an', password: 'Another-pass-9' } });
    expect(login.statusCode).toBe(401);

    const actions = await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', officer.id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['officer.created', 'auth.login', 'officer.roles_changed', 'officer.password_reset', 'officer.updated']);
  });

  it('answers invalid officer data with field paths and Vietnamese messages, writing nothing', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/officers', headers: admin.headers,
      payload: { username: 'x', fullName: 'Ab', password: 'short', roles: [] },
    });
    expect(res.statusCode).toBe(400);
    const paths = [...new Set<string>(res.json().errors.map((e: { path: string }) => e.path))].sort();
    expect(paths).toEqual(['body.password', 'body.roles', 'body.username']);
    expect(res.json().errors.find((e: { path: string }) => e.path === 'body.password').message).toBe('Mật khẩu tối thiểu 12 ký tự');

    const before = await t.ctx.db.selectFrom('officers').select('id').execute();
    const missingUnit = await t.app.inject({
      method: 'POST', url: '/api/officers', headers: admin.headers,
      payload: { username: 'ghost', fullName: 'Ma', password: 'Doi-nui-xanh-2026', roles: [{ role: 'viewer', orgUnitId: 'no-such-unit' }] },
    });
    expect(missingUnit.statusCode).toBe(400);
    expect(missingUnit.json().errors).toEqual([{ path: 'body.roles.0.orgUnitId', message: 'Đơn vị không tồn tại' }]);
    expect(await t.ctx.db.selectFrom('officers').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses a duplicate unit code with 409 and leaves no audit entry behind', async () => {
    const seqBefore = (await t.ctx.db.selectFrom('audit_chain_head').select('last_seq').executeTakeFirstOrThrow()).last_seq;
    const res = await t.app.inject({
      method: 'POST', url: '/api/org-units', headers: admin.headers,
      payload: { parentId: u.province.id, code: '51.STP', name: 'Trùng mã', kind: 'department', levelCode: 'province' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ path: 'body.code', message: 'Mã đơn vị đã được dùng cho đơn vị khác' }]);
    const seqAfter = (await t.ctx.db.selectFrom('audit_chain_head').select('last_seq').executeTakeFirstOrThrow()).last_seq;
    expect(Number(seqAfter)).toBe(Number(seqBefore));
  });

  it('shows the audit log to those allowed and only within their scope', async () => {
    await createOrgUnit(t.ctx.db, { parent: u.province, code: 'X1', name: 'Đơn vị X' });
    const all = await t.app.inject({ method: 'GET', url: '/api/audit-entries?pageSize=200', headers: admin.headers });
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBeGreaterThan(5);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit-entries', headers: desk.headers })).statusCode).toBe(403);
  });
});
