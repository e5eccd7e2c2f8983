import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../seed/demo-seed.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

describe.each(testEngines())('the demo province catalog on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedDemoData(t.ctx.db, t.ctx.engine, t.clock);
  }, 120_000);
  afterAll(() => t.close());

  it('ships a few hundred real provincial and commune procedures, searchable without diacritics', async () => {
    const all = (await t.app.inject({ method: 'GET', url: '/api/procedures?pageSize=1' })).json();
    expect(all.total).toBeGreaterThan(300);
    const res = (await t.app.inject({ method: 'GET', url: '/api/procedures?q=dang%20ky%20ket%20hon' })).json();
    expect(res.items[0]).toMatchObject({ code: '1.000894', name: 'Thủ tục đăng ký kết hôn' });
    const detail = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.000894' })).json();
    expect(detail.variants[0].timeLimit).toEqual({ value: 1, unit: 'working_days' });
    expect(detail.assignedUnits.length).toBe(96);
  });

  it('assigns provincial procedures to the departments and lists them at the provincial centre', async () => {
    const byAgency = (await t.app.inject({ method: 'GET', url: '/api/catalog/agencies/51.STP/procedures?pageSize=100' })).json();
    expect(byAgency.total).toBeGreaterThan(50);
    const lists = (await t.app.inject({ method: 'GET', url: '/api/catalog/desks/51.TTPVHCC/lists' })).json().items;
    expect(lists.map((l: { kind: string }) => l.kind).sort()).toEqual(['online_partial', 'received_at_desk']);
    expect(lists[0]).toMatchObject({ status: 'published', decision: { number: '1025/QĐ-UBND' } });
  });

  it('lists the commune procedures at every commune centre', async () => {
    const commune = await t.ctx.db.selectFrom('org_units').select('code').where('kind', '=', 'service_centre').where('level_code', '=', 'commune').executeTakeFirstOrThrow();
    const lists = (await t.app.inject({ method: 'GET', url: `/api/catalog/desks/${commune.code}/lists?kind=received_at_desk` })).json().items;
    expect(lists).toHaveLength(1);
    expect(lists[0].items.map((i: { code: string }) => i.code)).toContain('1.000894');
  });
});
