/**
 * Every /api route answers anonymous callers, a portal account and an officer of each role (alone, at the
 * province root) as the hand-written table says. Requests carry placeholder ids and empty bodies: access is
 * decided in onRequest, before validation, so a refused caller gets 401/403 and never a 400 that would hide it.
 */
import { roleCodes, roles, type RoleCode } from '@motcua/shared';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveDefaultWorkflows } from '../../modules/dossiers/dossiers.test-support.ts';
import { registerAndLogIn } from '../../modules/applicants/applicants.test-support.ts';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { declaredRoutes } from './auth.plugin.ts';
import { createSession, SESSION_COOKIE } from './sessions.ts';
import { routePermissions, type Answer, type Caller, type RouteRow } from './route-permissions.table.ts';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const callers: Caller[] = ['anonymous', 'applicant', ...roleCodes];

/** Placeholder values for path parameters: well-formed, naming nothing that exists. */
const placeholders: Record<string, string> = {
  year: '2026', date: '2026-12-24', number: '1', action: 'request_supplement', code: 'H00.00-261201-0001',
};
const PLACEHOLDER_ID = '01JZZZZZZZZZZZZZZZZZZZZZZZ';

function expectedAnswer(row: RouteRow, caller: Caller): Answer {
  return row.answers[caller] ?? row.otherOfficers;
}

function matches(answer: Answer, status: number): boolean {
  return answer === 'allow' ? status !== 401 && status !== 403 : status === answer;
}

describe.each(testEngines())('route permissions on %s', (engine) => {
  let t: TestApp;
  const headers = {} as Record<Caller, Record<string, string>>;
  const officerIds = {} as Record<RoleCode, string>;
  let applicantId: string;
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(engine, { BENCH_ENDPOINTS: 'true' });
    const { province } = await createProvince(t.ctx.db);
    for (const role of roleCodes) {
      const o = await createOfficer(t.ctx.db, { username: `only_${role}`, roles: [{ role, unit: province }], ...(roles[role].requiresTotp ? { totpSecret: TOTP_SECRET } : {}) });
      officerIds[role] = o.id;
    }
    const code = await generate({ secret: TOTP_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    for (const role of roleCodes) headers[role] = (await logInAs(t.app, `only_${role}`, undefined, roles[role].requiresTotp ? code : undefined)).headers;
    const account = await registerAndLogIn(t);
    applicantId = account.accountId;
    headers.applicant = account.headers;
    headers.anonymous = {};
    await approveDefaultWorkflows(t.ctx.db, province.id);
    fixtures.workflow = (await t.ctx.db.selectFrom('workflows').select('id').executeTakeFirstOrThrow()).id;
  }, 60_000);
  afterAll(() => t.close());

  it('has a row for every registered /api route, and a registered route for every row', () => {
    const registered = declaredRoutes(t.app).map((r) => `${r.method} ${r.url}`);
    const problems = [
      ...registered.filter((r) => !(r in routePermissions)).map((r) => `no row in route-permissions.table.ts for the route '${r}'`),
      ...Object.keys(routePermissions).filter((r) => !registered.includes(r)).map((r) => `the row '${r}' of route-permissions.table.ts names no registered route`),
    ];
    expect(problems).toEqual([]);
  });

  /** A session of its own for a call that ends it. */
  const ownSession = async (caller: Caller): Promise<Record<string, string>> => {
    if (caller === 'anonymous') return {};
    const principal = caller === 'applicant' ? { kind: 'applicant' as const, id: applicantId } : { kind: 'officer' as const, id: officerIds[caller] };
    const s = await createSession(t.ctx.db, t.ctx.config.session, t.clock.now().toISOString(), principal, 'vitest');
    return { cookie: `${SESSION_COOKIE}=${s.token}`, 'x-csrf-token': s.csrfToken };
  };

  const call = async (key: string, row: RouteRow, caller: Caller) => {
    const [method, path] = key.split(' ') as [string, string];
    const url = row.url
      ? row.url.replace(/\{(\w+)\}/g, (_, name: string) => fixtures[name]!)
      : path.replace(/:(\w+)/g, (_, name: string) => placeholders[name] ?? PLACEHOLDER_ID);
    const callerHeaders = row.endsSession ? await ownSession(caller) : headers[caller];
    const hasBody = method !== 'GET' && method !== 'DELETE';
    const res = await t.app.inject({ method: method as 'GET', url, headers: callerHeaders, ...(hasBody ? { payload: (row.body ?? {}) as object } : {}) });
    return res.statusCode;
  };

  it('answers every caller of every route as the table says', async () => {
    const registered = new Set(declaredRoutes(t.app).map((r) => `${r.method} ${r.url}`));
    const rows = Object.entries(routePermissions).filter(([key]) => registered.has(key));
    const wrong: string[] = [];
    const check = async ([key, row]: [string, RouteRow]) => {
      await Promise.all(callers.map(async (caller) => {
        const want = expectedAnswer(row, caller);
        const status = await call(key, row, caller);
        if (!matches(want, status)) wrong.push(`${key} as ${caller}: expected ${want === 'allow' ? 'allow (not 401/403)' : want}, got ${status}`);
      }));
    };
    // One shared app and database; routes in small parallel batches, every caller of a route at once.
    const keeping = rows.filter(([, row]) => !row.endsSession);
    for (let i = 0; i < keeping.length; i += 6) await Promise.all(keeping.slice(i, i + 6).map(check));
    // Signing out everywhere ends the shared sessions too: those calls come last, one route at a time.
    for (const entry of rows.filter(([, row]) => row.endsSession)) await check(entry);
    expect(wrong.sort()).toEqual([]);
  }, 120_000);
});
