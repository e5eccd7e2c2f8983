import { describe, expect, it } from 'vitest';
import { builderProblems, builderToSchema, schemaToBuilder, type BuilderForm } from './builder.ts';

/** A small declaration as the control officer would build it: a yes/no that opens a field and a section. */
const FORM: BuilderForm = {
  title: 'Tờ khai thử',
  items: [
    { type: 'field', key: 'fullName', kind: 'shortText', title: 'Họ, chữ đệm, tên', required: true, maxLength: 100, prefill: 'fullName' },
    { type: 'field', key: 'idNumber', kind: 'citizenId', title: 'Số định danh cá nhân', description: '12 chữ số trên thẻ căn cước', required: true, prefill: 'citizenId' },
    { type: 'field', key: 'surrogacy', kind: 'yesNo', title: 'Trẻ sinh ra do mang thai hộ?', required: true },
    { type: 'field', key: 'clinic', kind: 'shortText', title: 'Cơ sở y tế thực hiện kỹ thuật', required: true, condition: { field: 'surrogacy', equals: true } },
    {
      type: 'section', key: 'mother', title: 'Thông tin người mẹ',
      fields: [
        { type: 'field', key: 'name', kind: 'shortText', title: 'Họ và tên', required: true },
        { type: 'field', key: 'birthYear', kind: 'number', integer: true, title: 'Năm sinh', required: false, minimum: 1900, maximum: 2030 },
        { type: 'field', key: 'residence', kind: 'singleChoice', title: 'Nơi cư trú', required: false, choices: [{ value: 'same', label: 'Cùng nơi với trẻ' }, { value: 'other', label: 'Nơi khác' }] },
        { type: 'field', key: 'address', kind: 'longText', title: 'Địa chỉ nơi cư trú', required: true, condition: { field: 'residence', equals: 'other' } },
      ],
    },
    { type: 'field', key: 'copies', kind: 'multipleChoice', title: 'Đề nghị cấp', required: true, choices: [{ value: 'birth', label: 'Bản sao Giấy khai sinh' }, { value: 'extract', label: 'Trích lục' }] },
    { type: 'section', key: 'surrogate', title: 'Người mang thai hộ', condition: { field: 'surrogacy', equals: true }, fields: [
      { type: 'field', key: 'name', kind: 'shortText', title: 'Họ và tên', required: true },
      { type: 'field', key: 'phone', kind: 'phone', title: 'Số điện thoại', required: false },
    ] },
  ],
};

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Tờ khai thử',
  'x-order': ['fullName', 'idNumber', 'surrogacy', 'clinic', 'mother', 'copies', 'surrogate'],
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm, tên', maxLength: 100, 'x-prefill': 'fullName' },
    idNumber: { type: 'string', title: 'Số định danh cá nhân', description: '12 chữ số trên thẻ căn cước', pattern: '^[0-9]{12}$', 'x-prefill': 'citizenId' },
    surrogacy: { type: 'boolean', title: 'Trẻ sinh ra do mang thai hộ?' },
    mother: {
      type: 'object',
      title: 'Thông tin người mẹ',
      'x-order': ['name', 'birthYear', 'residence', 'address'],
      properties: {
        name: { type: 'string', title: 'Họ và tên' },
        birthYear: { type: 'integer', title: 'Năm sinh', minimum: 1900, maximum: 2030 },
        residence: { type: 'string', title: 'Nơi cư trú', oneOf: [{ const: 'same', title: 'Cùng nơi với trẻ' }, { const: 'other', title: 'Nơi khác' }] },
      },
      required: ['name'],
      allOf: [
        { if: { properties: { residence: { const: 'other' } }, required: ['residence'] }, then: { properties: { address: { type: 'string', title: 'Địa chỉ nơi cư trú', 'x-widget': 'textarea' } }, required: ['address'] } },
      ],
    },
    copies: {
      type: 'array', title: 'Đề nghị cấp', uniqueItems: true, minItems: 1,
      items: { type: 'string', oneOf: [{ const: 'birth', title: 'Bản sao Giấy khai sinh' }, { const: 'extract', title: 'Trích lục' }] },
    },
  },
  required: ['fullName', 'idNumber', 'surrogacy', 'mother', 'copies'],
  allOf: [
    {
      if: { properties: { surrogacy: { const: true } }, required: ['surrogacy'] },
      then: {
        properties: {
          clinic: { type: 'string', title: 'Cơ sở y tế thực hiện kỹ thuật' },
          surrogate: {
            type: 'object', title: 'Người mang thai hộ', 'x-order': ['name', 'phone'],
            properties: { name: { type: 'string', title: 'Họ và tên' }, phone: { type: 'string', title: 'Số điện thoại', pattern: '^(0|\\+84)[0-9]{9,10}$' } },
            required: ['name'],
          },
        },
        required: ['clinic', 'surrogate'],
      },
    },
  ],
};

