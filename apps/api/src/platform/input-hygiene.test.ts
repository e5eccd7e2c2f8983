import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../test/test-app.ts';
import { testEngines } from '../test/test-database.ts';

const BOUNDARY = 'hygieneBoundary';
const pdfPart = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n`;

describe.each(testEngines())('input the databases cannot store, and broken multipart, on %s', (engine) => {
  let t: TestApp;
  let desk: Session;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'motcua', roles: [{ role: 'desk_officer', unit: u.province }, { role: 'leader', unit: u.province }] });
    desk = await logInAs(t.app, 'motcua');
  });
  afterAll(() => t.close());

  const problem = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return { status: res.statusCode, ...(res.json() as { code: string; errors?: { path: string; message: string }[] }) };
  };

  it('refuses a NUL in a path parameter with a 400 naming the parameter', async () => {
    const p = problem(await t.app.inject({ url: '/api/procedures/%00' }));
    expect(p).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'params.code', message: 'Không được chứa ký tự NUL (U+0000)' }] });
  });

  it('refuses a NUL in a login name, a queue search and an applicant name', async () => {
    const login = problem(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mot\u0000cua', password: 'Secret-pass-1' } }));
    expect(login).toMatchObject({ status: 400, errors: [{ path: 'body.username' }] });
    const queue = problem(await t.app.inject({ url: '/api/dossiers/queue?q=Nguy%E1%BB%85n%00', headers: desk.headers }));
    expect(queue).toMatchObject({ status: 400, errors: [{ path: 'querystring.q' }] });
    const receive = problem(await t.app.inject({
      method: 'POST', url: '/api/dossiers', headers: desk.headers,
      payload: { procedureId: 'x', variantKey: 'v1', channel: 'in_person', applicant: { kind: 'individual', fullName: 'Nguyễn Văn A\u0000' } },
    }));
    expect(receive).toMatchObject({ status: 400, errors: [{ path: 'body.applicant.fullName' }] });
  });

  it('refuses dates that are not real or fall outside 1900–2199', async () => {
    const register = problem(await t.app.inject({ url: '/api/dossiers/register?from=0001-01-01&to=9999-12-31', headers: desk.headers }));
    expect(register.status).toBe(400);
    expect(register.errors!.map((e) => e.path)).toEqual(['querystring.from', 'querystring.to']);
    const february = problem(await t.app.inject({ url: '/api/payments/reconciliation?from=2026-02-30&to=2026-03-01', headers: desk.headers }));
    expect(february).toMatchObject({ status: 400, errors: [{ path: 'querystring.from' }] });
    const dueDate = problem(await t.app.inject({ method: 'POST', url: '/api/calendar/due-date', payload: { receivedAt: '0001-01-01T08:00:00+07:00', timeLimit: { value: 5, unit: 'working_days' } } }));
    expect(dueDate).toMatchObject({ status: 400, errors: [{ path: 'body.receivedAt' }] });
    const extend = problem(await t.app.inject({ method: 'POST', url: '/api/dossiers/x/actions/apologise_and_extend', headers: desk.headers, payload: { expectedVersion: 1, reason: 'Xin lỗi', newDueAt: '6682-62-33T85:98Z' } }));
    expect(extend).toMatchObject({ status: 400, errors: [{ path: 'body.newDueAt' }] });
    const inRange = await t.app.inject({ url: '/api/dossiers/register?from=1900-01-01&to=2199-12-31', headers: desk.headers });
    expect(inRange.statusCode).toBe(200);
  });

  it('answers a multipart body without a usable boundary with a 400 problem', async () => {
    const upload = (contentType: string, payload: string) => t.app.inject({ method: 'POST', url: '/api/files', headers: { ...desk.headers, 'content-type': contentType }, payload });
    expect(problem(await upload('multipart/form-data', 'file=abc'))).toMatchObject({ status: 400, errors: [{ path: 'body' }] });
    expect(problem(await upload(`multipart/form-data; boundary=${BOUNDARY}`, pdfPart))).toMatchObject({ status: 400, errors: [{ path: 'body' }] });
    expect((await upload(`multipart/form-data; boundary=${BOUNDARY}`, `${pdfPart}\r\n--${BOUNDARY}--\r\n`)).statusCode).toBe(201);
  });
});
