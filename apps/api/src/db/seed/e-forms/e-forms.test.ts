import { readFile } from 'node:fs/promises';
import { schemaToBuilder } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { validateEForm } from '../../../modules/catalog/e-form.ts';
import { checkEFormData } from '../../../modules/dossiers/e-form-data.ts';
import { DEMO_E_FORM_FILES, loadDemoEForms } from './index.ts';

const forms = await loadDemoEForms();
const check = (code: string, answers: Record<string, unknown>) => checkEFormData(`test-${code}`, JSON.stringify(forms.get(code)), answers, 'formData');
const paths = (code: string, answers: Record<string, unknown>) => check(code, answers).map((e) => e.path).sort();

const requester = { fullName: 'Trần Văn Bình', citizenId: '051090001234', residence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi', phone: '0912345678' };
const parent = (fullName: string, birthYear: number) => ({ fullName, birthYear, ethnicity: 'Kinh', nationality: 'Việt Nam', residence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' });
const BIRTH = {
  requester: { ...requester, relation: 'Cha' },
  child: {
    fullName: 'Trần Minh An', birthDate: '2026-11-02', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', birthPlaceKind: 'facility',
    birthFacility: 'Bệnh viện Sản - Nhi tỉnh Quảng Ngãi', birthPlace: 'Phường Cẩm Thành, tỉnh Quảng Ngãi', hometown: 'Xã Tịnh Khê, tỉnh Quảng Ngãi',
  },
  mother: parent('Nguyễn Thị Hoa', 1995), fatherKnown: true, father: parent('Trần Văn Bình', 1992), surrogacy: false, wantsCopies: true, copyCount: 2,
};

describe('the e-forms shipped with the demo catalog', () => {
  it('are each attached to a procedure of the demo, compile as JSON Schema 2020-12 and open in the form builder', async () => {
    const demo = [
      ...(JSON.parse(await readFile(new URL('../catalog-demo-procedures.json', import.meta.url), 'utf8')) as { record: { code: string } }[]),
      ...(JSON.parse(await readFile(new URL('../catalog-demo-additions.json', import.meta.url), 'utf8')) as { record: { code: string } }[]),
    ].map((d) => d.record.code);
    expect(Object.keys(DEMO_E_FORM_FILES).filter((code) => !demo.includes(code))).toEqual([]);
    for (const [code, schema] of forms) {
      expect(validateEForm(schema, code), code).toEqual([]);
      expect(schemaToBuilder(schema).ok, code).toBe(true);
    }
    expect(forms.get('1.001193')!.title).toBe('Tờ khai đăng ký khai sinh');
    expect(forms.get('1.010041')).toBe(forms.get('1.010039'));
  });

  it('birth registration: takes a real declaration, asks the father only when known and the surrogacy details only then', () => {
    expect(check('1.001193', BIRTH)).toEqual([]);
    const { father: _father, ...withoutFather } = BIRTH;
    expect(check('1.001193', { ...withoutFather, fatherKnown: false })).toEqual([]);
    expect(paths('1.001193', { ...withoutFather, fatherKnown: true })).toEqual(['formData.father']);
    expect(paths('1.001193', { ...BIRTH, surrogacy: true })).toEqual(['formData.surrogate']);
    expect(check('1.001193', { ...BIRTH, surrogacy: true, surrogate: { clinic: 'Bệnh viện Từ Dũ', confirmationNumber: '125/XN-BVTD', confirmationDate: '2026-01-05', carrierName: 'Lê Thị Thu' } })).toEqual([]);
    expect(check('1.001193', {
      ...BIRTH,
      requester: { ...requester, citizenId: '05109000123', phone: '12345' },
      child: { ...BIRTH.child, birthDate: '02/11/2026', gender: 'x', birthFacility: undefined },
      copyCount: 0,
    })).toEqual(expect.arrayContaining([
      { path: 'formData.requester.citizenId', message: 'Không đúng mẫu quy định' },
      { path: 'formData.requester.phone', message: 'Không đúng mẫu quy định' },
      { path: 'formData.requester.relation', message: 'Bắt buộc nhập' },
      { path: 'formData.child.birthDate', message: 'Sai định dạng (date)' },
      { path: 'formData.child.gender', message: 'Cần khớp đúng một phương án' },
      { path: 'formData.child.birthFacility', message: 'Bắt buộc nhập' },
      { path: 'formData.copyCount', message: 'Không nhỏ hơn 1' },
    ]));
    expect(check('1.001193', { ...BIRTH, requester: { ...requester, citizenId: '05109000123', phone: '12345' }, child: { ...BIRTH.child, birthDate: '02/11/2026', gender: 'x', birthFacility: undefined }, copyCount: 0 })).toHaveLength(7);
  });

  it('death registration: the substitute paper is named only when there is no death notice', () => {
    const death = {
      requester: { ...requester, relation: 'Con' },
      deceased: {
        fullName: 'Trần Văn Cường', birthDate: '1940-03-15', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', lastResidence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi',
        deathDate: '2026-11-20', deathTime: '14:30', deathPlace: 'Tại nhà, thôn An Phú, xã Tịnh Khê', cause: 'Bệnh già',
      },
      deathNoticeKind: 'notice', noticeNumber: '15/GBT', noticeDate: '2026-11-21', noticeIssuer: 'Trạm Y tế xã Tịnh Khê', wantsCopies: false,
    };
    expect(check('1.000656', death)).toEqual([]);
    expect(paths('1.000656', { ...death, deathNoticeKind: 'substitute', deceased: { ...death.deceased, deathTime: '25:10' } })).toEqual(['formData.deceased.deathTime', 'formData.substituteName']);
  });

  it('marriage, residence, certified copy, household business and building permit take realistic answers and refuse wrong ones', () => {
    const spouse = (fullName: string, birthDate: string, citizenId: string) => ({ fullName, birthDate, ethnicity: 'Kinh', nationality: 'Việt Nam', residence: 'Xã Tịnh Khê, tỉnh Quảng Ngãi', citizenId, marriageCount: 1 });
    const marriage = { bride: spouse('Nguyễn Thị Hoa', '1998-04-01', '051198001111'), groom: spouse('Trần Văn Bình', '1996-09-09', '051096002222'), differentResidence: false, wantsCopies: false };
    expect(check('1.000894', marriage)).toEqual([]);
    expect(paths('1.000894', { ...marriage, differentResidence: true, groom: { ...marriage.groom, marriageCount: 0 } })).toEqual(['formData.groom.marriageCount', 'formData.otherCommune']);

    const person = { fullName: 'Trần Văn Bình', birthDate: '1992-02-02', gender: 'male', citizenId: '051092001234', phone: '0912345678', email: 'binh@example.vn' };
    const residence = { person, household: { headName: 'Trần Văn Bình', relation: 'Chủ hộ', headCitizenId: '051092001234' }, request: 'confirm', confirmWhat: ['permanent'], address: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' };
    expect(check('1.010041', residence)).toEqual([]);
    expect(paths('1.010041', { ...residence, confirmWhat: [], person: { ...person, email: 'binh@' } })).toEqual(['formData.confirmWhat', 'formData.person.email']);
    expect(paths('1.010041', { ...residence, request: 'adjust' })).toEqual(['formData.adjustDetail']);

    const copy = { requester: { fullName: 'Trần Văn Bình', citizenId: '051092001234' }, role: 'party', document: { title: 'Hợp đồng mua bán xe máy', copyCount: 2 } };
    expect(check('2.000942', copy)).toEqual([]);
    expect(paths('2.000942', { ...copy, role: 'authorised', document: { title: 'Hợp đồng', copyCount: 1.5 } })).toEqual(['formData.document.copyCount', 'formData.principal']);

    const business = {
      business: { name: 'Hộ kinh doanh Bình An', address: 'Số 5 Quang Trung, xã Tịnh Khê, tỉnh Quảng Ngãi', activities: '5610 - Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', capital: 100_000_000 },
      owner: { fullName: 'Trần Văn Bình', birthDate: '1992-02-02', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', citizenId: '051092001234', address: 'Thôn An Phú, xã Tịnh Khê' },
      byFamily: false, taxCommitment: true,
    };
    expect(check('1.001612', business)).toEqual([]);
    expect(paths('1.001612', { ...business, byFamily: true, business: { ...business.business, capital: -1 } })).toEqual(['formData.business.capital', 'formData.members']);

    const permit = {
      permitKind: 'repair',
      investor: { name: 'Trần Văn Bình', address: 'Thôn An Phú, xã Tịnh Khê', phone: '0912345678' },
      site: { name: 'Nhà ở riêng lẻ', parcel: 'Thửa 125, tờ bản đồ số 7', landArea: 120.5, address: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' },
      design: {},
      content: { grade: 'IV', groundFloorArea: 80, totalFloorArea: 160, height: 8.5, floors: 2 },
      repair: { currentState: 'Nhà cấp 4 mái ngói xuống cấp', works: 'Nâng thêm 1 tầng, thay mái' },
      months: 6, commitment: true,
    };
    expect(check('1.013229', permit)).toEqual([]);
    const { repair: _repair, ...noRepair } = permit;
    expect(paths('1.013229', noRepair)).toEqual(['formData.repair']);
    expect(paths('1.013229', { ...noRepair, permitKind: 'relocation', content: { ...permit.content, floors: 2.5 } })).toEqual(['formData.content.floors', 'formData.relocation']);
  });
});
