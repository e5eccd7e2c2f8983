import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

describe.each(testEngines())('a dossier from receipt to returned result on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  // Monday 23/11/2026, 09:00 Vietnam time.
  beforeAll(async () => ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z')), 60_000);
  afterAll(() => t.close());

  it('receives at the desk with a code, a due date five working days on, a receipt and the first hand-over', async () => {
    const res = await receive(t, w);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toBe(`/api/dossiers/${res.json().id}`);
    const d = (await t.app.inject({ method: 'GET', url: res.headers.location as string, headers: w.desk.headers })).json();
    expect(d.code).toBe('51.STP-261123-0001');
    expect(d.status).toBe('received');
    expect(d.nationalStatus).toEqual({ code: 2, label: 'Được tiếp nhận' });
    expect(d.dueAt).toBe('2026-11-30T02:00:00.000Z');
    expect(d.currentUnit.name).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect(d.competentUnit.name).toBe('Sở Tư pháp');
    expect(d.documents).toHaveLength(3);
    expect(d.handovers.map((h: { stepName: string; endedAt: string | null }) => [h.stepName, h.endedAt !== null])).toEqual([['Tiếp nhận hồ sơ', true], ['Chuyển hồ sơ đến Sở Tư pháp', false]]);
    expect(d.workflow.steps).toHaveLength(7);
    // Received at 09:00 on a working day, before the 15:00 cut-off: the paper moves today; an incomplete dossier
    // must be notified within three working days.
    expect(d.clock.milestones.map((m: { kind: string; at: string }) => [m.kind, m.at])).toEqual([
      ['paper_transfer', '2026-11-23T10:00:00.000Z'],
      ['supplement_notice', '2026-11-26T02:00:00.000Z'],
    ]);
    expect(d.clock.milestones[0].citation).not.toBe('');
    expect(d.allowedActions.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['transfer', 'withdraw', 'stop']));
    const receipt = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/receipt`, headers: w.desk.headers });
    expect(receipt.json()).toMatchObject({ dossierCode: d.code, applicantName: 'Nguyễn Thị Hồng Nhung', timeLimitText: '5 ngày làm việc', receivedBy: 'Cán bộ desk' });
    const second = (await receive(t, w)).json();
    expect(second.code).toBe('51.STP-261123-0002');
  });

  it('walks desk → leader → specialist → leader → specialist → desk and keeps the process-control sheet', async () => {
    const { id } = (await receive(t, w)).json();
    const step = async (username: string, action: string, body: Record<string, unknown> = {}, hoursLater = 1) => {
      t.clock.advance(hoursLater * 3_600_000);
      const session = await logInAs(t.app, username);
      const res = await act(t, session, id, action, body);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      return res.json();
    };
    let d = await step('desk', 'transfer');
    expect(d).toMatchObject({ status: 'awaiting_assignment', currentUnit: { name: 'Sở Tư pháp' } });
    d = await step('leader', 'assign', { assigneeId: w.officers.specialist });
    expect(d.assignee.fullName).toBe('Cán bộ specialist');
    const mine = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=mine', headers: (await logInAs(t.app, 'specialist')).headers })).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
    await step('specialist', 'start_step');
    // Appraisal takes three working days against its budget of two: that hand-over is late, the dossier is not.
    d = await step('specialist', 'request_approval', { assigneeId: w.officers.leader }, 72);
    expect(d.status).toBe('awaiting_approval');
    expect(d.workflow.currentStepIndex).toBe(3);
    await step('leader', 'approve');
    d = await step('leader', 'sign');
    expect(d.assignee.id).toBe(w.officers.specialist);
    d = await step('specialist', 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } });
    expect(d.status).toBe('result_ready');
    expect(d.results[0].code).toBe(`${d.code}-KQ1`);
    expect(d.currentUnit.name).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    d = await step('desk', 'return_result', { returnMethod: 'desk' });
    expect(d).toMatchObject({ status: 'returned', nationalStatus: { code: 10 }, returnMethod: 'desk', standing: { kind: 'finished', value: 'early' } });
    expect(d.returnedAt).toBe('2026-11-26T09:00:00.000Z');
    expect(d.allowedActions.map((a: { action: string }) => a.action)).toEqual(['correct_result']);
    const sheet = d.handovers.map((h: { stepName: string; toUnit: { name: string }; timeliness: string | null; endedAt: string | null }) => [h.stepName, h.timeliness]);
    expect(sheet).toEqual([
      ['Tiếp nhận hồ sơ', 'on_time'],
      ['Chuyển hồ sơ đến Sở Tư pháp', 'on_time'],
      ['Thẩm định hồ sơ', 'early'],
      ['Thẩm định hồ sơ', 'late'],
      ['Lãnh đạo phòng phê duyệt', 'early'],
      // Its 4 working hours from 13:00 end at 17:00 the same day: signed at 14:00, on time rather than early.
      ['Lãnh đạo Sở ký', 'on_time'],
      ['Ban hành, chuyển kết quả', 'early'],
      ['Trả kết quả', 'early'],
    ]);
    expect(d.handovers[3]).toMatchObject({ fromOfficer: { id: w.officers.leader }, toOfficer: { id: w.officers.specialist } });

    expect(d.actions.map((a: { action: string }) => a.action)).toEqual([
      'receive', 'transfer', 'assign', 'start_step', 'request_approval', 'approve', 'sign', 'issue_result', 'return_result',
    ]);

    // A mistake of the agency in the result: corrected, issued again as …-KQ2 and returned; the first return stands.
    d = await step('desk', 'correct_result', { reason: 'Sai ngày sinh trên thẻ' });
    expect(d.status).toBe('correcting_result');
    expect(d.clock.milestones.map((m: { kind: string }) => m.kind)).toEqual(['result_correction']);
    d = await step('specialist', 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật (đính chính)' } });
    expect(d.results.map((r: { code: string }) => r.code)).toEqual([`${d.code}-KQ1`, `${d.code}-KQ2`]);
    d = await step('desk', 'return_result', { returnMethod: 'electronic' });
    expect(d).toMatchObject({ status: 'returned', returnedAt: '2026-11-26T09:00:00.000Z', returnMethod: 'desk' });
    expect(d.results[1]).toMatchObject({ returnMethod: 'electronic', returnedAt: '2026-11-26T12:00:00.000Z' });
  });
});
