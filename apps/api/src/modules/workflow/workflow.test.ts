import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { variantBody } from '../catalog/catalog.test-support.ts';
import { findApprovedWorkflow, loadWorkflowVersion } from './index.ts';
import { createBody, createWorkflow, standardSteps, workflowWorld, type WorkflowWorld } from './workflow.test-support.ts';

describe.each(testEngines())('internal workflows on %s', (engine) => {
  let t: TestApp;
  let w: WorkflowWorld;

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await workflowWorld(t);
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const lookup = (variantKey = 'v1') => findApprovedWorkflow(t.ctx.db, { procedureId: w.procedureId, variantKey, agencyUnitId: w.units.justice.id });
  const auditOf = (entityId: string) =>
    t.ctx.db.selectFrom('audit_entries').select(['action', 'actor_id', 'org_unit_id', 'data']).where('entity_type', '=', 'workflow').where('entity_id', '=', entityId).orderBy('seq').execute();

  it('takes a workflow from draft through a refused submission, a fix and submission to approval by the agency leader', async () => {
    const created = await createWorkflow(t, w);
    expect(created).toMatchObject({
      variantKey: '*', variantName: null, agencyUnit: { id: w.units.justice.id, name: 'Sở Tư pháp' }, latestVersionNumber: 1, latestStatus: 'draft',
      approvedVersionNumber: null, revision: 1, legalLimit: { value: 3, unit: 'working_days' }, allowedActions: ['edit', 'submit'],
    });
    expect(created.versions).toHaveLength(1);
    expect(created.versions[0]).toMatchObject({ number: 1, status: 'draft', totalBudgetHours: 24, createdBy: { fullName: 'Cán bộ control' } });

    // Appraisal stretched to 2 days: 4 working days in a procedure of 3 ('*' takes the strictest variant).
    const long = await inject('PUT', `/api/workflows/${created.id}/draft`, w.control.headers, { baseRevision: 1, steps: standardSteps(2) });
    expect(long.statusCode).toBe(200);
    expect(long.json()).toMatchObject({ latestVersionNumber: 1, revision: 2, versions: [{ totalBudgetHours: 32 }] });

    const refused = await inject('POST', `/api/workflows/${created.id}/versions/1/submit`, w.control.headers, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'WORKFLOW_CHECK_FAILED', errors: [{ path: 'steps.3.budget.value' }], check: { totalHours: 32, limitHours: 24 } });
    expect(refused.json().errors[0].message).toContain('vượt thời hạn giải quyết theo quy định (3 ngày làm việc)');
    expect((await inject('GET', `/api/workflows/${created.id}`, w.control.headers)).json().latestStatus).toBe('draft');

    expect((await inject('PUT', `/api/workflows/${created.id}/draft`, w.control.headers, { baseRevision: 2, steps: standardSteps(1) })).statusCode).toBe(200);
    const submitted = await inject('POST', `/api/workflows/${created.id}/versions/1/submit`, w.control.headers, { changeNote: 'Quy trình ban đầu' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ latestStatus: 'submitted', allowedActions: ['edit'], versions: [{ status: 'submitted', changeNote: 'Quy trình ban đầu', submittedBy: { fullName: 'Cán bộ control' } }] });
    expect((await inject('GET', `/api/workflows/${created.id}`, w.leader.headers)).json().allowedActions).toEqual(['approve', 'reject']);
    expect(await lookup()).toBeUndefined();

    const approved = await inject('POST', `/api/workflows/${created.id}/versions/1/approve`, w.leader.headers, { note: 'Đồng ý' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ approvedVersionNumber: 1, latestStatus: 'approved', versions: [{ status: 'approved', decidedBy: { fullName: 'Cán bộ leader' }, decisionNote: 'Đồng ý', legalLimit: { value: 3, unit: 'working_days' } }] });
    const found = await lookup();
    expect(found).toMatchObject({ number: 1, versionId: approved.json().versions[0].id });
    expect(found!.steps.map((s) => s.kind)).toEqual(['receive', 'transfer', 'appraise', 'approve', 'sign', 'issue_result', 'return']);

    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['workflow.created', 'workflow.draft_saved', 'workflow.draft_saved', 'workflow.submitted', 'workflow.approved']);
    const audits = await auditOf(created.id);
    expect(audits.every((a) => a.org_unit_id === w.units.justice.id)).toBe(true);
    expect(JSON.parse(audits[4]!.data)).toMatchObject({ version: 1, totalHours: 24, limitHours: 24 });
  });

  it('keeps the approved version in use while a new draft is edited, and supersedes it only when the next one is approved', async () => {
    const wf = (await inject('GET', `/api/workflows?procedureId=${w.procedureId}`, w.control.headers)).json().items[0];
    const v1 = await lookup();
    const draft = await inject('PUT', `/api/workflows/${wf.id}/draft`, w.control.headers, { baseRevision: wf.revision, steps: standardSteps(0.5), changeNote: 'Rút ngắn thẩm định' });
    expect(draft.json()).toMatchObject({ latestVersionNumber: 2, latestStatus: 'draft', approvedVersionNumber: 1 });
    expect(draft.json().versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'draft'], [1, 'approved']]);
    expect((await lookup())!.versionId).toBe(v1!.versionId);

    // Saving again edits the same draft in place.
    const again = await inject('PUT', `/api/workflows/${wf.id}/draft`, w.control.headers, { baseRevision: draft.json().revision, steps: standardSteps(0.5), name: 'Quy trình cấp thẻ tư vấn viên' });
    expect(again.json()).toMatchObject({ latestVersionNumber: 2, name: 'Quy trình cấp thẻ tư vấn viên' });

    expect((await inject('POST', `/api/workflows/${wf.id}/versions/2/submit`, w.control.headers, {})).statusCode).toBe(200);
    const approved = await inject('POST', `/api/workflows/${wf.id}/versions/2/approve`, w.leader.headers, {});
    expect(approved.json().versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'approved'], [1, 'superseded']]);
    expect((await lookup())!.number).toBe(2);
    // A dossier that started on version 1 still reads it.
    const kept = await loadWorkflowVersion(t.ctx.db, v1!.versionId);
    expect(kept).toMatchObject({ number: 1 });
    expect(kept!.steps[2]!.budget).toEqual({ value: 1, unit: 'working_days' });

    const one = await inject('GET', `/api/workflows/${wf.id}/versions/1`, w.leader.headers);
    expect(one.json()).toMatchObject({ number: 1, status: 'superseded' });
    expect((await inject('GET', `/api/workflows/${wf.id}/versions/9`, w.leader.headers)).statusCode).toBe(404);
  });

  it('refuses to approve when the procedure limit was shortened after submission, and lets the leader send it back with a reason', async () => {
    const wf = await createWorkflow(t, w, { variantKey: 'v2', steps: standardSteps(7) });
    expect(wf).toMatchObject({ variantName: 'Cấp lại thẻ', legalLimit: { value: 10, unit: 'working_days' } });
    expect((await inject('POST', `/api/workflows/${wf.id}/versions/1/submit`, w.control.headers, {})).statusCode).toBe(200);

    const detail = (await inject('GET', `/api/catalog/procedures/${w.procedureId}`, w.control.headers)).json();
    const shortened = await inject('PUT', `/api/catalog/procedures/${w.procedureId}/variants/v2`, w.control.headers, {
      ...variantBody({ key: 'v2', name: 'Cấp lại thẻ', timeLimit: { value: 5, unit: 'working_days' }, channels: [{ channel: 'in_person', timeLimit: { value: 5, unit: 'working_days' }, description: null }] }),
      baseVersion: detail.latestVersionNumber,
    });
    expect(shortened.statusCode).toBe(200);

    const refused = await inject('POST', `/api/workflows/${wf.id}/versions/1/approve`, w.leader.headers, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'WORKFLOW_CHECK_FAILED', errors: [{ path: 'steps.2.budget.value' }], check: { limitHours: 40, legalLimit: { value: 5, unit: 'working_days' } } });
    expect((await inject('GET', `/api/workflows/${wf.id}`, w.leader.headers)).json().latestStatus).toBe('submitted');

    const noReason = await inject('POST', `/api/workflows/${wf.id}/versions/1/reject`, w.leader.headers, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('body.reason');
    const rejected = await inject('POST', `/api/workflows/${wf.id}/versions/1/reject`, w.leader.headers, { reason: 'Thời hạn đã rút còn 5 ngày làm việc' });
    expect(rejected.json()).toMatchObject({ latestStatus: 'rejected', approvedVersionNumber: null, versions: [{ status: 'rejected', decisionNote: 'Thời hạn đã rút còn 5 ngày làm việc' }] });
    const late = await inject('POST', `/api/workflows/${wf.id}/versions/1/approve`, w.leader.headers, {});
    expect(late.statusCode).toBe(409);
    expect((await auditOf(wf.id)).at(-1)).toMatchObject({ action: 'workflow.rejected' });

    // The control officer starts again from a new draft; the rejected version stays as it was.
    const redo = await inject('PUT', `/api/workflows/${wf.id}/draft`, w.control.headers, { baseRevision: rejected.json().revision, steps: standardSteps(3) });
    expect(redo.json().versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'draft'], [1, 'rejected']]);
  });

  it('finds the variant’s own approved workflow before the one for every variant', async () => {
    expect((await lookup('v2'))!.number).toBe(2); // v2 has no approved workflow of its own: the '*' one serves it.
    const own = await inject('GET', `/api/workflows?procedureId=${w.procedureId}&status=draft`, w.control.headers);
    const v2 = own.json().items.find((i: { variantKey: string }) => i.variantKey === 'v2');
    expect((await inject('POST', `/api/workflows/${v2.id}/versions/2/submit`, w.control.headers, {})).statusCode).toBe(200);
    expect((await inject('POST', `/api/workflows/${v2.id}/versions/2/approve`, w.leader.headers, {})).statusCode).toBe(200);
    const found = await lookup('v2');
    expect(found!.name).toBe(v2.name);
    expect(found!.steps[2]!.budget.value).toBe(3);
    expect((await lookup('v1'))!.steps[2]!.budget.value).toBe(0.5);
    expect(await findApprovedWorkflow(t.ctx.db, { procedureId: w.procedureId, variantKey: 'v1', agencyUnitId: w.units.construction.id })).toBeUndefined();
  });

  it('refuses a stale editor, a second workflow for the same variant and agency, and units that do not exist', async () => {
    const wf = (await inject('GET', `/api/workflows?procedureId=${w.procedureId}&status=approved`, w.control.headers)).json().items[0];
    const stale = await inject('PUT', `/api/workflows/${wf.id}/draft`, w.control.headers, { baseRevision: wf.revision - 1, steps: standardSteps(1) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', revision: wf.revision });

    const twice = await inject('POST', '/api/workflows', w.control.headers, createBody(w));
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'DUPLICATE', workflowId: expect.any(String) });

    const steps = standardSteps(1);
    steps[2] = { ...steps[2]!, unitId: 'no-such-unit' };
    const ghost = await inject('PUT', `/api/workflows/${wf.id}/draft`, w.control.headers, { baseRevision: wf.revision, steps });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json().errors).toEqual([{ path: 'body.steps.2.unitId', message: 'Đơn vị không tồn tại' }]);

    const notResolving = await inject('POST', '/api/workflows', w.control.headers, createBody(w, { agencyUnitId: w.units.construction.id }));
    expect(notResolving.json().errors[0].path).toBe('body.agencyUnitId');
    const noVariant = await inject('POST', '/api/workflows', w.control.headers, createBody(w, { variantKey: 'v9' }));
    expect(noVariant.json().errors[0].path).toBe('body.variantKey');
  });

  it('checks steps without saving them, against the variant’s limit', async () => {
    const versions = async () => Number((await t.ctx.db.selectFrom('workflow_versions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await versions();
    const fits = await inject('POST', '/api/workflows/check', w.control.headers, { procedureId: w.procedureId, variantKey: 'v2', steps: standardSteps(3) });
    expect(fits.json()).toMatchObject({ ok: true, errors: [], totalHours: 40, limitHours: 40, legalLimit: { value: 5, unit: 'working_days' } });
    const over = await inject('POST', '/api/workflows/check', w.control.headers, { procedureId: w.procedureId, variantKey: 'v2', steps: standardSteps(4) });
    expect(over.json()).toMatchObject({ ok: false, totalHours: 48, errors: [{ path: 'steps.3.budget.value' }] });
    expect(await versions()).toBe(before);
  });

  it('shows the procedure’s variants, limits, resolving agencies and existing workflows to the create form', async () => {
    const res = await inject('GET', `/api/workflows/procedures/${w.procedureId}`, w.control.headers);
    expect(res.json()).toMatchObject({
      procedure: { code: '1.999426' },
      variants: [{ key: 'v1', legalLimit: { value: 3, unit: 'working_days' } }, { key: 'v2', legalLimit: { value: 5, unit: 'working_days' } }],
      agencies: [{ id: w.units.justice.id }],
    });
    expect(res.json().workflows.map((x: { variantKey: string }) => x.variantKey).sort()).toEqual(['*', 'v2']);
  });
  it('replaces a version still waiting for a decision when a newer draft is submitted, so the leader decides on one', async () => {
    const wf = await createWorkflow(t, w, { variantKey: 'v1' });
    expect((await inject('POST', `/api/workflows/${wf.id}/versions/1/submit`, w.control.headers, {})).statusCode).toBe(200);
    const current = (await inject('GET', `/api/workflows/${wf.id}`, w.control.headers)).json();
    // Saving while version 1 waits starts version 2; version 1 is left as submitted until version 2 is.
    const draft = await inject('PUT', `/api/workflows/${wf.id}/draft`, w.control.headers, { baseRevision: current.revision, steps: standardSteps(0.5) });
    expect(draft.json().versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'draft'], [1, 'submitted']]);
    expect(draft.json().allowedActions).toEqual(['edit', 'submit']);
    const submitted = await inject('POST', `/api/workflows/${wf.id}/versions/2/submit`, w.control.headers, {});
    expect(submitted.json().versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'submitted'], [1, 'superseded']]);
    expect((await inject('POST', `/api/workflows/${wf.id}/versions/1/approve`, w.leader.headers, {})).statusCode).toBe(409);
    expect((await inject('POST', `/api/workflows/${wf.id}/versions/2/approve`, w.leader.headers, {})).statusCode).toBe(200);
  });

  it('answers a retried approval with the first result and approves once', async () => {
    const current = (await inject('GET', `/api/workflows?procedureId=${w.procedureId}&status=approved`, w.control.headers)).json().items[0];
    const wf = (await inject('PUT', `/api/workflows/${current.id}/draft`, w.control.headers, { baseRevision: current.revision, steps: standardSteps(1) })).json();
    expect((await inject('POST', `/api/workflows/${wf.id}/versions/${wf.latestVersionNumber}/submit`, w.control.headers, {})).statusCode).toBe(200);
    const approve = () => inject('POST', `/api/workflows/${wf.id}/versions/${wf.latestVersionNumber}/approve`, { ...w.leader.headers, 'idempotency-key': `approve-${wf.id}` }, {});
    const approvals = async () => (await t.ctx.db.selectFrom('audit_entries').select('seq').where('entity_id', '=', wf.id).where('action', '=', 'workflow.approved').execute()).length;
    const before = await approvals();
    const first = await approve();
    const retry = await approve();
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().revision).toBe(first.json().revision);
    expect(await approvals()).toBe(before + 1);
  });
});
