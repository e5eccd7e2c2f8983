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

  beforeAll(async () => {
    t = await createTestApp(engine);
    u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'root', roles: [{ role: 'system_admin', unit: u.province }], totpSecret: SECRET });
    admin = await logInAs(t.app, 'root', undefined, await generate({ secret: SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) }));
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

  it('replays a refusal too, so a retried invalid request stays refused', async () => {
    const first = await createUnit('key-4', '51.STP');
    const again = await createUnit('key-4', '51.STP');
    expect(first.statusCode).toBe(409);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
  });
});
