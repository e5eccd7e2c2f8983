import { fileURLToPath } from 'node:url';
import type { CreateProcedureBody, VariantInput } from '@motcua/shared';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { inForceStatuses } from '@motcua/shared';
import { withUnitOfWork } from '../../platform/context.ts';
import { importFolder } from './import/import-folder.ts';
import { newId } from '../../platform/ids.ts';
import { insertDecision, replaceDecisionItems } from './decisions.queries.ts';
import { bumpCatalogRevision } from './search.queries.ts';
import { expectCatalogChange } from './search.service.ts';

export const nationalFixtures = fileURLToPath(new URL('./test-fixtures/national-records', import.meta.url));

export function variantBody(overrides: Partial<VariantInput> = {}): VariantInput {
  return {
    name: 'Đăng ký kết hôn trong nước',
    timeLimit: { value: 3, unit: 'working_days' },
    channels: [
      { channel: 'in_person', timeLimit: { value: 3, unit: 'working_days' }, description: 'Nộp tại Trung tâm Phục vụ hành chính công' },
      { channel: 'online', timeLimit: { value: 3, unit: 'working_days' }, description: null },
    ],
    fees: [
      { channel: 'in_person', kind: 'set_by_council', note: 'Theo Nghị quyết của HĐND tỉnh', exemptions: 'Miễn cho người thuộc hộ nghèo' },
      { channel: 'online', kind: 'amount', amount: 10_000, label: 'Lệ phí' },
    ],
    documents: [
      { name: 'Tờ khai đăng ký kết hôn', originals: 1, copies: 0, formTemplate: { name: 'Mẫu tờ khai.docx', url: 'https://dichvucong.gov.vn/mau.docx' } },
      { name: 'Giấy xác nhận tình trạng hôn nhân', originals: 1, copies: 1 },
      { name: 'Văn bản ủy quyền', originals: 1, required: false, condition: 'Khi ủy quyền nộp hồ sơ' },
    ],
    eForm: { type: 'object', properties: { husbandName: { type: 'string', title: 'Họ tên chồng' } }, required: ['husbandName'] },
    ...overrides,
  };
}

/** A complete procedure record: it passes the consistency check. */
export function procedureBody(overrides: Partial<CreateProcedureBody> = {}): CreateProcedureBody {
  return {
    code: '1.999001',
    name: 'Đăng ký kết hôn thử nghiệm',
    kind: 'TTHC được luật giao quy định chi tiết',
    sector: { code: 'ho-tich', name: 'Hộ tịch' },
    levels: ['commune'],
    subjects: ['citizen'],
    agencies: { competent: 'Ủy ban nhân dân cấp xã', implementing: 'Ủy ban nhân dân cấp xã', authorised: null, coordinating: null, receivingAddress: null },
    steps: 'Bước 1: nộp hồ sơ. Bước 2: nhận kết quả.',
    conditions: null,
    results: [{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }],
    legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20', issuer: 'Quốc hội', effectiveOn: '2016-01-01' }],
    onlineLevel: 'partial',
    postal: false,
    variants: [variantBody()],
    ...overrides,
  };
}

export interface CatalogWorld {
  units: Awaited<ReturnType<typeof createProvince>>;
  control: Session;
  communeControl: Session;
  desk: Session;
  leader: Session;
  viewer: Session;
}

/** A province with a control officer at the root, one scoped to a commune, and officers without catalog rights. */
export async function catalogWorld(t: TestApp): Promise<CatalogWorld> {
  const units = await createProvince(t.ctx.db);
  await createOfficer(t.ctx.db, { username: 'control', roles: [{ role: 'control_officer', unit: units.province }] });
  await createOfficer(t.ctx.db, { username: 'communecontrol', roles: [{ role: 'control_officer', unit: units.commune }] });
  await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: units.justice }] });
  await createOfficer(t.ctx.db, { username: 'leader', roles: [{ role: 'leader', unit: units.justice }] });
  await createOfficer(t.ctx.db, { username: 'viewer', roles: [{ role: 'viewer', unit: units.province }] });
  const [control, communeControl, desk, leader, viewer] = await Promise.all(['control', 'communecontrol', 'desk', 'leader', 'viewer'].map((u) => logInAs(t.app, u)));
  return { units, control: control!, communeControl: communeControl!, desk: desk!, leader: leader!, viewer: viewer! };
}

export const importFixtures = (t: TestApp, dir = nationalFixtures) => importFolder(t.ctx, dir, { publish: true, actor: { kind: 'system', id: null } });

/**
 * The province adopts the imported national records it performs, as a province does after importing them: one
 * issued provincial publication decision listing every procedure in force except those left out (by default the
 * customs procedure 1.000014, which a central agency performs although its record says commune level). The
 * decision lists procedures, not versions: it publishes nothing new.
 */
export async function adoptAll(t: TestApp, leaveOut: string[] = ['1.000014']): Promise<void> {
  expectCatalogChange(t.ctx.db);
  await withUnitOfWork(t.ctx, async (uow) => {
    const rows = await uow.trx
      .selectFrom('procedures')
      .select(['id'])
      .where('status', 'in', inForceStatuses)
      .$if(leaveOut.length > 0, (q) => q.where('code', 'not in', leaveOut))
      .orderBy('code')
      .execute();
    const id = newId();
    await insertDecision(uow.trx, {
      id, number: `${id.slice(0, 6)}/QĐ-UBND`, title: 'Công bố danh mục thủ tục hành chính thực hiện tại tỉnh', signed_on: '2026-10-20', signer: null,
      issuer: 'Ủy ban nhân dân tỉnh', issuer_level: 'province', effective_on: '2026-10-20', legal_basis: '[]', legal_basis_effective_on: null,
      status: 'issued', issued_at: uow.now, created_at: uow.now, created_by: null, updated_at: uow.now,
    });
    await replaceDecisionItems(uow.trx, id, rows.map((p, position) => ({
      decision_id: id, procedure_id: p.id, position, action: 'new', replaced_by_procedure_id: null, version_id: null, published_at: uow.now, incomplete: 0, missing: '[]',
    })));
    await bumpCatalogRevision(uow.trx, uow.now);
  });
}
