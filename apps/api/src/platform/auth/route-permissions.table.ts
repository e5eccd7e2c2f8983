/**
 * Who may call each /api route, written out by hand from the roles' intent (docs/ARCHITECTURE.md "Access
 * control", /work/shared/domain/rules.md): never computed from permissions.ts or a route's config.auth, so a
 * wrong permission in the code disagrees with this table. route-permissions.test.ts checks every row.
 *
 * Adding a route: one line `'METHOD /api/path/:param': officers(DESK, LEAD),`. 'allow' means any answer but
 * 401/403; a refused caller gets 401 (anonymous), 403 (signed in without the right) or 404 where written so.
 * Rows marked QUESTION encode today's behaviour that looks doubtful (listed in the report / SECURITY notes).
 */
import type { RoleCode } from '@motcua/shared';

export type Caller = 'anonymous' | 'applicant' | RoleCode;
export type Answer = 'allow' | 401 | 403 | 404;

export interface RouteRow {
  answers: Partial<Record<Caller, Answer>> & { anonymous: Answer; applicant: Answer };
  /** Answer of an officer role the row does not name (403 unless the route is public). */
  otherOfficers: Answer;
  /** The URL to call instead of the path with placeholder parameters; `{name}` takes a fixture's id. */
  url?: string;
  body?: unknown;
  /** The call ends the caller's session: it gets a session of its own. */
  endsSession?: boolean;
}

const ADMIN = 'system_admin';
const CONTROL = 'control_officer';
const DESK = 'desk_officer';
const SPEC = 'specialist';
const LEAD = 'leader';
const VIEW = 'viewer';

/** Anyone, signed in or not. */
const everyone = (): RouteRow => ({ answers: { anonymous: 'allow', applicant: 'allow' }, otherOfficers: 'allow' });
/** Officers holding one of these roles; anonymous 401, an applicant and the other officers 403. */
const officers = (...roles: RoleCode[]): RouteRow => ({
  answers: { anonymous: 401, applicant: 403, ...Object.fromEntries(roles.map((r) => [r, 'allow'])) },
  otherOfficers: 403,
});
const anyOfficer = () => officers(ADMIN, CONTROL, DESK, SPEC, LEAD, VIEW);
/** A signed-in portal account only; officers 403. */
const applicant = (): RouteRow => ({ answers: { anonymous: 401, applicant: 'allow' }, otherOfficers: 403 });
/** Machine-to-machine calls signed by a registered sender: nobody holding a session gets in (401). */
const signedSender = (): RouteRow => ({ answers: { anonymous: 401, applicant: 401 }, otherOfficers: 401 });
const dossierReaders = () => officers(ADMIN, CONTROL, DESK, SPEC, LEAD, VIEW); // QUESTION: ADMIN reads every citizen's dossier
const dossierHandlers = () => officers(DESK, SPEC, LEAD);
const catalogEditors = () => officers(ADMIN, CONTROL);
const plus = (row: RouteRow, extra: Partial<RouteRow>): RouteRow => ({ ...row, ...extra });

