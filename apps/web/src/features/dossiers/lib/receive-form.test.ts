import { describe, expect, it } from 'vitest';
import { birthLines } from '@/lib/requirement-fixtures';
import { checklistOf, missingRequired, moveDocumentErrors, toReceiveBody, type IntakeVariant, type ReceiveFormValues } from './receive-form';
import { ApiError } from '@/lib/api-client';

const variant: IntakeVariant = {
  key: 'v1', name: 'Đăng ký khai sinh', timeLimit: null, timeLimitText: 'Ngay trong ngày', dueAtIfReceivedNow: null, hasApprovedWorkflow: true,
  documents: birthLines.map((l) => ({ ...l, required: l.kind === 'required', channels: l.channels ? [...l.channels] : null })),
};

function values(ticked: number[], cases: Record<string, boolean>): ReceiveFormValues {
  const documents = checklistOf(variant).map((row) => ({ ...row, received: ticked.includes(row.requirement ?? -1) }));
  return { variantKey: 'v1', channel: 'in_person', sets: 1, applicant: { kind: 'individual', fullName: 'Lê Văn An', citizenId: '001099012345' }, documents, cases };
}

describe('the desk receipt of a birth registration', () => {
  it('lists every document of the variant but the notes, none ticked', () => {
    expect(checklistOf(variant).map((row) => [row.requirement, row.received])).toEqual([
      [0, false], [1, false], [2, false], [3, false], [4, false], [5, false], [6, false], [8, false],
    ]);
  });

  it('receives with the unconditional documents and the power of attorney when "ủy quyền" is yes, sending only what is shown and ticked', () => {
    // Row 5 (abandoned child) was ticked, then its case left at "no": it is hidden and not sent.
    const form = values([0, 2, 4, 5, 8], { 'uy-quyen': true });
    expect(missingRequired(form.documents, variant, 'in_person', form.cases)).toEqual([]);
    const body = toReceiveBody('p1', undefined, form, variant);
    expect(body.cases).toEqual({ 'uy-quyen': true, 'bo-roi': false });
    expect(body.documents.map((d) => d.requirement)).toEqual([0, 2, 4, 8]);
  });

  it('asks for the power of attorney only when the case is answered yes', () => {
    const form = values([0, 3, 8], {});
    expect(missingRequired(form.documents, variant, 'in_person', {})).toEqual([]);
    expect(missingRequired(form.documents, variant, 'in_person', { 'uy-quyen': true }).map((m) => m.message)).toEqual(['Thiếu giấy tờ: Văn bản ủy quyền (được chứng thực)']);
  });

  it('puts the server’s error on the form row it came from', () => {
    const form = values([0, 2, 8], {});
    const sent = form.documents.filter((row) => row.received);
    const error = new ApiError({ status: 422, code: 'VALIDATION_FAILED', title: 'x', errors: [{ path: 'body.documents.2.copies', message: 'sai' }] });
    const moved = moveDocumentErrors(error, form.documents, sent) as ApiError;
    // Sent index 2 is the ID to present, the 8th row of the checklist (index 7).
    expect(moved.errors).toEqual([{ path: 'body.documents.7.copies', message: 'sai' }]);
  });
});
