import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type OrgUnitRow = DB['org_units'];
export type OfficerRow = DB['officers'];

/** Restricts a query on org_units to the given subtrees ('all' = no restriction). */
function underPaths<Q extends { where: (...args: any[]) => Q }>(q: Q, column: string, paths: string[] | 'all'): Q {
  if (paths === 'all') return q;
  if (paths.length === 0) return q.where(sql`1 = 0`);
  return q.where((eb: any) => eb.or(paths.map((p) => eb(column, 'like', `${p}%`))));
}

export const listOrgLevels = (ex: Executor) => ex.selectFrom('org_levels').selectAll().orderBy('rank').execute();
export const findOrgLevel = (ex: Executor, code: string) => ex.selectFrom('org_levels').selectAll().where('code', '=', code).executeTakeFirst();

export const listOrgUnits = (ex: Executor, paths: string[] | 'all') =>
  underPaths(ex.selectFrom('org_units').selectAll(), 'path', paths).orderBy('depth').orderBy('name').execute();

export const findOrgUnit = (ex: Executor, id: string) => ex.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
export const findOrgUnitByCode = (ex: Executor, code: string) => ex.selectFrom('org_units').selectAll().where('code', '=', code).executeTakeFirst();
export const findOrgUnitsByIds = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('org_units').selectAll().where('id', 'in', ids).execute();

export const insertOrgUnit = (ex: Executor, row: OrgUnitRow) => ex.insertInto('org_units').values(row).execute();
export const updateOrgUnit = (ex: Executor, id: string, patch: Partial<OrgUnitRow>) =>
  ex.updateTable('org_units').set(patch).where('id', '=', id).execute();

export const findOfficerByUsername = (ex: Executor, username: string) =>
  ex.selectFrom('officers').selectAll().where('username', '=', username).executeTakeFirst();
export const findOfficer = (ex: Executor, id: string) => ex.selectFrom('officers').selectAll().where('id', '=', id).executeTakeFirst();
export const insertOfficer = (ex: Executor, row: OfficerRow) => ex.insertInto('officers').values(row).execute();
export const updateOfficer = (ex: Executor, id: string, patch: Partial<OfficerRow>) =>
  ex.updateTable('officers').set(patch).where('id', '=', id).execute();

export const officerGrants = (ex: Executor, officerIds: string[]) =>
  officerIds.length === 0
    ? Promise.resolve([])
    : ex
        .selectFrom('officer_roles')
        .innerJoin('org_units', 'org_units.id', 'officer_roles.org_unit_id')
        .select(['officer_roles.officer_id', 'officer_roles.role', 'officer_roles.org_unit_id', 'org_units.name as org_unit_name', 'org_units.path as org_unit_path'])
        .where('officer_roles.officer_id', 'in', officerIds)
        .orderBy('org_units.depth')
        .execute();

export async function replaceOfficerRoles(ex: Executor, officerId: string, roles: { role: string; orgUnitId: string }[], now: string) {
  await ex.deleteFrom('officer_roles').where('officer_id', '=', officerId).execute();
  if (roles.length === 0) return;
  await ex
    .insertInto('officer_roles')
    .values(roles.map((r) => ({ officer_id: officerId, role: r.role, org_unit_id: r.orgUnitId, created_at: now })))
    .execute();
}

/** Officers having at least one role in the given subtrees, optionally filtered by text and unit. */
export async function searchOfficers(ex: Executor, opts: { paths: string[] | 'all'; q?: string; unitPath?: string; limit: number; offset: number }) {
  let q = ex
    .selectFrom('officers')
    .where('officers.id', 'in', (sub) => {
      let inner = underPaths(
        sub.selectFrom('officer_roles').innerJoin('org_units', 'org_units.id', 'officer_roles.org_unit_id').select('officer_roles.officer_id'),
        'org_units.path',
        opts.paths,
      );
      if (opts.unitPath) inner = inner.where('org_units.path', 'like', `${opts.unitPath}%`);
      return inner;
    });
  if (opts.q) {
    const like = `%${opts.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['officers.full_name']), 'like', like), eb('officers.username', 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    q
      // The account-wide sign-in delay (platform/auth/login-throttle.ts; the key is officerLoginSubject) shows as "locked until".
      .leftJoin('login_throttles', (join) => join.on((eb) => eb('login_throttles.key', '=', sql<string>`'officer:' || officers.username`)))
      .selectAll('officers')
      .select('login_throttles.next_attempt_at as delayed_until')
      .orderBy('officers.full_name')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const deleteOfficerSessions = (ex: Executor, officerId: string) =>
  ex.deleteFrom('sessions').where('principal_kind', '=', 'officer').where('principal_id', '=', officerId).execute();

export const findRootUnits = (ex: Executor) => ex.selectFrom('org_units').selectAll().where('parent_id', 'is', null).execute();

export async function countActiveOfficersWithRole(ex: Executor, role: string): Promise<number> {
  const row = await ex
    .selectFrom('officer_roles')
    .innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('officer_roles.role', '=', role)
    .where('officers.is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Signs that a database holds the demo data: the demo seed's audit entry or the demo administrator's published TOTP secret. */
export async function hasDemoData(ex: Executor, demoTotpSecret: string): Promise<boolean> {
  const seeded = await ex.selectFrom('audit_entries').select('seq').where('action', '=', 'system.demo_seeded').limit(1).executeTakeFirst();
  const demoAdmin = await ex.selectFrom('officers').select('id').where('totp_secret', '=', demoTotpSecret).limit(1).executeTakeFirst();
  return !!seeded || !!demoAdmin;
}

/** Records an accepted TOTP time step; false when that step (or a later one) was already used: the code is spent. */
export async function useTotpStep(ex: Executor, officerId: string, step: number): Promise<boolean> {
  const result = await ex
    .updateTable('officers')
    .set({ totp_last_step: step })
    .where('id', '=', officerId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
