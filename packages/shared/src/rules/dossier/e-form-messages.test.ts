import { describe, expect, it } from 'vitest';
import { eFormProblemMessage } from './e-form-messages.ts';

describe('e-form problem messages', () => {
  it('words limits and missing answers in Vietnamese', () => {
    expect(eFormProblemMessage({ keyword: 'required', params: { missingProperty: 'fullName' } })).toBe('Bắt buộc nhập');
    expect(eFormProblemMessage({ keyword: 'minLength', params: { limit: 2 } })).toBe('Tối thiểu 2 ký tự');
    expect(eFormProblemMessage({ keyword: 'multipleOf', params: { multipleOf: 5 } })).toBe('Phải là bội số của 5');
  });

  it('names types and formats as the schema spells them, or in words when asked', () => {
    expect(eFormProblemMessage({ keyword: 'format', params: { format: 'date' } })).toBe('Sai định dạng (date)');
    expect(eFormProblemMessage({ keyword: 'format', params: { format: 'date' } }, { wordsForNames: true })).toBe('Sai định dạng (ngày)');
    expect(eFormProblemMessage({ keyword: 'type', params: { type: 'integer' } }, { wordsForNames: true })).toBe('Sai kiểu dữ liệu (cần số nguyên)');
    expect(eFormProblemMessage({ keyword: 'format', params: { format: 'ipv4' } }, { wordsForNames: true })).toBe('Sai định dạng (ipv4)');
  });

  it('keeps the validator’s own text for a keyword it has no wording for', () => {
    expect(eFormProblemMessage({ keyword: 'contains', params: {}, message: 'must contain at least 1 valid item(s)' })).toBe('Không hợp lệ (must contain at least 1 valid item(s))');
    expect(eFormProblemMessage({ keyword: 'dependentRequired', params: {} })).toBe('Không hợp lệ (dependentRequired)');
  });
});
