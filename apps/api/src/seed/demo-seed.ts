import type { RoleCode } from '@motcua/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Engine } from '../db/database.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { hashPassword } from '../modules/identity/password.ts';
import units from './data/quang-ngai-units.json' with { type: 'json' };
import { seedDemoCatalog } from './catalog-demo-seed.ts';
import { seedDemoWorkflows } from './workflow-demo-seed.ts';
import { seedDefaultWorkflows } from './default-workflow-seed.ts';
import { seedDemoApplicant } from '../modules/applicants/index.ts';

export const DEMO_PASSWORD = 'MotCua@2026';
/** Base32 TOTP secret of the demo administrator; README tells how to add it to an authenticator app. */
export const DEMO_ADMIN_TOTP_SECRET = 'MOTCUADEMOADMINTOTPSECRETKEYXYZW';

type UnitRow = DB['org_units'];
type Kind = 'committee' | 'office' | 'division' | 'department' | 'agency' | 'service_centre' | 'desk';

const departments: [string, string][] = [
  ['STP', 'Sở Tư pháp'],
  ['STC', 'Sở Tài chính'],
  ['SXD', 'Sở Xây dựng'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường'],
  ['SCT', 'Sở Công Thương'],
  ['SYT', 'Sở Y tế'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo'],
  ['SNV', 'Sở Nội vụ'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['SKHCN', 'Sở Khoa học và Công nghệ'],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo'],
  ['SNGV', 'Sở Ngoại vụ'],
];

class UnitTree {
  readonly rows: UnitRow[] = [];
  constructor(private readonly now: string) {}
  add(parent: UnitRow | null, code: string, name: string, kind: Kind, level: 'province' | 'commune', shortName: string | null = null): UnitRow {
    const id = newId();
    const row: UnitRow = {
      id, parent_id: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, depth: (parent?.depth ?? -1) + 1,
      code, name, short_name: shortName, kind, level_code: level, is_active: 1, created_at: this.now, updated_at: this.now,
    };
    this.rows.push(row);
    return row;
  }
}

function buildUnits(now: string) {
  const t = new UnitTree(now);
  const p = units.province.code;
  const province = t.add(null, p, `Ủy ban nhân dân ${units.province.fullName.replace(/^Tỉnh/, 'tỉnh')}`, 'committee', 'province', `UBND tỉnh ${units.province.name}`);
  const office = t.add(province, `${p}.VP`, 'Văn phòng Ủy ban nhân dân tỉnh', 'office', 'province', 'Văn phòng UBND tỉnh');
  const control = t.add(office, `${p}.VP.KSTTHC`, 'Phòng Kiểm soát thủ tục hành chính', 'division', 'province');
  const centre = t.add(office, `${p}.TTPVHCC`, 'Trung tâm Phục vụ hành chính công tỉnh', 'service_centre', 'province', 'TT PVHCC tỉnh');
  const depts = Object.fromEntries(departments.map(([code, name]) => [code, t.add(province, `${p}.${code}`, name, 'department', 'province')]));
  for (const [code, name] of departments.slice(0, 4)) t.add(centre, `${p}.TTPVHCC.${code}`, `Quầy ${name}`, 'desk', 'province');
  t.add(province, `${p}.CA`, 'Công an tỉnh', 'agency', 'province');
  const communes = units.communes.map((c) => {
    const committee = t.add(province, c.code, `Ủy ban nhân dân ${c.fullName.charAt(0).toLowerCase()}${c.fullName.slice(1)}`, 'committee', 'commune', `UBND ${c.fullName}`);
    const commCentre = t.add(committee, `${c.code}.TTPVHCC`, `Trung tâm Phục vụ hành chính công ${c.fullName.charAt(0).toLowerCase()}${c.fullName.slice(1)}`, 'service_centre', 'commune');
    return { committee, centre: commCentre };
  });
  return { rows: t.rows, province, control, centre, depts, communes };
}

interface DemoOfficer {
  username: string;
  fullName: string;
  role: RoleCode;
  unit: UnitRow;
  totp?: string;
}

/** Loads the demo province once: Quảng Ngãi after the 2025 reform, with one account per role. */
export async function seedDemoData(db: Kysely<DB>, engine: Engine, clock: Clock): Promise<boolean> {
  const existing = await db.selectFrom('org_units').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const now = clock.now().toISOString();
  const u = buildUnits(now);
  const firstCommune = u.communes[0]!;
  const officers: DemoOfficer[] = [
    { username: 'admin', fullName: 'Nguyễn Văn Quản Trị', role: 'system_admin', unit: u.province, totp: DEMO_ADMIN_TOTP_SECRET },
    { username: 'kiemsoat', fullName: 'Trần Thị Kiểm Soát', role: 'control_officer', unit: u.province },
    { username: 'motcua', fullName: 'Lê Thị Tiếp Nhận', role: 'desk_officer', unit: u.centre },
    { username: 'chuyenvien', fullName: 'Phạm Văn Thẩm Định', role: 'specialist', unit: u.depts['STP']! },
    { username: 'lanhdao', fullName: 'Hoàng Văn Phê Duyệt', role: 'leader', unit: u.depts['STP']! },
    { username: 'lanhdaotinh', fullName: 'Nguyễn Văn Chủ Tịch', role: 'leader', unit: u.province },
    { username: 'xem', fullName: 'Đỗ Thị Theo Dõi', role: 'viewer', unit: u.depts['STP']! },
    { username: 'motcuaxa', fullName: 'Võ Văn Một Cửa', role: 'desk_officer', unit: firstCommune.centre },
  ];
  const hashes = await Promise.all(officers.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < u.rows.length; i += 100) await trx.insertInto('org_units').values(u.rows.slice(i, i + 100)).execute();
    for (const [i, o] of officers.entries()) {
      const id = newId();
      await trx.insertInto('officers').values({
        id, username: o.username, full_name: o.fullName, email: `${o.username}@quangngai.gov.vn`, password_hash: hashes[i]!,
        totp_secret: o.totp ?? null, totp_enabled: o.totp ? 1 : 0, failed_login_count: 0, locked_until: null, is_active: 1, created_at: now, updated_at: now,
      }).execute();
      await trx.insertInto('officer_roles').values({ officer_id: id, role: o.role, org_unit_id: o.unit.id, created_at: now }).execute();
    }
    await appendAudit(trx, engine, now, {
      actor: { kind: 'system', id: null }, action: 'system.demo_seeded', entityType: 'system',
      data: { orgUnits: u.rows.length, officers: officers.map((o) => o.username) },
    });
  });
  await seedDemoCatalog(db, engine, now, units.province.code);
  await seedDemoWorkflows(db, engine, now, units.province.code);
  await seedDefaultWorkflows(db, engine, now);
  await seedDemoApplicant(db, now);
  return true;
}
