import { describe, expect, it } from 'vitest';
import { describeEFormAnswers, type EFormAnswer } from './describe-answers.ts';

/** The demo e-form of 1.000426 (Cấp thẻ tư vấn viên pháp luật), as the seed gives it. */
const LEGAL_ADVISER_FORM = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Giấy đề nghị cấp Thẻ tư vấn viên pháp luật',
  required: ['fullName', 'dateOfBirth', 'yearsOfPractice', 'centre'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên người được đề nghị cấp thẻ' },
    dateOfBirth: { type: 'string', format: 'date', title: 'Ngày sinh' },
    lawDegree: { type: 'string', title: 'Bằng cử nhân luật (số hiệu, nơi cấp)' },
    yearsOfPractice: { type: 'integer', minimum: 3, title: 'Số năm công tác pháp luật' },
    centre: {
      type: 'object',
      title: 'Trung tâm tư vấn pháp luật đề nghị cấp thẻ',
      properties: { name: { type: 'string', title: 'Tên Trung tâm' }, address: { type: 'string', title: 'Địa chỉ trụ sở' } },
    },
  },
};

/** Label → value (groups as nested objects), to read the trees below at a glance. */
const flat = (entries: EFormAnswer[]): Record<string, unknown> =>
  Object.fromEntries(entries.map((e) => [e.label, e.children ? flat(e.children) : e.value]));

