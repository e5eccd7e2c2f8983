/**
 * The work of an assigned dossier belongs to its assignee: another specialist of the same department sees the
 * dossier but may not do the handler's work on it. The list is written out by hand (Decree 118 Art. 19: the
 * officer handling the dossier asks for a supplement, consults, proposes the result), not read from the policy.
 */
import type { DossierAction, DossierStatus } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit } from '../../test/factories.ts';
import type { Session, TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

type Who = 'desk' | 'specialist' | 'leader';
type Step = [Who, DossierAction, Record<string, unknown>?];

describe.each(testEngines())('actions only the assignee may take, on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let finance: { id: string };

  beforeAll(async () => {
    ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z'));
    finance = await createOrgUnit(t.ctx.db, { parent: w.units.province, code: '51.STC', name: 'Sở Tài chính' });
  }, 60_000);
  afterAll(() => t.close());

  const session = (who: Who | 'specialist2'): Session => w[who];
  const post = (who: Who | 'specialist2', id: string, version: number, action: DossierAction, body: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/dossiers/${id}/actions/${action}`, headers: session(who).headers, payload: { expectedVersion: version, ...body } });

  const assigned: Step[] = [['desk', 'transfer'], ['leader', 'assign', { assigneeId: 'specialist' }]];
  const awaitingIssue: Step[] = [...assigned, ['specialist', 'request_approval', { assigneeId: 'leader' }], ['leader', 'approve'], ['leader', 'sign']];

  /** Each action, the path to a status where the assignee may take it, and what it needs. */
  const cases: { action: DossierAction; status: DossierStatus; path: Step[]; body: () => Record<string, unknown> }[] = [
    { action: 'request_supplement', status: 'in_progress', path: assigned, body: () => ({ reason: 'Thiếu giấy tờ', missingDocuments: ['Bản sao Bằng cử nhân luật'] }) },
    { action: 'request_financial_obligation', status: 'in_progress', path: assigned, body: () => ({ obligation: { description: 'Lệ phí cấp thẻ', amount: 50_000 } }) },
    { action: 'consult', status: 'in_progress', path: assigned, body: () => ({ consultation: { unitId: finance.id, question: 'Ý kiến về điều kiện cấp thẻ', workingDays: 3 } }) },
    { action: 'request_approval', status: 'in_progress', path: assigned, body: () => ({ assigneeId: w.officers.leader }) },
    { action: 'transfer', status: 'in_progress', path: assigned, body: () => ({ toUnitId: finance.id }) },
    { action: 'start_step', status: 'in_progress', path: assigned, body: () => ({}) },
    { action: 'complete_step', status: 'in_progress', path: [...assigned, ['specialist', 'start_step']], body: () => ({}) },
    { action: 'apologise_and_extend', status: 'in_progress', path: assigned, body: () => ({ reason: 'Cần xác minh thêm', newDueAt: '2026-12-15T02:00:00.000Z' }) },
    { action: 'issue_result', status: 'awaiting_issue', path: awaitingIssue, body: () => ({ result: { title: 'Thẻ tư vấn viên pháp luật' } }) },
    { action: 'send_back', status: 'awaiting_issue', path: awaitingIssue, body: () => ({ reason: 'Kết quả cần sửa lại' }) },
  ];

  /** The named officer ids in a step's body ('specialist', 'leader') become real ids. */
  const resolve = (body: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, k === 'assigneeId' && typeof v === 'string' ? w.officers[v] : v]));

  it.each(cases.map((c) => [c.action, c.status, c] as const))('%s in %s: the assignee may, another specialist of the department gets 403', async (_a, _s, c) => {
    let d = (await receive(t, w)).json() as { id: string; version: number; status: string };
    for (const [who, action, body] of c.path) {
      const res = await post(who, d.id, d.version, action, resolve(body));
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      d = res.json();
    }
    expect(d.status).toBe(c.status);

    const refused = await post('specialist2', d.id, d.version, c.action, c.body());
    expect(refused.statusCode, refused.statusCode === 200 ? `another specialist was let ${c.action}` : refused.body).toBe(403);
    const unchanged = await t.ctx.db.selectFrom('dossiers').select(['row_version', 'status']).where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(unchanged).toEqual({ row_version: d.version, status: c.status });

    const done = await post('specialist', d.id, d.version, c.action, c.body());
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().actions.at(-1).action).toBe(c.action);
  });
});
