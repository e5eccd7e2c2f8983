import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { createBody, createWorkflow, standardSteps, workflowWorld, type WorkflowWorld } from './workflow.test-support.ts';

describe.each(testEngines())('workflow permissions and scope on %s', (engine) => {
  let t: TestApp;
  let w: WorkflowWorld;
  let workflowId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await workflowWorld(t);
    workflowId = (await createWorkflow(t, w)).id;
    const submitted = await t.app.inject({ method: 'POST', url: `/api/workflows/${workflowId}/versions/1/submit`, headers: w.control.headers, payload: {} });
    expect(submitted.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  const editRoutes = () => [
    { method: 'POST' as const, url: '/api/workflows', payload: createBody(w, { variantKey: 'v2' }) },
    { method: 'PUT' as const, url: `/api/workflows/${workflowId}/draft`, payload: { baseRevision: 2, steps: standardSteps(1) } },
    { method: 'POST' as const, url: `/api/workflows/${workflowId}/versions/1/submit`, payload: {} },
  ];
  const decideRoutes = () => [
    { method: 'POST' as const, url: `/api/workflows/${workflowId}/versions/1/approve`, payload: {} },
    { method: 'POST' as const, url: `/api/workflows/${workflowId}/versions/1/reject`, payload: { reason: 'Không đồng ý' } },
  ];

  it.each(['desk', 'specialist', 'viewer'] as const)('keeps a %s out of workflows entirely', async (who) => {
    for (const r of [...editRoutes(), ...decideRoutes(), { method: 'GET' as const, url: '/api/workflows', payload: undefined }, { method: 'GET' as const, url: `/api/workflows/${workflowId}`, payload: undefined }]) {
      const res = await call(w[who], r.method, r.url, r.payload);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });

  it('does not let a control officer approve or reject', async () => {
    for (const r of decideRoutes()) {
      const res = await call(w.control, r.method, r.url, r.payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await call(w.control, 'GET', `/api/workflows/${workflowId}`)).json().allowedActions).toEqual(['edit']);
  });

  it('does not let a leader edit or submit, only decide', async () => {
    for (const r of editRoutes()) {
      const res = await call(w.leader, r.method, r.url, r.payload);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });

  it('keeps a leader of another agency from seeing or deciding on the workflow', async () => {
    for (const r of decideRoutes()) {
      const res = await call(w.otherLeader, r.method, r.url, r.payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('OUT_OF_SCOPE');
    }
    expect((await call(w.otherLeader, 'GET', `/api/workflows/${workflowId}`)).statusCode).toBe(404);
    expect((await call(w.otherLeader, 'GET', `/api/workflows/${workflowId}/versions/1`)).statusCode).toBe(404);
    expect((await call(w.otherLeader, 'GET', '/api/workflows')).json()).toMatchObject({ items: [], total: 0 });
    // The version is still waiting for its own agency's leader.
    expect((await call(w.leader, 'GET', '/api/workflows?status=submitted')).json()).toMatchObject({ total: 1, items: [{ id: workflowId }] });
  });

  it('keeps a commune control officer from managing a department’s workflow', async () => {
    const res = await call(w.communeControl, 'POST', '/api/workflows', createBody(w, { variantKey: 'v2' }));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OUT_OF_SCOPE');
    const edit = await call(w.communeControl, 'PUT', `/api/workflows/${workflowId}/draft`, { baseRevision: 2, steps: standardSteps(1) });
    expect(edit.json().code).toBe('OUT_OF_SCOPE');
    expect((await call(w.communeControl, 'GET', '/api/workflows')).json().total).toBe(0);
  });

  it('asks an anonymous visitor to sign in and refuses a change without the CSRF token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/workflows' })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/workflows/${workflowId}/versions/1/approve`, headers: { cookie: w.leader.cookie }, payload: {} });
    expect(noCsrf.json().code).toBe('CSRF_FAILED');
  });

  it('lets the agency leader approve, and writes nothing when a forbidden attempt fails', async () => {
    const audits = async () => (await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', workflowId).execute()).map((a) => a.action);
    expect(await audits()).toEqual(['workflow.created', 'workflow.submitted']);
    const ok = await call(w.leader, 'POST', `/api/workflows/${workflowId}/versions/1/approve`, {});
    expect(ok.statusCode).toBe(200);
    expect(await audits()).toEqual(['workflow.created', 'workflow.submitted', 'workflow.approved']);
    const [entry] = await t.ctx.db.selectFrom('audit_entries').innerJoin('officers', 'officers.id', 'audit_entries.actor_id').select('officers.username').where('entity_id', '=', workflowId).where('action', '=', 'workflow.approved').execute();
    expect(entry!.username).toBe('leader');
  });
});
