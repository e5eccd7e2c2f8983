/**
 * The permission matrix: for every action that leaves a status in the shared actions table, every kind of
 * officer gets 200, 403, 404 or 409 exactly as the table, the hand-over rule and the unit scope say.
 */
import { actionsFromStatus, dossierActionDefinitions, findTransition, type DossierAction, type DossierActor, type DossierStatus } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit } from '../../test/factories.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { newId } from '../../platform/ids.ts';
import { handlerActions } from './dossiers.policy.ts';
import { dossierWorld, receive, type DossierWorld } from './dossiers.test-support.ts';

type Who = 'desk' | 'specialist' | 'specialist2' | 'leader' | 'otherLeader' | 'viewer' | 'control' | 'communeDesk';
const everyone: Who[] = ['desk', 'specialist', 'specialist2', 'leader', 'otherLeader', 'viewer', 'control', 'communeDesk'];

/** What each officer is on these dossiers (received at the provincial centre, resolved by Sở Tư pháp). */
const cast: Record<Who, { sees: boolean; processes: boolean; role: DossierActor | null }> = {
  desk: { sees: true, processes: true, role: 'desk_officer' },
  specialist: { sees: true, processes: true, role: 'specialist' },
  specialist2: { sees: true, processes: true, role: 'specialist' },
  leader: { sees: true, processes: true, role: 'leader' },
  // Sở Xây dựng's leader and the commune desk: the dossier is outside their units, so it does not exist for them.
  otherLeader: { sees: false, processes: true, role: null },
  communeDesk: { sees: false, processes: true, role: null },
  // Read-only roles.
  viewer: { sees: true, processes: false, role: null },
  control: { sees: true, processes: false, role: null },
};

type Dossier = { id: string; version: number; assigneeId: string | null; consultationId?: string };
type Step = [Who, DossierAction, Record<string, unknown>?];

/** How a dossier of the demo procedure reaches each status. */
const paths: Partial<Record<DossierStatus, Step[]>> = {};

