import { describe, expect, it } from 'vitest';
import type { ProcedureVariant } from '@motcua/shared';
import { casesOfLines, groupAlternatives, markNote, mergeLines, moveLine, reviewLinesOf, setCase, setKind, splitLine, variantBodyWith, type ReviewLine } from './requirement-review';

const base = { group: 'submit' as const, originals: 1, copies: 0, required: true, condition: null, caseKey: null, caseQuestion: null, alternativeGroup: null, channels: null, formTemplate: null };
const lines: ReviewLine[] = [
  { ...base, kind: 'required', name: 'Tờ khai đăng ký khai sinh', classifiedBy: 'mac-dinh' },
  { ...base, kind: 'required', name: 'Văn bản ủy quyền trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh', classifiedBy: 'mac-dinh' },
  { ...base, kind: 'alternative', required: false, name: 'Giấy chứng sinh', alternativeGroup: 1, classifiedBy: 'mot-trong' },
  { ...base, kind: 'alternative', required: false, name: 'Văn bản người làm chứng', alternativeGroup: 1, classifiedBy: 'mot-trong' },
  { ...base, kind: 'required', required: true, name: 'Bản sao giấy tờ tùy thân', originals: 0, copies: 2, classifiedBy: 'mac-dinh' },
];

describe('the control officer’s corrections to a variant’s dossier components', () => {
  it('moves a line up, marking both lines it swapped as edited, and leaves the first line where it is when asked to go up', () => {
    const moved = moveLine(lines, 1, -1);
    expect(moved.map((l) => [l.name.slice(0, 12), l.classifiedBy])).toEqual([
      ['Văn bản ủy q', null], ['Tờ khai đăng', null], ['Giấy chứng s', 'mot-trong'], ['Văn bản ngườ', 'mot-trong'], ['Bản sao giấy', 'mac-dinh'],
    ]);
    expect(moveLine(lines, 0, -1)).toEqual(lines);
  });

  it('marks a line conditional with a case of its own and a question drawn from its wording', () => {
    const next = setKind(lines, 1, 'conditional');
    expect(next[1]).toEqual({
      ...lines[1], kind: 'conditional', required: false, caseKey: 'truong-hop-1',
      caseQuestion: 'Thuộc trường hợp: Văn bản ủy quyền trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh?', classifiedBy: null,
    });
    expect(next[0]).toBe(lines[0]);
    expect(setKind(next, 1, 'required')[1]).toMatchObject({ kind: 'required', required: true, caseKey: null, caseQuestion: null });
  });

  it('puts a line under an existing case, asking its question once for every line of that case', () => {
    const withCase = setCase(lines, 1, 'uy-quyen', 'Có ủy quyền không?');
    const both = setCase(withCase, 4, 'uy-quyen', 'Có ủy quyền cho người khác đi đăng ký không?');
    expect(casesOfLines(both)).toEqual([{ key: 'uy-quyen', question: 'Có ủy quyền cho người khác đi đăng ký không?' }]);
    expect(both.map((l) => l.caseKey)).toEqual([null, 'uy-quyen', null, null, 'uy-quyen']);
    expect(both[1]!.caseQuestion).toBe('Có ủy quyền cho người khác đi đăng ký không?');
  });

  it('groups the selected lines as alternatives under a new group number', () => {
    const grouped = groupAlternatives(lines, [0, 4]);
    expect(grouped.map((l) => [l.kind, l.alternativeGroup])).toEqual([['alternative', 2], ['required', null], ['alternative', 1], ['alternative', 1], ['alternative', 2]]);
    expect(groupAlternatives(lines, [0])).toEqual(lines);
  });

  it('merges two lines into one where the first stands, names joined and the larger counts kept', () => {
    const merged = mergeLines(lines, 3, 2);
    expect(merged).toHaveLength(4);
    expect(merged[2]).toEqual({ ...lines[2], name: 'Giấy chứng sinh; Văn bản người làm chứng', classifiedBy: null });
    expect(mergeLines(lines, 0, 4)[0]).toMatchObject({ name: 'Tờ khai đăng ký khai sinh; Bản sao giấy tờ tùy thân', originals: 1, copies: 2 });
  });

  it('splits a line in two at the chosen text, the second of the same kind just after', () => {
    const name = 'Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng';
    const one = [{ ...lines[0]!, name }];
    const split = splitLine(one, 0, name.indexOf('trường hợp'));
    expect(split.map((l) => [l.name, l.kind, l.classifiedBy])).toEqual([
      ['Giấy chứng sinh', 'required', null],
      ['Trường hợp không có thì văn bản của người làm chứng', 'required', null],
    ]);
    expect(splitLine(one, 0, 0)).toEqual(one);
  });

  it('marks a line as a note', () => {
    expect(markNote(lines, 4)[4]).toMatchObject({ kind: 'note', required: false, classifiedBy: null, alternativeGroup: null });
  });

  it('writes the variant back whole with the reviewed lines, for a new version', () => {
    const variant = {
      id: 'x', key: 'v1', position: 0, name: 'Đăng ký khai sinh', timeLimit: { value: 1, unit: 'working_days' }, timeLimitNote: null,
      channels: [{ channel: 'in_person', timeLimit: null, description: null }], fees: [], eForm: null,
      documents: lines.map((l, position) => ({ ...l, position })),
    } as unknown as ProcedureVariant;
    expect(reviewLinesOf(variant)).toEqual(lines);
    expect(variantBodyWith(variant, lines.slice(0, 1), 7, 'Rà soát')).toEqual({
      key: 'v1', baseVersion: 7, name: 'Đăng ký khai sinh', timeLimit: { value: 1, unit: 'working_days' }, timeLimitNote: null,
      channels: [{ channel: 'in_person', timeLimit: null, description: null }], fees: [], documents: [lines[0]], eForm: null, changeNote: 'Rà soát',
    });
  });
});
