import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('idempotent retries on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let u: Awaited<ReturnType<typeof createProvince>>;

  const logInAdmin = async () => logInAs(t.app, 'root', undefined, await generate({ secret: SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) }));

  beforeAll(async () => {
    t = await createTestApp(engine);
    u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'root', roles: [{ role: 'system_admin', unit: u.province }], totpSecret: SECRET });
    admin = await logInAdmin();
  });
  afterAll(() => t.close());

  const createUnit = (key: string, code: string) =>
    t.app.inject({
      method: 'POST', url: '/api/org-units', headers: { ...admin.headers, 'idempotency-key': key },
      payload: { parentId: u.province.id, code, name: 'Ban Quản lý khu kinh tế', kind: 'agency', levelCode: 'province' },
    });
  const countByCode = async (code: string) => (await t.ctx.db.selectFrom('org_units').select('id').where('code', '=', code).execute()).length;

  it('returns the first response to a retry and never creates a second record', async () => {
    const first = await createUnit('key-1', '51.BQLKKT');
    const retry = await createUnit('key-1', '51.BQLKKT');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    expect(await countByCode('51.BQLKKT')).toBe(1);
  });

  it('lets only one of two simultaneous requests with the same key create the record', async () => {
    const [a, b] = await Promise.all([createUnit('key-2', '51.BQLDA'), createUnit('key-2', '51.BQLDA')]);
    expect([a.statusCode, b.statusCode].sort()).toContain(201);
    expect([a.statusCode, b.statusCode].every((s) => s === 201 || s === 409)).toBe(true);
    expect(await countByCode('51.BQLDA')).toBe(1);
  });

  it('refuses to reuse a key for a different request', async () => {
    await createUnit('key-3', '51.A1');
    const other = await createUnit('key-3', '51.A2');
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_MISMATCH');
    expect(await countByCode('51.A2')).toBe(0);
  });

  it('keeps a retried invalid request refused', async () => {
    const first = await createUnit('key-4', '51.STP');
    const again = await createUnit('key-4', '51.STP');
    expect(first.statusCode).toBe(409);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
  });

  const keyRows = (key: string) => t.ctx.db.selectFrom('idempotency_keys').select(['scope', 'state']).where('key', '=', key).execute();

  it('stores a key only with a committed change: a refused request leaves none and its retry runs again', async () => {
    await createUnit('key-5a', '51.SYT');
    const refused = await createUnit('key-5', '51.SYT');
    expect(refused.statusCode).toBe(409);
    expect(await keyRows('key-5')).toEqual([]);
    expect((await createUnit('key-5a', '51.SYT')).headers['idempotent-replayed']).toBe('true');
    expect(await keyRows('key-5a')).toEqual([{ scope: expect.stringMatching(/^officer:/), state: 'done' }]);
  });

  it('tells a retry whose first response was lost (crash after commit) that the change was made, and what it made', async () => {
    const first = await createUnit('key-6', '51.BQLCCN');
    expect(first.statusCode).toBe(201);
    // What a process killed between the commit and storing the response leaves behind.
    await t.ctx.db.updateTable('idempotency_keys').set({ state: 'applied', response_status: null, response_body: null }).where('key', '=', 'key-6').execute();
    const soon = await createUnit('key-6', '51.BQLCCN');
    expect(soon.statusCode).toBe(409);
    expect(soon.json().code).toBe('IDEMPOTENCY_IN_PROGRESS');
    t.clock.advance(31_000);
    const later = await createUnit('key-6', '51.BQLCCN');
    expect(later.statusCode).toBe(409);
    expect(later.json()).toMatchObject({
      code: 'IDEMPOTENCY_APPLIED',
      records: [{ action: 'org_unit.created', entityType: 'org_unit', entityId: first.json().id }],
    });
    expect(await countByCode('51.BQLCCN')).toBe(1);
  });

  it('keeps anonymous clients apart: the same key from another client never sees the first answer', async () => {
    const body = { kind: 'individual', fullName: 'Lê Thị Hoa', email: 'hoa.le@example.vn', password: 'Hoa-dang-ky-2026' };
    const register = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/portal/auth/register', headers: { 'idempotency-key': 'register-1', ...headers }, payload: body });
    const first = await register({});
    expect(first.statusCode).toBe(202);
    const client = first.cookies.find((c) => c.name === 'motcua_client');
    expect(client).toMatchObject({ httpOnly: true, path: '/api' });

    // The stranger's request runs for itself (registration answers every caller alike, so only the replay flag differs).
    const stranger = await register({});
    expect(stranger.statusCode).toBe(202);
    expect(stranger.headers['idempotent-replayed']).toBeUndefined();

    const retry = await register({ cookie: `motcua_client=${client!.value}` });
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toBe(first.body);
  });

  it('lets a key expire after IDEMPOTENCY_TTL_HOURS: ignored at once, deleted by the worker', async () => {
    await createUnit('key-7', '51.SNV');
    expect((await createUnit('key-7', '51.SGD')).json().code).toBe('IDEMPOTENCY_MISMATCH');
    t.clock.advance(24 * 3_600_000 + 1_000);
    admin = await logInAdmin();
    const reused = await createUnit('key-7', '51.SGD');
    expect(reused.statusCode).toBe(201);
    expect(reused.headers['idempotent-replayed']).toBeUndefined();
    expect(await countByCode('51.SGD')).toBe(1);

    t.clock.advance(24 * 3_600_000 + 1_000);
    await t.worker.runPeriodic();
    expect(await t.ctx.db.selectFrom('idempotency_keys').select('key').execute()).toEqual([]);
  });
});
