import type { RoleCode } from '@motcua/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { hashPassword } from '../modules/identity/password.ts';

type UnitRow = DB['org_units'];
const at = '2026-11-01T00:00:00.000Z';

export async function createOrgUnit(db: Kysely<DB>, overrides: Partial<UnitRow> & { parent?: UnitRow } = {}): Promise<UnitRow> {
  const { parent, ...rest } = overrides;
  const id = rest.id ?? newId();
  const row: UnitRow = {
    id,
    parent_id: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    code: `U${id.slice(0, 8)}`,
    name: 'Đơn vị thử nghiệm',
    short_name: null,
    kind: parent ? 'department' : 'committee',
    level_code: 'province',
    is_active: 1,
    created_at: at,
    updated_at: at,
    ...rest,
  };
  await db.insertInto('org_units').values(row).execute();
  return row;
}

let cachedHash: Promise<string> | undefined;

export async function createOfficer(
  db: Kysely<DB>,
  opts: { username: string; roles: { role: RoleCode; unit: UnitRow }[]; password?: string; totpSecret?: string; fullName?: string },
) {
  const id = newId();
  const passwordHash = opts.password ? await hashPassword(opts.password) : await (cachedHash ??= hashPassword('Secret-pass-1'));
  await db.insertInto('officers').values({
    id, username: opts.username, full_name: opts.fullName ?? `Cán bộ ${opts.username}`, email: null, password_hash: passwordHash,
    totp_secret: opts.totpSecret ?? null, totp_enabled: opts.totpSecret ? 1 : 0, failed_login_count: 0, locked_until: null, is_active: 1, created_at: at, updated_at: at,
  }).execute();
  for (const r of opts.roles) {
    await db.insertInto('officer_roles').values({ officer_id: id, role: r.role, org_unit_id: r.unit.id, created_at: at }).execute();
  }
  return { id, username: opts.username };
}

/** A small province: root committee, two departments and a commune with its centre. */
export async function createProvince(db: Kysely<DB>) {
  const province = await createOrgUnit(db, { code: '51', name: 'UBND tỉnh Thử Nghiệm' });
  const justice = await createOrgUnit(db, { parent: province, code: '51.STP', name: 'Sở Tư pháp' });
  const construction = await createOrgUnit(db, { parent: province, code: '51.SXD', name: 'Sở Xây dựng' });
  const commune = await createOrgUnit(db, { parent: province, code: '23293', name: 'UBND phường Kon Tum', kind: 'committee', level_code: 'commune' });
  return { province, justice, construction, commune };
}
