import { describe, expect, it } from 'vitest';
import { emptyVariantValues, valuesToVariantBody, type VariantValues } from './procedure-form';

const conditional = {
  group: 'submit' as const, name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: false, condition: 'Trường hợp ủy quyền', kind: 'conditional' as const,
  caseKey: 'uy-quyen', caseQuestion: 'Có ủy quyền không?', alternativeGroup: null, channels: null, classifiedBy: 'truong-hop', formTemplate: null,
};

describe('the variant editor keeps what the requirement review set', () => {
  it('sends a line back with its kind and case while "required" is left as it was', () => {
    const values: VariantValues = { ...emptyVariantValues, name: 'Đăng ký khai sinh', documents: [conditional] };
    expect(valuesToVariantBody(values, null, 3, 'v1').documents).toEqual([{
      group: 'submit', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: false, condition: 'Trường hợp ủy quyền', formTemplate: null,
      kind: 'conditional', caseKey: 'uy-quyen', caseQuestion: 'Có ủy quyền không?', alternativeGroup: null, channels: null, classifiedBy: 'truong-hop',
    }]);
  });

  it('lets the server derive the kind again once the officer ticks "required", marking the line as set by an officer', () => {
    const values: VariantValues = { ...emptyVariantValues, name: 'Đăng ký khai sinh', documents: [{ ...conditional, required: true }] };
    expect(valuesToVariantBody(values, null, 3, 'v1').documents).toEqual([{
      group: 'submit', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: true, condition: 'Trường hợp ủy quyền', formTemplate: null, classifiedBy: null,
    }]);
  });
});
