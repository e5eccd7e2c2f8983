import { describe, expect, it } from 'vitest';
import { birthLines } from './requirement-fixtures';
import { answersFor, missingFor, requirementView, shownPositions } from './requirement-view';

const line = (position: number) => birthLines[position]!;

describe('the checklist of a variant for a channel and the answers', () => {
  it('asks both cases, in the order of their lines, with the record’s question or one drawn from its wording', () => {
    expect(requirementView(birthLines, 'in_person', {}).cases).toEqual([
      { key: 'uy-quyen', question: 'Có ủy quyền cho người khác đi đăng ký không?', condition: null },
      { key: 'bo-roi', question: 'Thuộc trường hợp: trẻ em bị bỏ rơi?', condition: 'Trường hợp trẻ em bị bỏ rơi' },
    ]);
  });

  it('in person with "ủy quyền" answered yes: the paper form, one of the birth papers, the power of attorney by its case, the optional paper, the note; the ID to present apart', () => {
    const view = requirementView(birthLines, 'in_person', { 'uy-quyen': true });
    expect(view.submit).toEqual([
      { type: 'line', line: line(0), status: 'required', caseQuestion: null },
      { type: 'oneOf', group: 1, lines: [line(2), line(3)] },
      { type: 'line', line: line(4), status: 'caseRequired', caseQuestion: 'Có ủy quyền cho người khác đi đăng ký không?' },
      { type: 'line', line: line(6), status: 'optional', caseQuestion: null },
      { type: 'note', line: line(7) },
    ]);
    expect(view.present).toEqual([{ type: 'line', line: line(8), status: 'required', caseQuestion: null }]);
    expect([...shownPositions(view)].sort()).toEqual([0, 2, 3, 4, 6, 8]);
  });

  it('online with no case answered: the interactive form instead of the paper one, and no conditional line', () => {
    const view = requirementView(birthLines, 'online', {});
    expect(view.submit.map((e) => (e.type === 'oneOf' ? 'one of 2, 3' : `${e.type} ${e.line.position}`))).toEqual(['line 1', 'one of 2, 3', 'line 6', 'note 7']);
  });

  it('says what is missing as the server does: the counts at the desk, one file online, one of the alternatives', () => {
    const answers = { 'uy-quyen': true };
    expect(missingFor(birthLines, 'in_person', answers, [])).toEqual([
      { position: 0, message: 'Thiếu giấy tờ: Tờ khai đăng ký khai sinh theo mẫu' },
      { position: 4, message: 'Thiếu giấy tờ: Văn bản ủy quyền (được chứng thực)' },
      { position: 8, message: 'Thiếu giấy tờ: Hộ chiếu/Thẻ căn cước/Căn cước điện tử' },
      { position: 2, message: 'Thiếu một trong các giấy tờ: Giấy chứng sinh hoặc Văn bản của người làm chứng xác nhận về việc sinh' },
    ]);
    const handed = [0, 3, 4, 8].map((requirement) => ({ requirement, originals: 1, copies: 0 }));
    expect(missingFor(birthLines, 'in_person', answers, handed)).toEqual([]);
    expect(missingFor(birthLines, 'in_person', answers, [{ requirement: 0, originals: 0, copies: 1 }, ...handed.slice(1)])).toEqual([
      { position: 0, message: 'Chưa đủ số lượng: Tờ khai đăng ký khai sinh theo mẫu (cần 1 bản chính, 0 bản sao)' },
    ]);
    const files = [1, 2, 8].map((requirement) => ({ requirement, originals: 0, copies: 0, hasFile: true }));
    expect(missingFor(birthLines, 'online', {}, files, true)).toEqual([]);
  });

  it('keeps only the answers to the cases asked, unanswered ones as no', () => {
    const cases = requirementView(birthLines, 'in_person', {}).cases;
    expect(answersFor(cases, { 'uy-quyen': true, 'khac': true })).toEqual({ 'uy-quyen': true, 'bo-roi': false });
  });
});
