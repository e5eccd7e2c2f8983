import fc from 'fast-check';
import { generate } from 'otplib';
import { roleCodes } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from './seed/demo-seed.ts';
import { seedDemoDossiers } from './seed/dossier-demo-seed.ts';
import { registerAndLogIn } from './modules/applicants/applicants.test-support.ts';
import { SESSION_COOKIE, createSession } from './platform/auth/sessions.ts';
import { createOfficer } from './test/factories.ts';
import { operationsOf, requestsFor, type FuzzOperation, type FuzzRequest, type OpenApiDocument } from './test/fuzz/openapi-requests.ts';
import { createTestApp, logInAs, type TestApp } from './test/test-app.ts';
import { testEngines } from './test/test-database.ts';

const SEED = 20261207;
/** Requests per operation for the identity the operation is meant for, and for each other identity. */
const RUNS_MAIN = 30;
const RUNS_OTHER = 5;
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Operations that end the caller's session: fuzzed all the same, the identity signs in again after each request. */
const endsSession = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all', 'POST /api/portal/auth/logout']);
/** No operation is skipped; list here any that cannot be fuzzed meaningfully, with the reason. */
const skipped = new Set<string>([]);

type Identity = 'officer' | 'applicant' | 'anonymous';

interface Failure {
  operation: string;
  identity: Identity;
  request: FuzzRequest;
  status: number;
  contentType: string | undefined;
  response: string;
  /** What the server logged about it, for 5xx. */
  logged?: string;
}

function loggedError(lines: string[]): string | undefined {
  for (const line of lines) {
    const entry = JSON.parse(line) as { err?: { type?: string; message?: string; stack?: string } };
    if (entry.err) return `${entry.err.type}: ${entry.err.message} ${entry.err.stack?.split('\n').slice(1, 4).join(' ') ?? ''}`.slice(0, 600);
  }
  return undefined;
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, SEED);

