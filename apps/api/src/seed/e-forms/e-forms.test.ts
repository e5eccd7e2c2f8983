import { readFile } from 'node:fs/promises';
import { schemaToBuilder } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { validateEForm } from '../../modules/catalog/e-form.ts';
import { checkEFormData } from '../../modules/dossiers/e-form-data.ts';
import { DEMO_E_FORM_FILES, loadDemoEForms } from './index.ts';
import { BIRTH, BUILDING_PERMIT, CERTIFIED_COPY, DEATH, HOUSEHOLD_BUSINESS, MARRIAGE, person, requester, RESIDENCE } from './sample-declarations.test-support.ts';

const forms = await loadDemoEForms();
const check = (code: string, answers: Record<string, unknown>) => checkEFormData(`test-${code}`, JSON.stringify(forms.get(code)), answers, 'formData');
const paths = (code: string, answers: Record<string, unknown>) => check(code, answers).map((e) => e.path).sort();

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
    expect(check('1.000656', DEATH)).toEqual([]);
    expect(paths('1.000656', { ...DEATH, deathNoticeKind: 'substitute', deceased: { ...DEATH.deceased, deathTime: '25:10' } })).toEqual(['formData.deceased.deathTime', 'formData.substituteName']);
  });

  it('MARRIAGE, RESIDENCE, certified CERTIFIED_COPY, household business and building permit take realistic answers and refuse wrong ones', () => {
    expect(check('1.000894', MARRIAGE)).toEqual([]);
    expect(paths('1.000894', { ...MARRIAGE, differentResidence: true, groom: { ...MARRIAGE.groom, marriageCount: 0 } })).toEqual(['formData.groom.marriageCount', 'formData.otherCommune']);

    expect(check('1.010041', RESIDENCE)).toEqual([]);
    expect(paths('1.010041', { ...RESIDENCE, confirmWhat: [], person: { ...person, email: 'binh@' } })).toEqual(['formData.confirmWhat', 'formData.person.email']);
    expect(paths('1.010041', { ...RESIDENCE, request: 'adjust' })).toEqual(['formData.adjustDetail']);

    expect(check('2.000942', CERTIFIED_COPY)).toEqual([]);
    expect(paths('2.000942', { ...CERTIFIED_COPY, role: 'authorised', document: { title: 'Hợp đồng', copyCount: 1.5 } })).toEqual(['formData.document.copyCount', 'formData.principal']);

    expect(check('1.001612', HOUSEHOLD_BUSINESS)).toEqual([]);
    expect(paths('1.001612', { ...HOUSEHOLD_BUSINESS, byFamily: true, business: { ...HOUSEHOLD_BUSINESS.business, capital: -1 } })).toEqual(['formData.business.capital', 'formData.members']);

    expect(check('1.013229', BUILDING_PERMIT)).toEqual([]);
    const { repair: _repair, ...noRepair } = BUILDING_PERMIT;
    expect(paths('1.013229', noRepair)).toEqual(['formData.repair']);
    expect(paths('1.013229', { ...noRepair, permitKind: 'relocation', content: { ...BUILDING_PERMIT.content, floors: 2.5 } })).toEqual(['formData.content.floors', 'formData.relocation']);
  });
});
