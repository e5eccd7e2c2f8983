import { legalLimitHours } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '../../seed/demo-seed.ts';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { findApprovedWorkflow } from './index.ts';

describe.each(testEngines())('the demo workflows of the Sở Tư pháp on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedDemoData(t.ctx.db, t.ctx.engine, t.clock);
  }, 120_000);
  afterAll(() => t.close());

  it('approves a workflow for every provincial procedure of the department whose working-day limit fits the standard steps', async () => {
    const control = await logInAs(t.app, 'kiemsoat', DEMO_PASSWORD);
    const page = (await t.app.inject({ method: 'GET', url: '/api/workflows?pageSize=100&defaults=false', headers: control.headers })).json();
    expect(page.total).toBeGreaterThan(40);
    expect(page.items.every((i: { latestStatus: string; agencyUnit: { code: string }; variantKey: string }) => i.latestStatus === 'approved' && i.agencyUnit.code === '51.STP' && i.variantKey === '*')).toBe(true);

    const journey = page.items.find((i: { procedure: { code: string } }) => i.procedure.code === '1.000426');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/workflows/${journey.id}`, headers: control.headers })).json();
    expect(detail).toMatchObject({ legalLimit: { value: 5, unit: 'working_days' }, approvedVersionNumber: 1, allowedActions: ['edit'] });
    expect(detail.versions[0]).toMatchObject({ status: 'approved', totalBudgetHours: 40, decidedBy: { fullName: 'Hoàng Văn Phê Duyệt' } });
    expect(detail.versions[0].steps.map((s: { kind: string; actorRole: string }) => `${s.kind}:${s.actorRole}`)).toEqual([
      'receive:desk_officer', 'transfer:desk_officer', 'appraise:specialist', 'approve:leader', 'sign:leader', 'issue_result:specialist', 'return:desk_officer',
    ]);
    for (const item of page.items) {
      const d = (await t.app.inject({ method: 'GET', url: `/api/workflows/${item.id}`, headers: control.headers })).json();
      expect(d.versions[0].totalBudgetHours, item.procedure.code).toBeLessThanOrEqual(legalLimitHours(d.legalLimit));
    }
  });

  it('gives the dossiers module the approved version of the demo journey’s procedure, for any variant', async () => {
    const procedure = await t.ctx.db.selectFrom('procedures').select('id').where('code', '=', '1.000426').executeTakeFirstOrThrow();
    const agency = await t.ctx.db.selectFrom('org_units').select('id').where('code', '=', '51.STP').executeTakeFirstOrThrow();
    const found = await findApprovedWorkflow(t.ctx.db, { procedureId: procedure.id, variantKey: 'v1', agencyUnitId: agency.id });
    expect(found).toMatchObject({ number: 1, name: 'Cấp thẻ tư vấn viên pháp luật' });
    expect(found!.steps[2]!.budget).toEqual({ value: 2, unit: 'working_days' });
  });

  it('has an approved default workflow for each level, approved by the province leader', async () => {
    const control = await logInAs(t.app, 'kiemsoat', DEMO_PASSWORD);
    const page = (await t.app.inject({ method: 'GET', url: '/api/workflows?defaults=true', headers: control.headers })).json();
    expect(page.items.map((i: { name: string; defaultLevel: string; procedure: unknown; latestStatus: string }) => [i.defaultLevel, i.name, i.procedure, i.latestStatus])).toEqual([
      ['commune', 'Quy trình mặc định cấp xã', null, 'approved'],
      ['province', 'Quy trình mặc định cấp tỉnh', null, 'approved'],
    ]);
    const commune = (await t.app.inject({ method: 'GET', url: `/api/workflows/${page.items[0].id}`, headers: control.headers })).json();
    expect(commune.versions[0]).toMatchObject({ status: 'approved', totalBudgetHours: 32, decidedBy: { fullName: 'Nguyễn Văn Chủ Tịch' } });
  });

  it('shows the leader of the department the same workflows, and nothing waiting for a decision', async () => {
    const leader = await logInAs(t.app, 'lanhdao', DEMO_PASSWORD);
    const all = (await t.app.inject({ method: 'GET', url: '/api/workflows?pageSize=1', headers: leader.headers })).json();
    expect(all.total).toBeGreaterThan(40);
    expect((await t.app.inject({ method: 'GET', url: '/api/workflows?status=submitted', headers: leader.headers })).json().total).toBe(0);
  });
});