describe.each(testEngines())('fuzzing every operation of the OpenAPI document on %s', (engine) => {
  let t: TestApp;
  let operations: FuzzOperation[];
  let doc: OpenApiDocument;
  let known: string[];
  let officerId: string;
  let applicantId: string;
  const headers: Record<Identity, Record<string, string>> = { officer: {}, applicant: {}, anonymous: {} };

  async function signInOfficer() {
    const session = await createSession(t.ctx.db, t.ctx.config.session, t.clock.now().toISOString(), { kind: 'officer', id: officerId }, 'fuzz');
    headers.officer = { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken };
  }
  async function signInApplicant() {
    const session = await createSession(t.ctx.db, t.ctx.config.session, t.clock.now().toISOString(), { kind: 'applicant', id: applicantId }, 'fuzz');
    headers.applicant = { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken };
  }
  async function keepSignedIn() {
    if ((await t.app.inject({ url: '/api/auth/me', headers: headers.officer })).statusCode !== 200) await signInOfficer();
    if ((await t.app.inject({ url: '/api/portal/auth/me', headers: headers.applicant })).statusCode !== 200) await signInApplicant();
  }

  beforeAll(async () => {
    t = await createTestApp(engine, { PUBLIC_RATE_PER_MINUTE: '1000000', LOGIN_RATE_PER_MINUTE: '1000000' });
    await seedDemoData(t.ctx.db, engine, t.clock);
    await seedDemoDossiers(t.ctx);
    const province = await t.ctx.db.selectFrom('org_units').selectAll().where('parent_id', 'is', null).executeTakeFirstOrThrow();
    // Every role at the province root: each officer operation is allowed, so requests get past the permission check.
    officerId = (await createOfficer(t.ctx.db, { username: 'fuzz', roles: roleCodes.map((role) => ({ role, unit: province })), totpSecret: SECRET })).id;
    headers.officer = (await logInAs(t.app, 'fuzz', undefined, await generate({ secret: SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) }))).headers;
    const applicant = await registerAndLogIn(t, { verified: true });
    applicantId = applicant.accountId;
    headers.applicant = applicant.headers;

    const db = t.ctx.db;
    const pick = async (rows: Promise<Record<string, unknown>[]>) => (await rows).flatMap((r) => Object.values(r)).filter((v): v is string => typeof v === 'string');
    known = [...new Set([
      ...(await pick(db.selectFrom('org_units').select(['id', 'code']).limit(20).execute())),
      ...(await pick(db.selectFrom('officers').select('id').where('id', '!=', officerId).execute())),
      ...(await pick(db.selectFrom('procedures').select(['id', 'code']).limit(20).execute())),
      ...(await pick(db.selectFrom('sectors').select('code').limit(5).execute())),
      ...(await pick(db.selectFrom('dossiers').select(['id', 'code']).limit(20).execute())),
      ...(await pick(db.selectFrom('workflows').select('id').limit(10).execute())),
      ...(await pick(db.selectFrom('publication_decisions').select('id').limit(5).execute())),
      ...(await pick(db.selectFrom('service_lists').select('id').limit(5).execute())),
      ...(await pick(db.selectFrom('national_updates').select('id').limit(5).execute())),
      ...(await pick(db.selectFrom('stored_files').select('id').limit(5).execute())),
      'v1', '1', '2026', '2026-11-23',
    ])];
    doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
    operations = operationsOf(doc);
  }, 240_000);
  afterAll(() => t?.close());

  it('answers every request without a 500, and every 4xx as problem+json', { timeout: 600_000 }, async () => {
    const failures: Failure[] = [];
    let sent = 0;
    const components = doc.components?.schemas ?? {};
    for (const op of operations) {
      const name = `${op.method} ${op.path}`;
      if (skipped.has(name)) continue;
      // FUZZ_ONLY=<regex on "METHOD /path"> narrows a local run to some operations.
      if (process.env.FUZZ_ONLY && !new RegExp(process.env.FUZZ_ONLY).test(name)) continue;
      const main: Identity = op.path.startsWith('/api/portal/') ? 'applicant' : op.path.startsWith('/api/public/') ? 'anonymous' : 'officer';
      const plan = (['officer', 'applicant', 'anonymous'] as const).map((identity) => [identity, identity === main ? RUNS_MAIN : RUNS_OTHER] as const);
      for (const [identity, runs] of plan) {
        const wellFormed = fc.sample(requestsFor(op, { components, known, hostility: 0 }), { seed: hash(`${name} ${identity}`), numRuns: Math.ceil(runs / 3) });
        const hostile = fc.sample(requestsFor(op, { components, known, hostility: 0.15 }), { seed: hash(`${name} ${identity} hostile`), numRuns: runs - wellFormed.length });
        for (const request of [...wellFormed, ...hostile]) {
          const logMark = t.logs.length;
          const res = await t.app.inject({ method: request.method as 'GET', url: request.url, headers: { ...request.headers, ...headers[identity] }, ...(request.payload !== undefined ? { payload: request.payload } : {}) });
          sent += 1;
          const contentType = res.headers['content-type'];
          const isProblem = typeof contentType === 'string' && contentType.startsWith('application/problem+json');
          if (res.statusCode >= 500 || (res.statusCode >= 400 && !isProblem)) {
            failures.push({ operation: name, identity, request: { ...request, payload: request.payload?.slice(0, 400) }, status: res.statusCode, contentType: contentType as string | undefined, response: res.body.slice(0, 300), logged: loggedError(t.logs.slice(logMark)) });
          }
          if (endsSession.has(name)) await keepSignedIn();
        }
      }
      await keepSignedIn();
    }
    expect(operations.length).toBeGreaterThan(100);
    if (!process.env.FUZZ_ONLY) expect(sent).toBeGreaterThanOrEqual(operations.length * 40);
    expect(failures.slice(0, 25)).toEqual([]);
  });
});