export const routePermissions: Record<string, RouteRow> = {
  // Platform
  'GET /api/health': everyone(),
  'GET /api/jobs/queue': officers(ADMIN),
  'GET /api/openapi.json': everyone(),
  'GET /api/audit-entries': officers(ADMIN, CONTROL),
  'GET /api/audit-entries/verify': officers(ADMIN, CONTROL),
  'POST /api/files': officers(ADMIN, CONTROL, DESK, SPEC, LEAD),

  // Officers' sign-in
  'POST /api/auth/login': everyone(),
  'GET /api/auth/me': anyOfficer(),
  'POST /api/auth/logout': plus(anyOfficer(), { endsSession: true }),
  'POST /api/auth/logout-all': plus(anyOfficer(), { endsSession: true }),
  'POST /api/auth/totp/setup': anyOfficer(),
  'POST /api/auth/totp/enable': anyOfficer(),

  // Organisation and officers
  'GET /api/org-levels': anyOfficer(),
  'GET /api/org-units': anyOfficer(),
  'POST /api/org-units': officers(ADMIN),
  'PATCH /api/org-units/:id': officers(ADMIN),
  'GET /api/roles': officers(ADMIN, CONTROL, LEAD),
  'GET /api/officers': officers(ADMIN, CONTROL, LEAD),
  'POST /api/officers': officers(ADMIN),
  'PATCH /api/officers/:id': officers(ADMIN),
  'PUT /api/officers/:id/roles': officers(ADMIN),
  'POST /api/officers/:id/reset-password': officers(ADMIN),

  // Working calendar: read by anyone, kept by the administrator and the procedure-control office
  'GET /api/calendar/:year': everyone(),
  'POST /api/calendar/due-date': everyone(),
  'PUT /api/calendar/days/:date': officers(ADMIN, CONTROL),
  'DELETE /api/calendar/days/:date': officers(ADMIN, CONTROL),
  'PUT /api/calendar/settings': officers(ADMIN, CONTROL),
  'GET /api/calendar/deadline-changes': officers(ADMIN, CONTROL),

  // Public catalog
  'GET /api/procedures': everyone(),
  'GET /api/procedures/:code': everyone(),
  'GET /api/catalog/sectors': everyone(),
  'GET /api/catalog/sectors/:code/procedures': everyone(),
  'GET /api/catalog/agencies': everyone(),
  'GET /api/catalog/agencies/:unitCode/procedures': everyone(),
  'GET /api/catalog/desks/:unitCode/lists': everyone(),
  'GET /api/catalog/forms/:fileId': everyone(),
  'GET /api/catalog/open-data.jsonld': everyone(),

  // Catalog administration (QUESTION: ADMIN edits and publishes procedures, a legal act of the control office)
  'GET /api/catalog/procedures': catalogEditors(),
  'POST /api/catalog/procedures': catalogEditors(),
  'GET /api/catalog/procedures/:id': catalogEditors(),
  'PATCH /api/catalog/procedures/:id': catalogEditors(),
  'POST /api/catalog/procedures/:id/variants': catalogEditors(),
  'PUT /api/catalog/procedures/:id/variants/:key': catalogEditors(),
  'DELETE /api/catalog/procedures/:id/variants/:key': catalogEditors(),
  'GET /api/catalog/procedures/:id/check': catalogEditors(),
  'GET /api/catalog/procedures/:id/versions': catalogEditors(),
  'GET /api/catalog/procedures/:id/versions/:number': catalogEditors(),
  'GET /api/catalog/procedures/:id/diff': catalogEditors(),
  'PUT /api/catalog/procedures/:id/units': catalogEditors(),
  'GET /api/catalog/decisions': catalogEditors(),
  'POST /api/catalog/decisions': catalogEditors(),
  'GET /api/catalog/decisions/:id': catalogEditors(),
  'PATCH /api/catalog/decisions/:id': catalogEditors(),
  'GET /api/catalog/decisions/:id/check': catalogEditors(),
  'POST /api/catalog/decisions/:id/issue': officers(ADMIN, CONTROL),
  'GET /api/catalog/service-lists': catalogEditors(),
  'POST /api/catalog/service-lists': catalogEditors(),
  'GET /api/catalog/service-lists/:id': catalogEditors(),
  'PUT /api/catalog/service-lists/:id/items': catalogEditors(),
  'POST /api/catalog/import/national-package': catalogEditors(),
  'POST /api/catalog/import/procedures.xlsx': catalogEditors(),
  'GET /api/catalog/export/national-package': catalogEditors(),
  'GET /api/catalog/export/procedures.xlsx': catalogEditors(),
  'GET /api/catalog/national-updates': catalogEditors(),
  'GET /api/catalog/national-updates/:id': catalogEditors(),
  'POST /api/catalog/national-updates/:id/accept': officers(ADMIN, CONTROL),
  'POST /api/catalog/national-updates/:id/dismiss': catalogEditors(),

  // Internal workflows: drafted by the control office (and ADMIN), approved by the agency's leader; read by both.
  // QUESTION: the read routes declare 'session' and refuse inside the handler; a declared permission would be clearer.
  'GET /api/workflows': officers(ADMIN, CONTROL, LEAD),
  'POST /api/workflows/check': plus(officers(ADMIN, CONTROL, LEAD), { body: { steps: [] } }),
  'GET /api/workflows/procedures/:id': officers(ADMIN, CONTROL, LEAD),
  'POST /api/workflows': officers(ADMIN, CONTROL),
  'POST /api/workflows/defaults': officers(ADMIN, CONTROL),
  'GET /api/workflows/:id': plus(officers(ADMIN, CONTROL, LEAD), { url: '/api/workflows/{workflow}' }),
  'GET /api/workflows/:id/versions/:number': plus(officers(ADMIN, CONTROL, LEAD), { url: '/api/workflows/{workflow}/versions/1' }),
  'PUT /api/workflows/:id/draft': officers(ADMIN, CONTROL),
  'POST /api/workflows/:id/versions/:number/submit': officers(ADMIN, CONTROL),
  'POST /api/workflows/:id/versions/:number/approve': officers(LEAD),
  'POST /api/workflows/:id/versions/:number/reject': officers(LEAD),

  // Dossiers at the one-stop desk and in the agencies
  'GET /api/dossiers/intake': officers(DESK),
  'POST /api/dossiers': officers(DESK),
  'GET /api/dossiers/queue': dossierReaders(),
  'GET /api/dossiers/register': dossierReaders(),
  'GET /api/dossiers/register/export': dossierReaders(),
  // QUESTION: only a leader may assign; desk officers and specialists pass the route and get per-item refusals.
  'POST /api/dossiers/bulk-assign': dossierHandlers(),
  'GET /api/dossiers/:id': dossierReaders(),
  'GET /api/dossiers/:id/receipt': dossierReaders(),
  'GET /api/dossiers/:id/documents/:documentId/file': dossierReaders(),
  'GET /api/dossiers/:id/assignees': dossierHandlers(),
  'POST /api/dossiers/:id/actions/:action': dossierHandlers(),
  'GET /api/dossiers/:id/papers': dossierReaders(),
  'GET /api/dossiers/:id/receipt/pdf': dossierReaders(),
  'GET /api/dossiers/:id/process-sheet/pdf': dossierReaders(),
  'GET /api/dossiers/:id/declaration/pdf': dossierReaders(),
  'GET /api/dossiers/:id/notifications': dossierReaders(),
  'GET /api/dossiers/:id/rating': dossierReaders(),
  // The desk records a paper rating slip handed in at the counter.
  'POST /api/dossiers/:id/rating': officers(DESK),
  'GET /api/evaluation/summary': dossierReaders(),
  'GET /api/issued-documents/:id/pdf': dossierReaders(),
  'GET /api/e-results/:id/pdf': dossierReaders(),
  // Revoking an electronic result: the leader of the issuing agency.
  'POST /api/e-results/:id/revoke': officers(LEAD),
  'GET /api/payments/reconciliation': officers(DESK, LEAD),
  'GET /api/payments/reconciliation/export': officers(DESK, LEAD),

  // Public lookups and machine interfaces
  'GET /api/public/dossiers/:code': everyone(),
  'GET /api/public/e-results/:code': everyone(),
  'GET /api/payments/return': everyone(),
  // The gateway has no session; its HMAC signature is checked inside (a bad one is not an auth answer).
  'POST /api/payments/sandbox/ipn': everyone(),
  'POST /api/inbound/dossiers': signedSender(),
  'GET /api/inbound/dossiers/:senderRef/status': signedSender(),
  // Only with BENCH_ENDPOINTS=true (the test turns them on to see them).
  'POST /api/bench/items': everyone(),
  'GET /api/bench/items/:id': everyone(),

  // Portal accounts
  'GET /api/portal/auth/options': everyone(),
  'POST /api/portal/auth/register': everyone(),
  'POST /api/portal/auth/register/confirm': everyone(),
  'POST /api/portal/auth/login': everyone(),
  'POST /api/portal/auth/logout': plus(applicant(), { endsSession: true }),
  // "Who is signed in on the portal?": nobody (401) for anyone but a portal account.
  'GET /api/portal/auth/me': { answers: { anonymous: 401, applicant: 'allow' }, otherOfficers: 401 },
  'GET /api/portal/auth/oidc/start': everyone(),
  'GET /api/portal/auth/oidc/callback': everyone(),
  'GET /api/portal/profile': applicant(),
  'PUT /api/portal/profile': applicant(),
  'GET /api/portal/account/verification': applicant(),
  'POST /api/portal/account/verify': applicant(),
  'POST /api/portal/account/verify/resend': applicant(),
  'GET /api/portal/drafts': applicant(),
  'POST /api/portal/drafts': applicant(),
  'GET /api/portal/drafts/:id': applicant(),
  'PUT /api/portal/drafts/:id': applicant(),
  'DELETE /api/portal/drafts/:id': applicant(),
  'POST /api/portal/drafts/:id/submit': applicant(),
  'POST /api/portal/uploads': applicant(),
  'GET /api/portal/dossiers': applicant(),
  'GET /api/portal/dossiers/:id': applicant(),
  'POST /api/portal/dossiers/:id/supplement': applicant(),
  'GET /api/portal/dossiers/:id/papers': applicant(),
  'GET /api/portal/issued-documents/:id/pdf': applicant(),
  'GET /api/portal/dossiers/:id/declaration/pdf': applicant(),
  'GET /api/portal/e-results/:id/pdf': applicant(),
  'GET /api/portal/dossiers/:id/notifications': applicant(),
  'POST /api/portal/dossiers/:id/payments': applicant(),
  'GET /api/portal/payments/:id': applicant(),
  'GET /api/portal/dossiers/:id/rating': applicant(),
  'POST /api/portal/dossiers/:id/rating': applicant(),
  'GET /api/portal/documents': applicant(),
  'GET /api/portal/documents/:id/file': applicant(),
  'POST /api/portal/documents/:id/use': applicant(),
  'DELETE /api/portal/documents/:id': applicant(),
};
