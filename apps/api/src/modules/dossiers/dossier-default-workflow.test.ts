import type { WorkflowStep } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer } from '../../test/factories.ts';
import { logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { actOk, demoSteps, loadDemoRecord, PROCEDURE_CODE, publishProcedure, receive, startDossierWorld, view, type DossierWorld } from './dossiers.test-support.ts';

type Handover = { seq: number; stepName: string; stepKind: string; toUnit: { id: string }; endedAt: string | null };

describe.each(testEngines())('the default workflow of a level on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let communeProcedureId: string;
  let provinceLeader: Session;
  let communeLeader: Session;

  beforeAll(async () => {
    // Monday 23/11/2026, 09:00 Vietnam time.
    ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z'));
    const base = await loadDemoRecord(PROCEDURE_CODE);
    // A commune procedure the province adopted (assigned to the commune) with no workflow of its own.
    communeProcedureId = await publishProcedure(t, { ...base, code: '1.999201', name: 'Chứng thực bản sao tại xã (thử nghiệm)', levels: ['commune'] }, [w.units.commune.id]);
    await createOfficer(t.ctx.db, { username: 'provinceleader', roles: [{ role: 'leader', unit: w.units.province }], fullName: 'Chủ tịch UBND tỉnh' });
    await createOfficer(t.ctx.db, { username: 'communeleader', roles: [{ role: 'leader', unit: w.units.commune }], fullName: 'Chủ tịch UBND phường' });
    [provinceLeader, communeLeader] = [await logInAs(t.app, 'provinceleader'), await logInAs(t.app, 'communeleader')];
  }, 60_000);
  afterAll(() => t.close());

  const receiveAtCommune = () => receive(t, w, { procedureId: communeProcedureId, requestSummary: 'Đề nghị chứng thực bản sao' }, w.communeDesk);
  const defaults = async () => (await t.app.inject({ method: 'GET', url: '/api/workflows?defaults=true', headers: w.control.headers })).json().items as { id: string; defaultLevel: string; revision: number; latestVersionNumber: number }[];

  it('receives a commune procedure without a workflow of its own at the commune desk, with the default workflow of the commune level', async () => {
    const intake = (await t.app.inject({ method: 'GET', url: `/api/dossiers/intake?procedureId=${communeProcedureId}`, headers: w.communeDesk.headers })).json();
    expect(intake.variants[0]).toMatchObject({ hasApprovedWorkflow: true, defaultWorkflow: true });
    const res = await receiveAtCommune();
    expect(res.statusCode, res.body).toBe(201);
    const d = await view(t, w.communeDesk, res.json().id);
    expect(d.workflow).toMatchObject({ name: 'Quy trình mặc định cấp xã', isDefault: true, currentStepIndex: 1 });
    expect(d.handovers.map((h: Handover) => [h.seq, h.stepKind, h.stepName, h.toUnit.id, h.endedAt !== null])).toEqual([
      [1, 'receive', 'Tiếp nhận, kiểm tra hồ sơ tại Bộ phận Một cửa', w.units.communeCentre.id, true],
      [2, 'transfer', 'Chuyển hồ sơ đến Ủy ban nhân dân cấp xã', w.units.communeCentre.id, false],
    ]);
    // The desk hands it over: the next hand-over is the template's appraisal step, at the commune committee.
    const after = await actOk(t, w.communeDesk, d.id, 'transfer');
    expect(after.workflow.currentStepIndex).toBe(2);
    expect(after.handovers.at(-1)).toMatchObject({ seq: 3, stepKind: 'appraise', stepName: 'Thẩm định hồ sơ, dự thảo kết quả', toUnit: { id: w.units.commune.id }, endedAt: null });
  });

  it('refuses the receipt when neither a workflow of its own nor an approved default exists for the agency’s level', async () => {
    const commune = (await defaults()).find((d) => d.defaultLevel === 'commune')!;
    await t.ctx.db.updateTable('workflows').set({ approved_version_id: null }).where('id', '=', commune.id).execute();
    try {
      const res = await receiveAtCommune();
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'body.agencyUnitId', message: 'Thủ tục chưa có quy trình nội bộ được phê duyệt (riêng hoặc mặc định) tại cơ quan giải quyết này' }]);
    } finally {
      const approved = await t.ctx.db.selectFrom('workflow_versions').select('id').where('workflow_id', '=', commune.id).where('status', '=', 'approved').executeTakeFirstOrThrow();
      await t.ctx.db.updateTable('workflows').set({ approved_version_id: approved.id }).where('id', '=', commune.id).execute();
    }
  });

  it('uses the procedure’s own workflow instead once a leader of the commune approves one', async () => {
    // 4 + 4 + 12 + 8 + 4 + 4 + 4 = 40 working hours: the procedure's 5 working days.
    const steps: WorkflowStep[] = demoSteps.map((s, i) =>
      i === 1 ? { ...s, name: 'Chuyển công chức tư pháp - hộ tịch' } : i === 2 ? { ...s, budget: { value: 12, unit: 'working_hours' } } : s,
    );
    const created = await t.app.inject({ method: 'POST', url: '/api/workflows', headers: w.control.headers, payload: { procedureId: communeProcedureId, agencyUnitId: w.units.commune.id, steps } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    // Until it is approved, dossiers keep getting the default.
    expect((await view(t, w.communeDesk, (await receiveAtCommune()).json().id)).workflow).toMatchObject({ isDefault: true });
    const submitted = await t.app.inject({ method: 'POST', url: `/api/workflows/${id}/versions/1/submit`, headers: w.control.headers, payload: {} });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/workflows/${id}/versions/1/approve`, headers: communeLeader.headers, payload: {} })).statusCode).toBe(200);
    const d = await view(t, w.communeDesk, (await receiveAtCommune()).json().id);
    expect(d.workflow).toMatchObject({ name: 'Chứng thực bản sao tại xã (thử nghiệm)', isDefault: false });
    expect(d.handovers.map((h: Handover) => h.stepName)).toEqual(['Tiếp nhận hồ sơ', 'Chuyển công chức tư pháp - hộ tịch']);
  });

  it('lets only the province’s control officers edit a default template and only a province-wide leader approve it', async () => {
    const province = (await defaults()).find((d) => d.defaultLevel === 'province')!;
    const steps = demoSteps;
    const edit = (session: Session) => t.app.inject({ method: 'PUT', url: `/api/workflows/${province.id}/draft`, headers: session.headers, payload: { baseRevision: province.revision, steps } });
    expect((await edit(w.desk)).json().code).toBe('FORBIDDEN');
    expect((await edit(w.leader)).json().code).toBe('FORBIDDEN');
    const saved = await edit(w.control);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ defaultLevel: 'province', procedure: null, latestVersionNumber: 2, approvedVersionNumber: 1 });
    const submit = await t.app.inject({ method: 'POST', url: `/api/workflows/${province.id}/versions/2/submit`, headers: w.control.headers, payload: {} });
    expect(submit.statusCode, submit.body).toBe(200);
    const approve = (session: Session) => t.app.inject({ method: 'POST', url: `/api/workflows/${province.id}/versions/2/approve`, headers: session.headers, payload: {} });
    expect((await approve(w.control)).json().code).toBe('FORBIDDEN');
    expect((await approve(w.leader)).json().code).toBe('OUT_OF_SCOPE');
    expect((await approve(communeLeader)).json().code).toBe('OUT_OF_SCOPE');
    const approved = await approve(provinceLeader);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ approvedVersionNumber: 2, versions: [{ number: 2, status: 'approved', decidedBy: { fullName: 'Chủ tịch UBND tỉnh' } }, { number: 1, status: 'superseded' }] });
  });

  it('refuses a second template for a level and a template step that names a unit', async () => {
    const again = await t.app.inject({ method: 'POST', url: '/api/workflows/defaults', headers: w.control.headers, payload: { level: 'commune', steps: demoSteps } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DUPLICATE');
    const named = demoSteps.map((s, i) => (i === 2 ? { ...s, unitId: w.units.justice.id } : s));
    const check = (await t.app.inject({ method: 'POST', url: '/api/workflows/check', headers: w.control.headers, payload: { steps: named } })).json();
    expect(check.ok).toBe(false);
    expect(check.errors).toContainEqual({ path: 'steps.2.unitId', message: 'Quy trình mặc định không chỉ định đơn vị: bước do cơ quan giải quyết hồ sơ thực hiện' });
    const province = (await defaults()).find((d) => d.defaultLevel === 'province')!;
    const res = await t.app.inject({ method: 'PUT', url: `/api/workflows/${province.id}/draft`, headers: w.control.headers, payload: { baseRevision: province.revision, steps: named } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.steps.2.unitId', message: 'Quy trình mặc định không chỉ định đơn vị: bước do cơ quan giải quyết hồ sơ thực hiện' }]);
  });
});
