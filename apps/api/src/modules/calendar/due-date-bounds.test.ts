import { EXPLANATION_DAY_LINES_MAX, TIME_LIMIT_MAX } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

/** Pauses and resumes every other week from the receipt: the most events a request may carry. */
const hundredEvents = Array.from({ length: 100 }, (_, i) => ({
  at: new Date(Date.parse('2026-05-04T02:00:00Z') + (i + 1) * 7 * 86_400_000).toISOString(),
  type: i % 2 === 0 ? ('pause' as const) : ('resume' as const),
  reason: 'Chờ bổ sung'.padEnd(500, '.'),
}));

describe.each(testEngines())('the public due-date calculator stays small on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const dueDate = (body: object) => t.app.inject({ method: 'POST', url: '/api/calendar/due-date', payload: body });

  it.each(Object.entries(TIME_LIMIT_MAX))('answers the longest limit in %s (%i) well under 1 MB, summing up the middle days', async (unit, value) => {
    const res = await dueDate({ receivedAt: '2026-05-04T09:00:00+07:00', timeLimit: { value, unit }, events: hundredEvents });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(256 * 1024);
    const { explanation, dueAt } = res.json() as { explanation: { type: string; label: string }[]; dueAt: string | null };
    expect(dueAt).toMatch(/^20\d\d-/);
    const dayLines = explanation.filter((e) => e.type === 'counted_day' || e.type === 'skipped_day');
    expect(dayLines.length).toBeLessThanOrEqual(EXPLANATION_DAY_LINES_MAX);
    expect(explanation.filter((e) => e.type === 'omitted_days')).toHaveLength(1);
    expect(explanation.filter((e) => e.type === 'pause' || e.type === 'resume')).toHaveLength(100);
  });

  it('lists every day of an ordinary limit', async () => {
    const res = await dueDate({ receivedAt: '2026-05-04T09:00:00+07:00', timeLimit: { value: 15, unit: 'working_days' } });
    const { explanation } = res.json() as { explanation: { type: string }[] };
    expect(explanation.filter((e) => e.type === 'counted_day')).toHaveLength(15);
    expect(explanation.some((e) => e.type === 'omitted_days')).toBe(false);
  });

  it.each([
    [{ value: 3650, unit: 'months' }, 'Thời hạn tối đa là 60 tháng'],
    [{ value: 1251, unit: 'working_days' }, 'Thời hạn tối đa là 1.250 ngày làm việc'],
    [{ value: 10_001, unit: 'working_hours' }, 'Thời hạn tối đa là 10.000'],
    [{ value: 1831, unit: 'days' }, 'Thời hạn tối đa là 1.830 ngày'],
  ])('refuses %j with a field error', async (timeLimit, message) => {
    const res = await dueDate({ receivedAt: '2026-05-04T09:00:00+07:00', timeLimit });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.timeLimit.value', message }] });
  });

  it('refuses more than 100 clock events', async () => {
    const res = await dueDate({ receivedAt: '2026-05-04T09:00:00+07:00', timeLimit: { value: 5, unit: 'working_days' }, events: [...hundredEvents, hundredEvents[0]] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.events');
  });
});
