import { newPasswordSchema } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { DEMO_ADMIN_TOTP_SECRET, seedDemoData } from './seed/demo-seed.ts';
import { assertAcceptablePassword, createFirstAdmin, hasDemoData, verifyPassword } from './modules/identity/index.ts';
import { createTestApp, type TestApp } from './test/test-app.ts';
import { testEngines } from './test/test-database.ts';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
};

const STRONG = {
  SIGNING_P12_PASSWORD: 'a-province-own-pkcs12-password',
  PAYMENT_SANDBOX_SECRET: 'a-province-own-payment-secret-0987654321',
  INBOUND_CLIENTS: 'dvcqg:0123456789abcdef0123456789abcdef-own',
};

describe('production refuses the published demo credentials', () => {
  it('names every default secret and the demo data when NODE_ENV=production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DEMO_SEED: 'true', DEMO_IDP: 'true' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['DEMO_SEED', 'DEMO_IDP', 'SIGNING_P12_PASSWORD', 'PAYMENT_SANDBOX_SECRET', 'INBOUND_CLIENTS']);
  });

  it('starts in production with its own secrets, without demo data by default, and refuses short inbound secrets', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...STRONG });
    expect(config.demoSeed).toBe(false);
    expect(config.demoIdp).toBe(false);
    expect(problemsOf({ NODE_ENV: 'production', ...STRONG, INBOUND_CLIENTS: 'dvcqg:short-secret' })).toEqual(['INBOUND_CLIENTS: khóa của hệ thống dvcqg phải dài ít nhất 32 ký tự']);
  });

  it('requires a second factor of administrators everywhere and of the configuration role in production, unless TOTP_REQUIRED_ROLES says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...STRONG }).totpRequiredRoles).toEqual(['system_admin', 'control_officer']);
    expect(loadConfig({}).totpRequiredRoles).toEqual(['system_admin']);
    expect(loadConfig({ TOTP_REQUIRED_ROLES: 'system_admin, leader' }).totpRequiredRoles).toEqual(['system_admin', 'leader']);
    expect(problemsOf({ TOTP_REQUIRED_ROLES: 'system_admin,boss' })[0]).toMatch(/^TOTP_REQUIRED_ROLES: /);
  });

  it('keeps the demo defaults outside production', () => {
    const config = loadConfig({});
    expect(config.demoSeed).toBe(true);
    expect(config.inboundClients).toEqual({ dvcqg: 'motcua-dvcqg-demo-secret' });
  });
});

describe.each(testEngines())('the first administrator on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('is created once on an empty database with its root unit and a one-time password, and the database holds no demo data', async () => {
    const admin = await createFirstAdmin(t.ctx, { username: 'quantri', fullName: 'Nguyễn Quản Trị', province: { code: '51', name: 'Ủy ban nhân dân tỉnh Quảng Ngãi' } });
    expect(admin).toMatchObject({ username: 'quantri', rootUnit: 'Ủy ban nhân dân tỉnh Quảng Ngãi' });
    expect(admin.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(newPasswordSchema.safeParse(admin.oneTimePassword).success).toBe(true);
    await expect(assertAcceptablePassword(admin.oneTimePassword)).resolves.toBeUndefined();
    const row = await t.ctx.db.selectFrom('officers').selectAll().where('username', '=', 'quantri').executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash, admin.oneTimePassword)).toBe(true);
    const roles = await t.ctx.db.selectFrom('officer_roles').select('role').where('officer_id', '=', row.id).execute();
    expect(roles).toEqual([{ role: 'system_admin' }]);
    await expect(createFirstAdmin(t.ctx, { username: 'quantri2', fullName: 'Người Thứ Hai' })).rejects.toThrow('Đã có quản trị hệ thống');
    expect(await hasDemoData(t.ctx.db, DEMO_ADMIN_TOTP_SECRET)).toBe(false);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri', password: admin.oneTimePassword } });
    expect(login.statusCode, login.body).toBe(200);
  });

  it('tells a database holding the demo data apart', async () => {
    const demo = await createTestApp(engine);
    try {
      await seedDemoData(demo.ctx.db, engine, demo.clock);
      expect(await hasDemoData(demo.ctx.db, DEMO_ADMIN_TOTP_SECRET)).toBe(true);
    } finally {
      await demo.close();
    }
  }, 120_000);
});