describe('the e-form answers, as people read them', () => {
  it('labels the demo form’s answers with its titles, in its order, dates as dd/MM/yyyy and the centre as a group', () => {
    // Typed in another order than the form's; the optional law degree left empty.
    const answers = { centre: { address: 'Số 2 Hùng Vương', name: 'Trung tâm tư vấn pháp luật tỉnh Quảng Ngãi' }, yearsOfPractice: 4, dateOfBirth: '1990-05-12', fullName: 'Trần Thị Lan', lawDegree: '' };
    expect(describeEFormAnswers(LEGAL_ADVISER_FORM, answers)).toEqual([
      { path: 'fullName', label: 'Họ và tên người được đề nghị cấp thẻ', value: 'Trần Thị Lan' },
      { path: 'dateOfBirth', label: 'Ngày sinh', value: '12/05/1990' },
      { path: 'yearsOfPractice', label: 'Số năm công tác pháp luật', value: '4' },
      {
        path: 'centre', label: 'Trung tâm tư vấn pháp luật đề nghị cấp thẻ', value: null,
        children: [
          { path: 'centre.name', label: 'Tên Trung tâm', value: 'Trung tâm tư vấn pháp luật tỉnh Quảng Ngãi' },
          { path: 'centre.address', label: 'Địa chỉ trụ sở', value: 'Số 2 Hùng Vương' },
        ],
      },
    ]);
  });

  it('shows options by their titles, yes and no in words, numbers grouped the Vietnamese way, and lists of values joined', () => {
    const schema = {
      type: 'object',
      properties: {
        purpose: { type: 'string', title: 'Mục đích', oneOf: [{ const: 'new', title: 'Cấp mới' }, { const: 'renew', title: 'Cấp lại' }] },
        gender: { type: 'string', title: 'Giới tính', enum: ['m', 'f'], enumNames: ['Nam', 'Nữ'] },
        married: { type: 'boolean', title: 'Đã kết hôn' },
        area: { type: 'number', title: 'Diện tích (m²)' },
        capital: { type: 'integer', title: 'Vốn điều lệ (đồng)' },
        birthYear: { type: 'integer', title: 'Năm sinh' },
        languages: { type: 'array', title: 'Ngoại ngữ', items: { type: 'string', anyOf: [{ const: 'en', title: 'Tiếng Anh' }, { const: 'fr', title: 'Tiếng Pháp' }] } },
        phones: { type: 'array', title: 'Số điện thoại', items: { type: 'string' } },
        plain: { type: 'string', title: 'Phương án khác', enum: ['a', 'b'] },
      },
    };
    const answers = {
      purpose: 'renew', gender: 'f', married: false, area: 1234.5, capital: 1_500_000_000, birthYear: 1990,
      languages: ['en', 'fr'], phones: ['0912345678', '', '0255123456'], plain: 'b',
    };
    expect(flat(describeEFormAnswers(schema, answers))).toEqual({
      'Mục đích': 'Cấp lại', 'Giới tính': 'Nữ', 'Đã kết hôn': 'Không', 'Diện tích (m²)': '1.234,5', 'Vốn điều lệ (đồng)': '1.500.000.000',
      'Năm sinh': '1990', 'Ngoại ngữ': 'Tiếng Anh, Tiếng Pháp', 'Số điện thoại': '0912345678, 0255123456', 'Phương án khác': 'b',
    });
    expect(flat(describeEFormAnswers(schema, { married: true, area: -0.25 }))).toEqual({ 'Đã kết hôn': 'Có', 'Diện tích (m²)': '-0,25' });
  });

  it('numbers the items of a list of groups and labels their fields, following $ref to $defs', () => {
    const schema = {
      type: 'object',
      $defs: { person: { type: 'object', properties: { fullName: { type: 'string', title: 'Họ và tên' }, birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' } } } },
      properties: { members: { type: 'array', title: 'Thành viên hộ gia đình', items: { $ref: '#/$defs/person' } }, head: { $ref: '#/$defs/person', title: 'Chủ hộ' } },
    };
    const answers = { members: [{ fullName: 'Trần Văn An', birthDate: '2015-09-02' }, {}, { fullName: 'Trần Thị Bình' }], head: { fullName: 'Trần Văn Cường' } };
    expect(describeEFormAnswers(schema, answers)).toEqual([
      {
        path: 'members', label: 'Thành viên hộ gia đình', value: null,
        children: [
          { path: 'members.0', label: '1', value: null, children: [{ path: 'members.0.fullName', label: 'Họ và tên', value: 'Trần Văn An' }, { path: 'members.0.birthDate', label: 'Ngày sinh', value: '02/09/2015' }] },
          { path: 'members.2', label: '3', value: null, children: [{ path: 'members.2.fullName', label: 'Họ và tên', value: 'Trần Thị Bình' }] },
        ],
      },
      { path: 'head', label: 'Chủ hộ', value: null, children: [{ path: 'head.fullName', label: 'Họ và tên', value: 'Trần Văn Cường' }] },
    ]);
  });

  it('never drops an answer the schema does not know: it comes last, under its key', () => {
    const answers = { legacyCode: 'HS-01', fullName: 'Trần Thị Lan', extra: { note: 'Nộp kèm bản dịch', urgent: true }, centre: { name: 'Trung tâm A', floor: 3 } };
    const entries = describeEFormAnswers(LEGAL_ADVISER_FORM, answers);
    expect(entries.map((e) => e.path)).toEqual(['fullName', 'centre', 'legacyCode', 'extra']);
    expect(flat(entries)).toEqual({
      'Họ và tên người được đề nghị cấp thẻ': 'Trần Thị Lan',
      'Trung tâm tư vấn pháp luật đề nghị cấp thẻ': { 'Tên Trung tâm': 'Trung tâm A', floor: '3' },
      legacyCode: 'HS-01',
      extra: { note: 'Nộp kèm bản dịch', urgent: 'Có' },
    });
    // Without a schema at all, every answer is still there, under its key.
    expect(flat(describeEFormAnswers(null, { fullName: 'Trần Thị Lan', dateOfBirth: '1990-05-12' }))).toEqual({ fullName: 'Trần Thị Lan', dateOfBirth: '1990-05-12' });
  });

  it('leaves out what was not answered, and empty groups and lists', () => {
    expect(describeEFormAnswers(LEGAL_ADVISER_FORM, { fullName: '  ', lawDegree: null, centre: { name: '' }, yearsOfPractice: 0 })).toEqual([
      { path: 'yearsOfPractice', label: 'Số năm công tác pháp luật', value: '0' },
    ]);
    expect(describeEFormAnswers({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } }, { tags: [] })).toEqual([]);
    expect(describeEFormAnswers(LEGAL_ADVISER_FORM, null)).toEqual([]);
  });

  it('labels the fields of the branch the applicant filled in (if/then/else, oneOf, dependencies)', () => {
    const schema = {
      type: 'object',
      properties: { kind: { type: 'string', title: 'Đối tượng', oneOf: [{ const: 'person', title: 'Cá nhân' }, { const: 'company', title: 'Tổ chức' }] } },
      allOf: [
        {
          if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
          then: { properties: { name: { type: 'string', title: 'Tên tổ chức' }, founded: { type: 'string', format: 'date', title: 'Ngày thành lập' } } },
          else: { properties: { name: { type: 'string', title: 'Họ và tên' } } },
        },
      ],
      dependencies: {
        hasAgent: { oneOf: [{ properties: { hasAgent: { const: false } } }, { properties: { hasAgent: { const: true }, agentName: { type: 'string', title: 'Người được ủy quyền' } } }] },
      },
    };
    expect(flat(describeEFormAnswers({ ...schema, properties: { ...schema.properties, hasAgent: { type: 'boolean', title: 'Có ủy quyền' } } }, { kind: 'company', name: 'Công ty TNHH An Bình', founded: '2020-01-15', hasAgent: true, agentName: 'Lê Văn Dũng' }))).toEqual({
      'Đối tượng': 'Tổ chức', 'Tên tổ chức': 'Công ty TNHH An Bình', 'Ngày thành lập': '15/01/2020', 'Có ủy quyền': 'Có', 'Người được ủy quyền': 'Lê Văn Dũng',
    });
    expect(flat(describeEFormAnswers(schema, { kind: 'person', name: 'Trần Thị Lan' }))).toEqual({ 'Đối tượng': 'Cá nhân', 'Họ và tên': 'Trần Thị Lan' });
  });

  it('shows a date that is not one, and a schema that refers to itself, without failing', () => {
    expect(describeEFormAnswers(LEGAL_ADVISER_FORM, { dateOfBirth: '2023-02-30' })).toEqual([{ path: 'dateOfBirth', label: 'Ngày sinh', value: '2023-02-30' }]);
    const looping = { type: 'object', allOf: [{ $ref: '#' }], properties: { self: { $ref: '#/properties/self' }, child: { $ref: '#' } } };
    expect(flat(describeEFormAnswers(looping, { self: 'x', child: { self: 'y' } }))).toEqual({ self: 'x', child: { self: 'y' } });
    expect(describeEFormAnswers({ type: 'object', properties: { at: { type: 'string', format: 'date-time', title: 'Thời điểm' } } }, { at: '2026-11-23T02:00:00Z' })).toEqual([
      { path: 'at', label: 'Thời điểm', value: '09:00 ngày 23/11/2026' },
    ]);
  });

  it('follows the form’s x-order, conditional fields in their place', () => {
    const schema = {
      type: 'object',
      'x-order': ['hasAgent', 'agentName', 'phone'],
      properties: { hasAgent: { type: 'boolean', title: 'Có ủy quyền' }, phone: { type: 'string', title: 'Số điện thoại' } },
      allOf: [{ if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] }, then: { properties: { agentName: { type: 'string', title: 'Người được ủy quyền' } } } }],
    };
    expect(describeEFormAnswers(schema, { phone: '0912345678', agentName: 'Lê Văn Dũng', hasAgent: true }).map((e) => e.label)).toEqual(['Có ủy quyền', 'Người được ủy quyền', 'Số điện thoại']);
  });
});
