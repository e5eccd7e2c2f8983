import { describe, expect, it } from 'vitest';
import { mergePrefillSources, prefillEFormData } from './prefill.ts';
import { eFormUiSchema } from './render-hints.ts';

const schema = {
  type: 'object',
  'x-order': ['requester', 'note', 'agree'],
  properties: {
    requester: {
      type: 'object',
      properties: {
        fullName: { type: 'string', 'x-prefill': 'fullName' },
        idNumber: { type: 'string', 'x-prefill': 'citizenId' },
        birthDate: { type: 'string', format: 'date', 'x-prefill': 'birthDate' },
        relation: { type: 'string' },
      },
    },
    note: { type: 'string', 'x-widget': 'textarea' },
    agree: { type: 'boolean' },
    phone: { type: 'string', 'x-prefill': 'phone' },
  },
  allOf: [{ if: { properties: { agree: { const: true } } }, then: { properties: { email: { type: 'string', 'x-prefill': 'email' }, kinds: { type: 'array', items: { type: 'string', oneOf: [{ const: 'a' }] } } } } }],
};

describe('prefill from the applicant', () => {
  it('fills annotated fields, in sections too, keeps what was typed, and leaves conditional fields alone', () => {
    const profile = { fullName: 'Trần Thị Lan', citizenId: '051190001234', birthDate: '1990-05-12', phone: null, email: 'lan@example.vn', address: 'Số 2 Hùng Vương' };
    expect(prefillEFormData(schema, profile)).toEqual({ requester: { fullName: 'Trần Thị Lan', idNumber: '051190001234', birthDate: '1990-05-12' } });
    expect(prefillEFormData(schema, { ...profile, phone: '0912345678' }, { requester: { fullName: 'Trần Văn An' }, phone: '' })).toEqual({
      requester: { fullName: 'Trần Văn An', idNumber: '051190001234', birthDate: '1990-05-12' }, phone: '0912345678',
    });
    expect(prefillEFormData(null, profile)).toEqual({});
  });

  it('merges sources, the more trusted first, skipping empty values', () => {
    expect(mergePrefillSources({ fullName: 'Trần Thị Lan', address: '' }, { fullName: 'Tran Thi Lan', address: 'Số 2 Hùng Vương', phone: null })).toEqual({
      fullName: 'Trần Thị Lan', address: 'Số 2 Hùng Vương',
    });
  });
});

describe('render hints', () => {
  it('orders fields, makes long texts text areas, yes/no radios and multiple choices check boxes, conditional ones too', () => {
    expect(eFormUiSchema(schema)).toEqual({
      'ui:order': ['requester', 'note', 'agree', '*'],
      note: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
      agree: { 'ui:widget': 'radio' },
      kinds: { 'ui:widget': 'checkboxes' },
      'ui:submitButtonOptions': { norender: true },
    });
  });
});
