import { ratingQuestionSetAt } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { loadReferenceCalendar } from '../calendar/index.ts';
import { dossierWorld, receive, stepsToIssuedResult, walk, type DossierWorld } from '../dossiers/dossiers.test-support.ts';

type Applicant = Awaited<ReturnType<typeof registerAndLogIn>>;
const questions = ratingQuestionSetAt('2026-11-23').questions;
const answers = (overrides: Record<string, string> = {}) => ({ ...Object.fromEntries(questions.map((q) => [q.key, 'good'])), ...overrides });

describe.each(testEngines())('citizen ratings on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let owner: Applicant;
  let stranger: Applicant;

  beforeAll(async () => {
    t = await createTestApp(engine, { SESSION_IDLE_MINUTES: '100000', SESSION_ABSOLUTE_HOURS: '10000' });
    await loadReferenceCalendar(t.ctx);
    t.clock.set(new Date('2026-11-23T02:00:00.000Z'));
    w = await dossierWorld(t);
    owner = await registerAndLogIn(t);
    stranger = await registerAndLogIn(t);
  }, 60_000);
  afterAll(() => t.close());

  /** A dossier received at the provincial desk for Sở Tư pháp, optionally owned by a portal account, walked to `until`. */
  async function dossier(opts: { ownerId?: string; until: 'received' | 'result_ready' | 'returned' }) {
    const received = await receive(t, w);
    expect(received.statusCode, received.body).toBe(201);
    const { id, code } = received.json() as { id: string; code: string };
    if (opts.ownerId) await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: opts.ownerId }).where('id', '=', id).execute();
    if (opts.until === 'received') return { id, code };
    const steps = stepsToIssuedResult(w);
    if (opts.until === 'returned') steps.push([w.desk, 'return_result', { returnMethod: 'desk' }]);
    await walk(t, id, steps);
    return { id, code };
  }

  const page = (id: string, who: { headers: Record<string, string> } = owner) => t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${id}/rating`, headers: who.headers });
  const rate = (id: string, payload: Record<string, unknown>, who: { headers: Record<string, string> } = owner) =>
    t.app.inject({ method: 'POST', url: `/api/portal/dossiers/${id}/rating`, headers: who.headers, payload });
  const deskRate = (id: string, payload: Record<string, unknown>, who: Session = w.desk) =>
    t.app.inject({ method: 'POST', url: `/api/dossiers/${id}/rating`, headers: who.headers, payload });
  const summary = (query: string, who: Session) => t.app.inject({ method: 'GET', url: `/api/evaluation/summary?${query}`, headers: who.headers });

  it('lets the owner rate once the result is ready, keeps the rating and shows it back', async () => {
    const { id, code } = await dossier({ ownerId: owner.accountId, until: 'result_ready' });
    const before = await page(id);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ dossier: { id, code, status: 'result_ready' }, rating: null, canRate: true, cannotRateReason: null });
    expect(before.json().questionSet.questions).toHaveLength(9);
    expect(before.json().questionSet.citation).toContain('61/2018');

    const res = await rate(id, { answers: answers({ total_time: 'fair', staff_attitude: 'poor' }), liked: false, comment: '  Phải chờ lâu ở quầy.  ' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ dossierCode: code, channel: 'portal', liked: false, comment: 'Phải chờ lâu ở quầy.', totalScore: 15, questionSetId: 'nd61-2018' });

    const after = (await page(id)).json();
    expect(after).toMatchObject({ canRate: false, rating: { totalScore: 15, liked: false } });
    expect(after.cannotRateReason).toContain('đã được đánh giá');
    expect(after.rating.answers.find((a: { questionKey: string }) => a.questionKey === 'staff_attitude')).toMatchObject({ optionKey: 'poor', score: 0 });
    const audit = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('action', '=', 'dossier.rate').where('entity_id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data)).toMatchObject({ code, liked: false, totalScore: 15 });
    expect(audit.data).not.toContain('chờ lâu');
  });

  it('refuses a rating before the result, with a reason the applicant can read', async () => {
    const { id } = await dossier({ ownerId: owner.accountId, until: 'received' });
    expect((await page(id)).json()).toMatchObject({ canRate: false, cannotRateReason: expect.stringContaining('chưa có kết quả') });
    const res = await rate(id, { answers: answers(), liked: true });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', dossierStatus: 'received' });
    expect(res.json().detail).toContain('chưa có kết quả');
  });

  it("hides another applicant's dossier as if it did not exist", async () => {
    const { id } = await dossier({ ownerId: owner.accountId, until: 'returned' });
    expect((await page(id, stranger)).statusCode).toBe(404);
    expect((await rate(id, { answers: answers(), liked: true }, stranger)).statusCode).toBe(404);
    // Nor may an officer use the portal route, or the applicant the desk's.
    expect((await rate(id, { answers: answers(), liked: true }, w.desk)).statusCode).toBe(403);
    expect((await deskRate(id, { answers: answers(), liked: true }, owner as unknown as Session)).statusCode).toBe(403);
    expect((await rate(id, { answers: answers(), liked: true })).statusCode).toBe(201);
  });

  it('takes one rating per dossier: the second answers 409 in Vietnamese', async () => {
    const { id, code } = await dossier({ ownerId: owner.accountId, until: 'returned' });
    expect((await rate(id, { answers: answers(), liked: true })).statusCode).toBe(201);
    const again = await rate(id, { answers: answers({ publicity: 'poor' }), liked: false });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE', detail: `Hồ sơ ${code} đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.` });
    const stored = await t.ctx.db.selectFrom('dossier_ratings').select(['liked']).where('dossier_id', '=', id).execute();
    expect(stored).toEqual([{ liked: 1 }]);

    // Two submissions at the same moment (a double tap): one is kept, the other told it was already rated.
    const twice = await dossier({ ownerId: owner.accountId, until: 'returned' });
    const both = await Promise.all([rate(twice.id, { answers: answers(), liked: true }), rate(twice.id, { answers: answers(), liked: false })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().code).toBe('DUPLICATE');
  });

  it('names each unanswered question, a missing like/dislike and an over-long comment by field path', async () => {
    const { id } = await dossier({ ownerId: owner.accountId, until: 'result_ready' });
    const { contacts: _c, online_service: _o, ...partial } = answers();
    const res = await rate(id, { answers: { ...partial, publicity: 'very_good' }, liked: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.answers.contacts', 'body.answers.online_service', 'body.answers.publicity']);
    expect(res.json().errors.find((e: { path: string }) => e.path === 'body.answers.contacts').message).toBe('Vui lòng trả lời câu 3');

    const noLike = await rate(id, { answers: answers() });
    expect(noLike.statusCode).toBe(400);
    expect(noLike.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.liked']);
    const long = await rate(id, { answers: answers(), liked: true, comment: 'a'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.comment']);
    expect(await t.ctx.db.selectFrom('dossier_ratings').select('id').where('dossier_id', '=', id).execute()).toEqual([]);
  });

  it('lets the receiving desk enter a counter rating for a dossier without a portal account, and only then', async () => {
    const walkIn = await dossier({ until: 'returned' });
    const view = await t.app.inject({ method: 'GET', url: `/api/dossiers/${walkIn.id}/rating`, headers: w.desk.headers });
    expect(view.json()).toMatchObject({ canRate: true, rating: null });
    // Not the specialist (no dossier.receive), not another desk (out of scope looks absent).
    expect((await deskRate(walkIn.id, { answers: answers(), liked: true }, w.specialist)).statusCode).toBe(403);
    expect((await deskRate(walkIn.id, { answers: answers(), liked: true }, w.communeDesk)).statusCode).toBe(404);
    const res = await deskRate(walkIn.id, { answers: answers({ online_service: 'poor' }), liked: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'kiosk', liked: true, totalScore: 16 });
    const row = await t.ctx.db.selectFrom('dossier_ratings').select(['recorded_by', 'applicant_account_id']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row).toEqual({ recorded_by: w.officers.desk, applicant_account_id: null });
    expect((await deskRate(walkIn.id, { answers: answers(), liked: true })).statusCode).toBe(409);

    const online = await dossier({ ownerId: owner.accountId, until: 'returned' });
    const refused = await deskRate(online.id, { answers: answers(), liked: true, channel: 'desk' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('người nộp tự đánh giá trên Cổng');
  });

  it("summarises ratings per agency and question, for the agency's officers only", async () => {
    t.clock.set(new Date('2026-12-01T03:00:00.000Z'));
    const a = await dossier({ ownerId: owner.accountId, until: 'returned' });
    const b = await dossier({ until: 'result_ready' });
    expect((await rate(a.id, { answers: answers({ total_time: 'fair' }), liked: true })).statusCode).toBe(201);
    expect((await deskRate(b.id, { answers: answers({ total_time: 'poor', contacts: 'fair' }), liked: false })).statusCode).toBe(201);

    const res = await summary('from=2026-12-01&to=2026-12-01', w.leader);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.agencies).toHaveLength(1);
    const justice = body.agencies[0];
    expect(justice).toMatchObject({ unitId: w.units.justice.id, ratings: 2, likes: 1, dislikes: 1 });
    const q = (key: string) => justice.questions.find((x: { key: string }) => x.key === key);
    // Index 1: 1 point and 0 points → mean 0.5, one of two satisfied.
    expect(q('total_time')).toEqual({ key: 'total_time', answered: 2, satisfiedPercent: 50, averageScore: 0.5 });
    expect(q('contacts')).toEqual({ key: 'contacts', answered: 2, satisfiedPercent: 100, averageScore: 1.5 });
    expect(q('publicity')).toEqual({ key: 'publicity', answered: 2, satisfiedPercent: 100, averageScore: 2 });
    // 0.5 + 1.5 + 7 × 2 = 16 → excellent (≥ 15).
    expect(justice).toMatchObject({ totalScore: 16, grade: 'excellent', gradeLabel: 'Xuất sắc' });
    expect(body.totals).toMatchObject({ ratings: 2, likes: 1, dislikes: 1, totalScore: 16 });

    // The desk that received them sees them too; another agency and another desk do not.
    expect((await summary('from=2026-12-01&to=2026-12-01', w.desk)).json().totals.ratings).toBe(2);
    const other = (await summary('from=2026-12-01&to=2026-12-01', w.otherLeader)).json();
    expect(other).toMatchObject({ agencies: [], totals: { ratings: 0, totalScore: null, grade: null } });
    expect((await summary('from=2026-12-01&to=2026-12-01', w.communeDesk)).json().agencies).toEqual([]);
    expect((await summary(`from=2026-12-01&to=2026-12-01&unitId=${w.units.construction.id}`, w.leader)).statusCode).toBe(403);
    // Outside the period: nothing; a reversed period: a field error.
    expect((await summary('from=2026-12-02&to=2026-12-31', w.leader)).json().totals.ratings).toBe(0);
    const reversed = await summary('from=2026-12-02&to=2026-12-01', w.leader);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].path).toBe('querystring.to');
  });
});