describe('the e-form builder', () => {
  it('writes fields, sections, choices, limits, prefill and conditions as plain JSON Schema', () => {
    expect(builderToSchema(FORM)).toEqual(SCHEMA);
  });

  it('reads its own schema back into the same form, in the order the officer set', () => {
    expect(schemaToBuilder(SCHEMA)).toEqual({ ok: true, form: FORM });
  });

  it('reads hand-written schemas without the order annotation, dates, e-mails and a form description', () => {
    const reading = schemaToBuilder({
      type: 'object', title: 'Đơn', description: 'Ghi rõ ràng',
      properties: { day: { type: 'string', format: 'date', title: 'Ngày' }, mail: { type: 'string', format: 'email', title: 'Thư điện tử' }, size: { type: 'number', title: 'Diện tích' } },
      required: ['day'],
    });
    expect(reading).toEqual({
      ok: true,
      form: {
        title: 'Đơn', description: 'Ghi rõ ràng',
        items: [
          { type: 'field', key: 'day', kind: 'date', title: 'Ngày', required: true },
          { type: 'field', key: 'mail', kind: 'email', title: 'Thư điện tử', required: false },
          { type: 'field', key: 'size', kind: 'number', title: 'Diện tích', required: false },
        ],
      },
    });
    expect(builderToSchema({ title: 'Đơn', items: [{ type: 'field', key: 'mail', kind: 'email', title: 'Thư điện tử', required: false }] }).properties).toEqual({
      mail: { type: 'string', title: 'Thư điện tử', format: 'email', maxLength: 254 },
    });
  });

  it('refuses what it cannot show, with the reasons, so the JSON tab keeps it', () => {
    expect(schemaToBuilder({
      type: 'object',
      $defs: { person: { type: 'object' } },
      properties: { members: { type: 'array', items: { $ref: '#/$defs/person' } }, kind: { type: 'string' } },
      allOf: [{ if: { properties: { kind: { const: 'a' } } }, then: {}, else: {} }],
    })).toEqual({
      ok: false,
      problems: [
        'biểu mẫu: từ khóa "$defs" chưa dựng được bằng trình thiết kế',
        'biểu mẫu: điều kiện hiển thị chưa dựng được bằng trình thiết kế (chỉ "hiện khi trường … bằng …")',
        'members: kiểu trường chưa dựng được bằng trình thiết kế',
      ],
    });
    expect(schemaToBuilder({ type: 'array' })).toEqual({ ok: false, problems: ['Biểu mẫu phải là JSON Schema kiểu "object"'] });
  });

  it('names what keeps a form from being saved', () => {
    expect(builderProblems(FORM)).toEqual([]);
    expect(builderProblems({
      title: ' ',
      items: [
        { type: 'field', key: 'ho ten', kind: 'shortText', title: 'Họ tên', required: true },
        { type: 'field', key: 'a', kind: 'singleChoice', title: 'Loại', required: false, choices: [] },
        { type: 'field', key: 'a', kind: 'number', title: 'Số', required: false, minimum: 5, maximum: 1 },
        { type: 'field', key: 'b', kind: 'shortText', title: 'Mã', required: false, pattern: '([', condition: { field: 'missing', equals: true } },
        { type: 'section', key: 's', title: 'Phần trống', fields: [] },
      ],
    })).toEqual([
      'Nhập tên biểu mẫu',
      '"Họ tên": mã trường chỉ gồm chữ cái không dấu, chữ số và "_", bắt đầu bằng chữ cái',
      '"Loại": thêm ít nhất một lựa chọn',
      '"Số": mã "a" bị trùng trong biểu mẫu',
      '"Số": giá trị nhỏ nhất lớn hơn giá trị lớn nhất',
      '"Mã": mẫu kiểm tra (biểu thức chính quy) không hợp lệ',
      '"Mã": điều kiện hiển thị phải dựa vào một trường khác trong biểu mẫu',
      'Phần "Phần trống": chưa có trường nào',
    ]);
  });
});
