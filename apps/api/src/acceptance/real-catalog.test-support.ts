/**
 * The real-catalog acceptance world: the demo province with its agencies and desks, the 2,378 national records
 * imported as a province does first, and the procedures the province performs adopted for its agencies through
 * the back office's own endpoints (assignments, desk lists, a provincial publication decision).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { requiredDocuments, type Channel, type RequirementLine } from '@motcua/shared';
import { seedDemoData } from '../seed/demo-seed.ts';
import { importFolder } from '../modules/catalog/import/import-folder.ts';
import { logInAs, type Session, type TestApp } from '../test/test-app.ts';

export const NATIONAL_RECORDS = fileURLToPath(new URL('../../../../../shared/data/national-procedures', import.meta.url));
export const DEMO_PASSWORD = 'MotCua@2026';

/**
 * Sectors run by centrally managed (vertical) agencies — customs, tax, treasury, social insurance, the state bank,
 * courts, civil judgment enforcement, maritime and aviation — are not the province's to perform.
 */
export const VERTICAL_SECTORS = /Hải quan|Thuế|Kho bạc|Chứng khoán|Dự trữ|BHXH|BHYT|Bảo hiểm|ngân hàng|Hoạt động (ngoại hối|kho quỹ|thanh toán|thông tin tín dụng|tiền tệ|tín dụng|khác)|Tòa án|Thi hành án|Hàng hải|hàng không/i;

/** The department of the demo province that resolves each ministry's provincial procedures. */
const DEPARTMENT_OF: Record<string, string> = { 'bo-tu-phap': 'STP', 'bo-xay-dung': 'SXD', 'bo-nong-nghiep-mt': 'SNNMT', 'bo-tai-chinh': 'STC', 'bo-cong-an': 'CA' };

export interface AdoptedProcedure {
  id: string;
  code: string;
  /** Where the test receives it: the commune desk for commune procedures, else the provincial centre. */
  level: 'province' | 'commune';
  agencyUnitId: string;
}

export interface RealCatalogWorld {
  control: Session;
  provinceDesk: Session;
  communeDesk: Session;
  adopted: AdoptedProcedure[];
  imported: number;
}

export const nationalRecordsPresent = () => existsSync(NATIONAL_RECORDS);

async function post(t: TestApp, session: Session, url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') {
  const res = await t.app.inject({ method, url, headers: session.headers, payload: payload as Record<string, unknown> });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 2000)}`);
  return res.json();
}

export async function realCatalogWorld(t: TestApp): Promise<RealCatalogWorld> {
  await seedDemoData(t.ctx.db, t.database.config.engine, t.clock);
  const report = await importFolder(t.ctx, NATIONAL_RECORDS, { publish: true, actor: { kind: 'system', id: null } });
  if (report.failed > 0) throw new Error(`import failed for ${report.failed} records`);
  const control = await logInAs(t.app, 'kiemsoat', DEMO_PASSWORD);
  const provinceDesk = await logInAs(t.app, 'motcua', DEMO_PASSWORD);
  const communeDesk = await logInAs(t.app, 'motcuaxa', DEMO_PASSWORD);

  const units = await t.ctx.db.selectFrom('org_units').select(['id', 'code', 'kind', 'level_code', 'path']).orderBy('path').execute();
  const province = units.find((u) => u.kind === 'committee' && u.level_code === 'province')!;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const centre = byCode.get(`${province.code}.TTPVHCC`)!;
  const commune = units.find((u) => u.kind === 'committee' && u.level_code === 'commune')!;
  const communeCentre = byCode.get(`${commune.code}.TTPVHCC`)!;

  const rows = await t.ctx.db
    .selectFrom('procedures')
    .innerJoin('procedure_versions', 'procedure_versions.id', 'procedures.current_version_id')
    .select(['procedures.id', 'procedures.code', 'procedure_versions.levels', 'procedure_versions.sector_name'])
    .execute();
  const ministryOf = await ministriesByCode();
  const adopted: AdoptedProcedure[] = [];
  for (const r of rows) {
    const levels = JSON.parse(r.levels) as string[];
    const ministry = ministryOf.get(r.code);
    if (!ministry || VERTICAL_SECTORS.test(r.sector_name) || !DEPARTMENT_OF[ministry]) continue;
    const units: { unitId: string; role: 'implementing' }[] = [];
    if (levels.includes('province')) units.push({ unitId: byCode.get(`${province.code}.${DEPARTMENT_OF[ministry]}`)!.id, role: 'implementing' });
    if (levels.includes('commune')) units.push({ unitId: commune.id, role: 'implementing' });
    if (units.length === 0) continue;
    await post(t, control, `/api/catalog/procedures/${r.id}/units`, { units }, 'PUT');
    const level = levels.includes('commune') ? 'commune' : 'province';
    adopted.push({ id: r.id, code: r.code, level, agencyUnitId: level === 'commune' ? commune.id : units[0]!.unitId });
  }

  const list = async (unitId: string, kind: string, items: AdoptedProcedure[]) =>
    (await post(t, control, '/api/catalog/service-lists', { unitId, kind, items: items.map((p) => ({ procedureId: p.id, agencyUnitId: p.agencyUnitId })) })).id as string;
  const atProvince = adopted.filter((p) => p.level === 'province');
  const atCommune = adopted.filter((p) => p.level === 'commune');
  const lists = [await list(centre.id, 'received_at_desk', atProvince), await list(communeCentre.id, 'received_at_desk', atCommune)];
  const decision = await post(t, control, '/api/catalog/decisions', {
    number: '2001/QĐ-UBND', title: 'Công bố danh mục thủ tục hành chính thực hiện trên địa bàn tỉnh', signedOn: '2026-11-20', signer: 'Chủ tịch Ủy ban nhân dân tỉnh',
    effectiveOn: '2026-11-20', serviceListIds: lists,
  });
  await post(t, control, `/api/catalog/decisions/${decision.id}/issue`, { acknowledgeIncomplete: true });
  return { control, provinceDesk, communeDesk, adopted, imported: report.total };
}

/** Which ministry's folder each national code came from. */
async function ministriesByCode(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const ministry of await readdir(NATIONAL_RECORDS)) {
    for (const file of await readdir(`${NATIONAL_RECORDS}/${ministry}`)) if (file.endsWith('.json')) map.set(file.slice(0, -5), ministry);
  }
  return map;
}

export interface PublicDocument extends RequirementLine {
  required: boolean;
}

/** The lines an applicant must bring when no case applies: the unconditional ones and the first of each group of alternatives. */
export function unconditionalDocuments(documents: PublicDocument[], channel: Channel): RequirementLine[] {
  const set = requiredDocuments(documents, channel, {});
  return [...set.required, ...set.oneOf.map((group) => group[0]!)];
}