describe.each(testEngines())('who may do what on a dossier on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let sessions: Record<Who, Session>;
  /** Transfers and consultations of the matrix go here, so Sở Xây dựng stays a stranger to every dossier. */
  let finance: { id: string };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set(new Date('2026-11-23T02:00:00.000Z'));
    w = await dossierWorld(t);
    finance = await createOrgUnit(t.ctx.db, { parent: w.units.province, code: '51.STC', name: 'Sở Tài chính' });
    sessions = { desk: w.desk, specialist: w.specialist, specialist2: w.specialist2, leader: w.leader, otherLeader: w.otherLeader, viewer: w.viewer, control: w.control, communeDesk: w.communeDesk };
    const toProgress: Step[] = [['desk', 'transfer'], ['leader', 'assign', { assigneeId: w.officers.specialist }]];
    const toApproval: Step[] = [...toProgress, ['specialist', 'request_approval', { assigneeId: w.officers.leader }]];
    const toResult: Step[] = [...toApproval, ['leader', 'approve'], ['leader', 'sign'], ['specialist', 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } }]];
    Object.assign(paths, {
      received: [],
      awaiting_assignment: [['desk', 'transfer']],
      in_progress: toProgress,
      consulting: [...toProgress, ['specialist', 'consult', { consultation: { unitId: finance.id, question: 'Ý kiến về điều kiện cấp thẻ', workingDays: 3 } }]],
      awaiting_approval: toApproval,
      awaiting_signature: [...toApproval, ['leader', 'approve']],
      awaiting_issue: [...toApproval, ['leader', 'approve'], ['leader', 'sign']],
      result_ready: toResult,
      returned: [...toResult, ['desk', 'return_result', { returnMethod: 'desk' }]],
      supplement_requested: [...toProgress, ['specialist', 'request_supplement', { reason: 'Thiếu giấy tờ', missingDocuments: ['Bản sao Bằng cử nhân luật'] }]],
      financial_obligation_requested: [...toProgress, ['specialist', 'request_financial_obligation', { obligation: { description: 'Lệ phí', amount: 50_000 } }]],
      stopped: [['desk', 'stop', { reason: 'Người nộp đề nghị dừng' }]],
    } satisfies Partial<Record<DossierStatus, Step[]>>);
  }, 60_000);
  afterAll(() => t.close());

  /** What each action needs to succeed, on a given dossier. */
  const bodyFor = (action: DossierAction, d: Dossier): Record<string, unknown> => {
    const reason = dossierActionDefinitions[action].needsReason ? { reason: 'Lý do ghi trong thử nghiệm' } : {};
    const facts: Partial<Record<DossierAction, Record<string, unknown>>> = {
      transfer: { toUnitId: finance.id },
      assign: { assigneeId: w.officers.specialist },
      request_approval: { assigneeId: w.officers.leader },
      consult: { consultation: { unitId: finance.id, question: 'Ý kiến?', workingDays: 2 } },
      answer_consultation: { answer: { consultationId: d.consultationId ?? '-', text: 'Đồng ý' } },
      request_supplement: { missingDocuments: ['Bản sao Bằng cử nhân luật'] },
      submit_supplement: { documents: [{ requirement: 2, name: 'Bản sao Bằng cử nhân luật', originals: 0, copies: 1 }] },
      request_financial_obligation: { obligation: { description: 'Lệ phí', amount: 50_000 } },
      record_payment: { payment: { receiptNumber: 'BL-1', method: 'cash' } },
      issue_result: { result: { title: 'Thẻ tư vấn viên pháp luật' } },
      return_result: { returnMethod: 'desk' },
      apologise_and_extend: { newDueAt: '2026-12-15T02:00:00.000Z' },
    };
    return { expectedVersion: d.version, ...reason, ...(facts[action] ?? {}) };
  };

  const post = (who: Who, d: Dossier, action: DossierAction, body: Record<string, unknown> = bodyFor(action, d)) =>
    t.app.inject({ method: 'POST', url: `/api/dossiers/${d.id}/actions/${action}`, headers: sessions[who].headers, payload: { expectedVersion: d.version, ...body } });

  const reach = async (status: DossierStatus): Promise<Dossier> => {
    const res = await receive(t, w);
    let json = res.json();
    for (const [who, action, body] of paths[status]!) {
      const r = await post(who, { id: json.id, version: json.version, assigneeId: null }, action, body ?? {});
      expect(r.statusCode, `${status} via ${action}: ${r.body}`).toBe(200);
      json = r.json();
    }
    expect(json.status).toBe(status);
    return { id: json.id, version: json.version, assigneeId: json.assignee?.id ?? null, consultationId: json.consultations?.[0]?.id };
  };

  const children = ['dossier_actions', 'dossier_documents', 'dossier_handovers', 'dossier_agencies', 'dossier_consultations', 'dossier_obligations', 'dossier_results'] as const;
  let clones = 0;
  /** A copy of a dossier with all its records, under a new id and code: as if it had walked the same path. */
  const clone = async (d: Dossier): Promise<Dossier> => {
    const id = newId();
    const db = t.ctx.db;
    const row = await db.selectFrom('dossiers').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    const code = `${row.code.slice(0, -4)}${5000 + (clones += 1)}`;
    await db.insertInto('dossiers').values({ ...row, id, code }).execute();
    const ids = new Map<string, string>();
    for (const table of children) {
      const rows = (await db.selectFrom(table).selectAll().where('dossier_id', '=', d.id).execute()) as Record<string, unknown>[];
      for (const r of rows) {
        const copy: Record<string, unknown> = { ...r, dossier_id: id };
        if (typeof r.id === 'string') ids.set(r.id, (copy.id = newId()) as string);
        if (table === 'dossier_results') copy.code = `${code}-KQ${String(r.number)}`;
        await db.insertInto(table).values(copy as never).execute();
      }
    }
    return { ...d, id, consultationId: d.consultationId ? ids.get(d.consultationId) : undefined };
  };

  /** Guards of the dated rules that refuse even the right role in these set-ups. */
  const guarded = (status: DossierStatus, action: DossierAction) =>
    (status === 'in_progress' && action === 'complete_step') || // no step started yet
    (status === 'in_progress' && action === 'issue_result') || // the workflow has an approval step
    (status === 'in_progress' && action === 'answer_consultation') || // nobody was consulted
    (status === 'supplement_requested' && action === 'close_without_supplement'); // the applicant still has time

  const expected = (who: Who, status: DossierStatus, action: DossierAction, d: Dossier): 200 | 403 | 404 | 409 => {
    const c = cast[who];
    if (!c.sees) return 404;
    if (!c.processes || !c.role) return 403;
    const officerId = w.officers[who === 'specialist2' ? 'specialist2' : who === 'specialist' ? 'specialist' : who === 'leader' ? 'leader' : 'desk'];
    // Once assigned, another specialist keeps no handler role on the dossier.
    const narrowed = c.role === 'specialist' && d.assigneeId !== null && d.assigneeId !== officerId && handlerActions.includes(action);
    if (narrowed) return 403;
    const transition = findTransition(action, status);
    if (!transition) return 409;
    if (!transition.roles.includes(c.role)) return 403;
    return guarded(status, action) ? 409 : 200;
  };

  const statuses = (): DossierStatus[] => Object.keys(paths) as DossierStatus[];
  const paperActions = (status: DossierStatus): DossierAction[] => actionsFromStatus(status).filter((a) => a !== 'accept_online');

  it('covers every status of the paper path with at least one action', () => {
    expect(statuses()).toHaveLength(12);
    for (const s of statuses()) if (s !== 'stopped') expect(paperActions(s).length, s).toBeGreaterThan(0);
  });

  it('answers every action of every status for every officer as the actions table says', async () => {
    const cells: string[] = [];
    // Officers who may not act on these dossiers at all get the same answer whatever the action and status:
    // each of them tries every action once and something in every status, the others the whole product.
    const tried = new Set<string>();
    const outsider = (who: Who) => !cast[who].sees || !cast[who].processes;
    for (const status of statuses()) {
      const probe = await reach(status);
      const buttons: Partial<Record<Who, string[]>> = {};
      const actions = paperActions(status);
      // One action the status does not have, to check the 409 lists what is allowed.
      const outside = (['approve', 'return_result', 'assign'] as DossierAction[]).find((a) => !actions.includes(a))!;
      for (const action of [...actions, outside]) {
        for (const who of everyone) {
          if (outsider(who)) {
            if (tried.has(`${who} ${action}`) && tried.has(`${who} ${status}`)) continue;
            tried.add(`${who} ${action}`).add(`${who} ${status}`);
          }
          const want = expected(who, status, action, probe);
          if (want === 200) {
            // A success changes the dossier: each one gets a copy of its own.
            const fresh = await clone(probe);
            const res = await post(who, fresh, action);
            cells.push(`${status} ${action} ${who} ${res.statusCode}`);
            expect(res.statusCode, `${status} ${action} by ${who}: ${res.body}`).toBe(200);
            expect(res.json().actions.at(-1).action).toBe(action);
            continue;
          }
          const res = await post(who, probe, action);
          cells.push(`${status} ${action} ${who} ${res.statusCode}`);
          expect(res.statusCode, `${status} ${action} by ${who}: ${res.body}`).toBe(want);
          if (want === 409) {
            // The refusal lists exactly what this officer may do now: the buttons of the dossier page.
            buttons[who] ??= (await t.app.inject({ method: 'GET', url: `/api/dossiers/${probe.id}`, headers: sessions[who].headers })).json().allowedActions.map((a: { action: string }) => a.action).sort();
            expect(res.json().code, `${status} ${action} by ${who}`).toBe('ACTION_NOT_ALLOWED');
            expect([...res.json().allowed].sort(), `${status} ${action} by ${who}`).toEqual(buttons[who]);
            expect(buttons[who], `${status}: buttons of ${who}`).toEqual(actions.filter((a) => expected(who, status, a, probe) === 200).sort());
          }
        }
      }
      // Nothing the refused officers tried changed the probe.
      const row = await t.ctx.db.selectFrom('dossiers').select(['row_version', 'status']).where('id', '=', probe.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ row_version: probe.version, status });
    }
    expect(cells.filter((c) => c.endsWith(' 200')).length).toBeGreaterThan(40);
  }, 120_000);

  /**
   * Key cells written out by hand from the roles' work (rules.md §2), not computed from the actions table, so a
   * wrong table or policy disagrees with them. The dossier is assigned to `specialist`; 200 cells act on a copy.
   */
  const written: [DossierStatus, DossierAction, Partial<Record<Who, 200 | 403 | 404>>][] = [
    ['received', 'transfer', { desk: 200, specialist: 403, leader: 403, viewer: 403, control: 403, otherLeader: 404 }],
    ['received', 'stop', { desk: 200, specialist: 403, viewer: 403 }],
    ['awaiting_assignment', 'assign', { leader: 200, specialist: 403, desk: 403, viewer: 403, control: 403 }],
    ['in_progress', 'request_supplement', { specialist: 200, specialist2: 403, desk: 403, viewer: 403 }],
    ['in_progress', 'request_approval', { specialist: 200, specialist2: 403, leader: 403, desk: 403 }],
    ['in_progress', 'issue_result', { specialist2: 403, desk: 403, viewer: 403 }],
    ['in_progress', 'refuse', { leader: 200, specialist: 403, desk: 403, control: 403 }],
    ['awaiting_approval', 'approve', { leader: 200, specialist: 403, desk: 403, viewer: 403, otherLeader: 404 }],
    ['awaiting_signature', 'sign', { leader: 200, specialist: 403, desk: 403 }],
    ['awaiting_issue', 'issue_result', { specialist: 200, specialist2: 403, desk: 403 }],
    ['result_ready', 'return_result', { desk: 200, specialist: 403, leader: 403, viewer: 403 }],
    ['supplement_requested', 'submit_supplement', { desk: 200, specialist: 403, leader: 403 }],
    ['financial_obligation_requested', 'record_payment', { desk: 200, specialist: 403, viewer: 403 }],
  ];

  it('answers the key cells written out by hand', async () => {
    const wrong: string[] = [];
    for (const [status, action, cells] of written) {
      const probe = await reach(status);
      for (const [who, want] of Object.entries(cells) as [Who, number][]) {
        const res = await post(who, want === 200 ? await clone(probe) : probe, action);
        if (res.statusCode !== want) wrong.push(`${status} ${action} by ${who}: expected ${want}, got ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('receives a dossier only at the desk: reading officers get 403', async () => {
    const cells: Partial<Record<Who, 201 | 403>> = { desk: 201, viewer: 403, control: 403, specialist: 403, leader: 403, otherLeader: 403 };
    const wrong: string[] = [];
    for (const [who, want] of Object.entries(cells) as [Who, number][]) {
      const res = await receive(t, w, {}, sessions[who]);
      if (res.statusCode !== want) wrong.push(`receive by ${who}: expected ${want}, got ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets the viewer and the control officer read but not act, and hides the dossier from other units', async () => {
    const d = await reach('in_progress');
    for (const who of ['viewer', 'control', 'specialist2'] as Who[]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: sessions[who].headers })).statusCode, who).toBe(200);
    }
    for (const who of ['otherLeader', 'communeDesk'] as Who[]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: sessions[who].headers });
      expect(res.statusCode, who).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/receipt`, headers: sessions[who].headers })).statusCode).toBe(404);
    }
    const viewerPage = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: w.viewer.headers })).json();
    expect(viewerPage.allowedActions).toEqual([]);
    // The citizen ID is for those who act on the dossier; readers see its ends only.
    expect(viewerPage.applicant.identifier).toBe('051******234');
    const controlPage = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: w.control.headers })).json();
    expect(controlPage.applicant.identifier).toBe('051******234');
    for (const who of ['desk', 'specialist', 'leader'] as Who[]) {
      const page = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: sessions[who].headers })).json();
      expect(page.applicant.identifier, who).toBe('051190001234');
    }
    // The other specialist sees the dossier but none of the handler's buttons.
    const other = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: w.specialist2.headers })).json();
    expect(other.allowedActions.map((a: { action: string }) => a.action).filter((a: DossierAction) => handlerActions.includes(a))).toEqual([]);
  });

  it("keeps these dossiers out of every queue of another department's leader", async () => {
    const d = await reach('awaiting_assignment');
    for (const queue of ['mine', 'unit', 'due_soon', 'overdue', 'waiting_applicant', 'all']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/queue?queue=${queue}&pageSize=200`, headers: w.otherLeader.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json().total, queue).toBe(0);
    }
    const own = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=unit&pageSize=200', headers: w.leader.headers })).json();
    expect(own.items.map((i: { id: string }) => i.id)).toContain(d.id);
    const viewer = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=unit&pageSize=200', headers: w.viewer.headers })).json();
    expect(viewer.items.map((i: { id: string }) => i.id)).toContain(d.id);
    // Asking for a unit outside one's scope is refused, not answered empty.
    const outside = await t.app.inject({ method: 'GET', url: `/api/dossiers/queue?queue=unit&unitId=${w.units.justice.id}`, headers: w.otherLeader.headers });
    expect(outside.statusCode).toBe(403);
  });
});
