import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { withUnitOfWork } from '../../platform/context.ts';
import { up as makeDefaultWorkingDayEightHours } from '../../db/migrations/20261207090000_make-default-working-day-eight-hours.ts';
import { loadReferenceCalendar, trackDeadline } from './index.ts';

describe.each(testEngines())('the working-day calendar on %s', (engine) => {
  let t: TestApp;
  let control: Session;
  let desk: Session;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await loadReferenceCalendar(t.ctx);
    const u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'control', roles: [{ role: 'control_officer', unit: u.province }] });
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: u.justice }] });
    control = await logInAs(t.app, 'control');
    desk = await logInAs(t.app, 'desk');
  });
  afterAll(() => t.close());

  const dueDate = (body: object) => t.app.inject({ method: 'POST', url: '/api/calendar/due-date', payload: body });

  it('publishes the official 2026 days off with the documents that decided them', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/calendar/2026' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const byDate = Object.fromEntries(body.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate['2026-04-27']).toMatchObject({ kind: 'substitute_day_off', source: 'CV 9859/VPCP-KGVX; TB 9441/TB-BNV', draft: false });
    expect(byDate['2026-08-22']).toMatchObject({ kind: 'makeup_working_day' });
    expect(byDate['2026-02-17'].name).toContain('Tết Nguyên đán');
    expect(byDate['2026-11-24']).toBeUndefined();
    expect(body.receiptCutoff).toBe('15:00');
    expect(body.workingPeriods).toEqual([{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }]);
    // 261 weekdays, 12 of them off, one make-up Saturday
    expect(body.workingDays).toBe(261 - 12 + 1);
  });

  it('offers 2027 as a draft derived from the Labour Code until the Government decides it', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/calendar/2027' })).json();
    expect(body.days.length).toBeGreaterThan(5);
    expect(body.days.every((d: { draft: boolean }) => d.draft)).toBe(true);
    expect(body.days.map((d: { date: string }) => d.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-04-30', '2027-09-02']));
  });

  it('computes the due date of the issue example, explaining each counted and skipped day', async () => {
    const res = await dueDate({ receivedAt: '2026-04-24T09:00:00+07:00', timeLimit: { value: 3, unit: 'working_days' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.dueAt).toBe('2026-05-04T09:00:00+07:00');
    expect(body.dueAtUtc).toBe('2026-05-04T02:00:00.000Z');
    const counted = body.explanation.filter((e: { type: string }) => e.type === 'counted_day').map((e: { date: string }) => e.date);
    expect(counted).toEqual(['2026-04-28', '2026-04-29', '2026-05-04']);
    const skipped = body.explanation.filter((e: { type: string }) => e.type === 'skipped_day');
    expect(skipped.find((e: { date: string }) => e.date === '2026-04-27')).toMatchObject({ kind: 'substitute_day_off', source: 'CV 9859/VPCP-KGVX; TB 9441/TB-BNV' });
    expect(body.explanation[0].type).toBe('start');
    expect(body.explanation.at(-1)).toMatchObject({ type: 'due', at: '2026-05-04T09:00:00+07:00' });
    expect(body.summary.length).toBeGreaterThan(10);
  });

  it('stops the clock during a pause and continues with the remaining time', async () => {
    const plain = (await dueDate({ receivedAt: '2026-11-02T09:00:00+07:00', timeLimit: { value: 5, unit: 'working_days' } })).json();
    expect(plain.dueAt).toBe('2026-11-09T09:00:00+07:00');
    const paused = (await dueDate({
      receivedAt: '2026-11-02T09:00:00+07:00', timeLimit: { value: 5, unit: 'working_days' },
      events: [{ at: '2026-11-03T09:00:00+07:00', type: 'pause', reason: 'Chờ bổ sung hồ sơ' }, { at: '2026-11-05T09:00:00+07:00', type: 'resume' }],
    })).json();
    expect(paused.dueAt).toBe('2026-11-11T09:00:00+07:00');
    expect(paused.explanation.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['pause', 'resume']));
    const open = (await dueDate({ receivedAt: '2026-11-02T09:00:00+07:00', timeLimit: { value: 5, unit: 'working_days' }, events: [{ at: '2026-11-03T09:00:00+07:00', type: 'pause' }] })).json();
    expect(open.dueAt).toBeNull();
    expect(open.paused.remainingWorkingDays).toBe(4);
  });

  it('refuses an instant without a time zone with the field path', async () => {
    const res = await dueDate({ receivedAt: '2026-04-24 09:00', timeLimit: { value: 0, unit: 'weeks' } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body.receivedAt', 'body.timeLimit.unit', 'body.timeLimit.value']);
  });

  it('lets only calendar managers change a day, and audits the change', async () => {
    const forbidden = await t.app.inject({ method: 'PUT', url: '/api/calendar/days/2026-12-31', headers: desk.headers, payload: { kind: 'provincial_day_off', name: 'Nghỉ', source: 'QĐ 1/QĐ-UBND' } });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'PUT', url: '/api/calendar/days/2026-12-31', payload: { kind: 'provincial_day_off', name: 'Nghỉ', source: 'QĐ 1/QĐ-UBND' } });
    expect(anonymous.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'PUT', url: '/api/calendar/days/2026-12-31', headers: control.headers, payload: { kind: 'provincial_day_off', name: 'Nghỉ cuối năm của tỉnh', source: 'QĐ 1/QĐ-UBND' } });
    expect(ok.statusCode).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', '2026-12-31').execute();
    expect(audit.map((a) => a.action)).toEqual(['calendar.day_added']);
    const due = (await dueDate({ receivedAt: '2026-12-30T09:00:00+07:00', timeLimit: { value: 1, unit: 'working_days' } })).json();
    expect(due.dueAt).toBe('2027-01-04T09:00:00+07:00');
    const removed = await t.app.inject({ method: 'DELETE', url: '/api/calendar/days/2026-12-31', headers: control.headers });
    expect(removed.statusCode).toBe(204);
    expect((await dueDate({ receivedAt: '2026-12-30T09:00:00+07:00', timeLimit: { value: 1, unit: 'working_days' } })).json().dueAt).toBe('2026-12-31T09:00:00+07:00');
  });

  it('recomputes open deadlines affected by a new day off and logs old and new dates with the reason', async () => {
    const dueBefore = await withUnitOfWork(t.ctx, (uow) =>
      trackDeadline(uow, { subjectType: 'dossier', subjectId: 'H51-261125-0001', startAt: '2026-11-25T09:00:00+07:00', timeLimit: { value: 5, unit: 'working_days' } }),
    );
    await withUnitOfWork(t.ctx, (uow) =>
      trackDeadline(uow, { subjectType: 'dossier', subjectId: 'H51-261001-0001', startAt: '2026-10-01T09:00:00+07:00', timeLimit: { value: 2, unit: 'working_days' } }),
    );
    expect(dueBefore).toBe('2026-12-02T02:00:00.000Z');
    const res = await t.app.inject({ method: 'PUT', url: '/api/calendar/days/2026-11-27', headers: control.headers, payload: { kind: 'provincial_day_off', name: 'Nghỉ kỷ niệm ngày thành lập tỉnh', source: 'QĐ 99/QĐ-UBND' } });
    expect(res.statusCode).toBe(200);
    while ((await t.worker.runOnce()) > 0);
    const changes = (await t.app.inject({ method: 'GET', url: '/api/calendar/deadline-changes', headers: control.headers })).json().items;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ subjectId: 'H51-261125-0001', oldDueAt: '2026-12-02T02:00:00.000Z', newDueAt: '2026-12-03T02:00:00.000Z' });
    expect(changes[0].reason).toContain('QĐ 99/QĐ-UBND');
    const audit = await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', 'H51-261125-0001').execute();
    expect(audit.map((a) => a.action)).toEqual(['deadline.recomputed']);
  });

  it('uses the configured working hours for limits in working hours', async () => {
    const before = (await dueDate({ receivedAt: '2026-11-02T16:00:00+07:00', timeLimit: { value: 2, unit: 'working_hours' } })).json();
    expect(before.dueAt).toBe('2026-11-03T08:30:00+07:00');
    const bad = await t.app.inject({ method: 'PUT', url: '/api/calendar/settings', headers: control.headers, payload: { workingPeriods: [{ start: '13:00', end: '12:00' }], receiptCutoff: '15:00' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'body.workingPeriods', message: 'Các buổi làm việc phải theo thứ tự và không chồng lấn' }]);
    const ok = await t.app.inject({ method: 'PUT', url: '/api/calendar/settings', headers: control.headers, payload: { workingPeriods: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], receiptCutoff: '16:00' } });
    expect(ok.statusCode).toBe(204);
    const after = (await dueDate({ receivedAt: '2026-11-02T16:00:00+07:00', timeLimit: { value: 2, unit: 'working_hours' } })).json();
    expect(after.dueAt).toBe('2026-11-03T09:00:00+07:00');
  });

  it('loads the reference calendar once and never brings back a day an administrator removed', async () => {
    await t.app.inject({ method: 'DELETE', url: '/api/calendar/days/2026-01-01', headers: control.headers });
    expect(await loadReferenceCalendar(t.ctx)).toBe(0);
    const days = (await t.app.inject({ method: 'GET', url: '/api/calendar/2026' })).json().days.map((d: { date: string }) => d.date);
    expect(days).not.toContain('2026-01-01');
  });

  it('counts 8 working hours as one working day: from 10:00 Monday to 10:00 Tuesday', async () => {
    const put = await t.app.inject({ method: 'PUT', url: '/api/calendar/settings', headers: control.headers, payload: { workingPeriods: [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }], receiptCutoff: '15:00' } });
    expect(put.statusCode).toBe(204);
    const res = await dueDate({ receivedAt: '2026-11-23T10:00:00+07:00', timeLimit: { value: 8, unit: 'working_hours' } });
    expect(res.json().dueAt).toBe('2026-11-24T10:00:00+07:00');
  });

  it('refuses working periods that do not add up to 8 hours, citing Decision 188/1999/QĐ-TTg', async () => {
    const put = (workingPeriods: object[]) =>
      t.app.inject({ method: 'PUT', url: '/api/calendar/settings', headers: control.headers, payload: { workingPeriods, receiptCutoff: '15:00' } });
    const short = await put([{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }]);
    expect(short.statusCode).toBe(400);
    expect(short.headers['content-type']).toContain('application/problem+json');
    expect(short.json().errors).toEqual([{
      path: 'body.workingPeriods',
      message: 'Các buổi làm việc cộng lại 7 giờ 30 phút; một ngày làm việc của cán bộ, công chức phải đủ 8 giờ (Quyết định 188/1999/QĐ-TTg)',
    }]);
    const long = await put([{ start: '07:00', end: '11:30' }, { start: '13:00', end: '17:00' }]);
    expect(long.json().errors[0].message).toContain('cộng lại 8 giờ 30 phút');
    // A summer schedule of the rules: 07:00–11:30 and 13:30–17:00.
    expect((await put([{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }])).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/2026' })).json().workingPeriods).toEqual([{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }]);
  });

  it('moves the stored schedule to 8 hours only where it still holds the old 7.5-hour default', async () => {
    const stored = async () => (await t.ctx.db.selectFrom('calendar_settings').select('working_periods').executeTakeFirstOrThrow()).working_periods;
    const setStored = (periods: string) => t.ctx.db.updateTable('calendar_settings').set({ working_periods: periods }).where('id', '=', 1).execute();
    await setStored('[{"start":"07:00","end":"11:30"},{"start":"13:30","end":"17:00"}]');
    await makeDefaultWorkingDayEightHours(t.ctx.db);
    expect(await stored()).toBe('[{"start":"07:00","end":"11:30"},{"start":"13:30","end":"17:00"}]');
    await setStored('[{"start":"07:30","end":"11:30"},{"start":"13:30","end":"17:00"}]');
    await makeDefaultWorkingDayEightHours(t.ctx.db);
    expect(await stored()).toBe('[{"start":"07:30","end":"11:30"},{"start":"13:00","end":"17:00"}]');
  });
});
