/**
 * The questions a citizen answers when rating how a dossier was handled (rules.md §4): the nine contents
 * of evaluation of Decree 61/2018/NĐ-CP Chapter V, scored as Circular 01/2018/TT-VPCP Art. 12–15 sets
 * out (2 / 1 / 0 points per index, 18 at most). The legal wording is written for agencies; each question
 * carries it (`legalName`, `criterion`) next to the plain Vietnamese the applicant reads.
 *
 * Kept as dated data with its citation because the set changes with the law: a rating stores the id of
 * the set it answered, so old ratings keep their meaning when a new set takes effect.
 */
import type { DossierStatus } from '../dossier/statuses.ts';

export const ratingQuestionKeys = [
  'total_time',
  'agency_time',
  'contacts',
  'agencies_contacted',
  'desk_service',
  'publicity',
  'staff_attitude',
  'feedback_handling',
  'online_service',
] as const;
export type RatingQuestionKey = (typeof ratingQuestionKeys)[number];

export interface RatingOption {
  key: string;
  /** Points as the circular gives them. */
  score: number;
  /** What the applicant reads. */
  label: string;
  /** The circular's criterion for these points, as officers read it (rules.md §4). */
  criterion: string;
}

export interface RatingQuestion {
  key: RatingQuestionKey;
  /** The index's number in the decree and the circular (1–9). */
  number: number;
  /** The index's name in the legal text. */
  legalName: string;
  /** The question in plain Vietnamese. */
  text: string;
  /** A short hint shown under the question, where the question alone could be misread. */
  hint?: string;
  /**
   * The circular scores some indices per dossier and others per unit (rules.md §4: 1, 2, 3, 4, 6, 7 per
   * dossier; 5, 6, 8, 9 per unit). Citizens answer all nine from their own experience; the unit-level
   * figures of indices 5, 8 and 9 are the agency's own report and do not come from these answers.
   */
  scoredPer: readonly ('dossier' | 'unit')[];
  /** Index 1, 2, 3, 4 and 7 also grade the officers who handled the dossier (rules.md §4, staff). */
  gradesStaff: boolean;
  /** Highest first: 2, 1, 0 points. */
  options: readonly RatingOption[];
}

export interface RatingQuestionSet {
  id: string;
  /** 'YYYY-MM-DD': first day ratings use this set (Vietnam calendar). */
  effectiveFrom: string;
  title: string;
  /** Legal texts, as shown to officers. */
  citation: string;
  /** False while the wording or the article numbers still have to be checked against the published text. */
  confirmed: boolean;
  note?: string;
  questions: readonly RatingQuestion[];
}

const three = (best: [string, string], middle: [string, string], worst: [string, string]): RatingOption[] => [
  { key: 'good', score: 2, label: best[0], criterion: best[1] },
  { key: 'fair', score: 1, label: middle[0], criterion: middle[1] },
  { key: 'poor', score: 0, label: worst[0], criterion: worst[1] },
];

const decree61Questions: readonly RatingQuestion[] = [
  {
    key: 'total_time', number: 1, scoredPer: ['dossier'], gradesStaff: true,
    legalName: 'Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định tại văn bản quy phạm pháp luật',
    text: 'Hồ sơ của Ông/Bà được giải quyết xong sớm hay muộn so với thời hạn theo quy định (ngày hẹn trả kết quả)?',
    options: three(
      ['Sớm hơn ngày hẹn', 'Tổng thời gian giải quyết ngắn hơn thời gian quy định'],
      ['Đúng ngày hẹn', 'Tổng thời gian giải quyết bằng thời gian quy định'],
      ['Muộn hơn ngày hẹn', 'Tổng thời gian giải quyết dài hơn thời gian quy định'],
    ),
  },
  {
    key: 'agency_time', number: 2, scoredPer: ['dossier'], gradesStaff: true,
    legalName: 'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết',
    text: 'Các cơ quan, đơn vị cùng giải quyết hồ sơ có làm kịp thời gian của mình không?',
    hint: 'Ông/Bà có thể theo dõi từng bước xử lý trong trang tra cứu hồ sơ.',
    options: three(
      ['Nhanh hơn thời gian quy định', 'Thời gian của từng cơ quan, đơn vị ngắn hơn thời gian quy định'],
      ['Đúng thời gian quy định', 'Thời gian của từng cơ quan, đơn vị bằng thời gian quy định'],
      ['Có nơi làm chậm hơn quy định', 'Có cơ quan, đơn vị thực hiện dài hơn thời gian quy định'],
    ),
  },
  {
    key: 'contacts', number: 3, scoredPer: ['dossier'], gradesStaff: true,
    legalName: 'Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính',
    text: 'Ông/Bà phải quay lại hoặc liên hệ thêm bao nhiêu lần để bổ sung, hoàn thiện hồ sơ?',
    hint: 'Không tính những lần do Ông/Bà tự thay đổi hoặc khai thiếu hồ sơ.',
    options: three(
      ['Không phải liên hệ thêm lần nào', 'Không phải liên hệ để hoàn thiện hồ sơ'],
      ['Một lần', 'Phải liên hệ một lần'],
      ['Từ hai lần trở lên', 'Phải liên hệ hơn một lần, trừ trường hợp do lỗi của tổ chức, cá nhân'],
    ),
  },
  {
    key: 'agencies_contacted', number: 4, scoredPer: ['dossier'], gradesStaff: true,
    legalName: 'Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính',
    text: 'Để hoàn thiện hồ sơ, Ông/Bà phải đến hoặc liên hệ với những nơi nào?',
    options: three(
      ['Không phải liên hệ nơi nào', 'Không phải liên hệ với cơ quan, đơn vị nào'],
      ['Chỉ Bộ phận Một cửa', 'Chỉ liên hệ với Bộ phận Một cửa'],
      ['Phải liên hệ thêm cơ quan, đơn vị khác', 'Phải liên hệ với cơ quan, đơn vị khác ngoài Bộ phận Một cửa'],
    ),
  },
  {
    key: 'desk_service', number: 5, scoredPer: ['unit'], gradesStaff: false,
    legalName: 'Thực hiện tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa',
    text: 'Việc nộp hồ sơ, giải quyết và nhận kết quả có được làm trọn tại Bộ phận Một cửa không?',
    options: three(
      [
        'Được xem xét, giải quyết và trả kết quả ngay tại Bộ phận Một cửa',
        'Bộ phận Một cửa thẩm định, phê duyệt tại chỗ: ≥ 20 % thủ tục cấp tỉnh, ≥ 50 % cấp huyện, 100 % cấp xã',
      ],
      ['Nộp hồ sơ và nhận kết quả tại Bộ phận Một cửa', '100 % thủ tục được tiếp nhận và trả kết quả tại Bộ phận Một cửa'],
      ['Phải nộp hoặc nhận kết quả ở nơi khác', 'Dưới 100 % thủ tục được tiếp nhận và trả kết quả tại Bộ phận Một cửa'],
    ),
  },
  {
    key: 'publicity', number: 6, scoredPer: ['dossier', 'unit'], gradesStaff: false,
    legalName: 'Thực hiện công khai thủ tục hành chính',
    text: 'Thông tin về thủ tục (giấy tờ cần nộp, phí, lệ phí, thời hạn) có được niêm yết tại nơi làm thủ tục và đăng trên mạng đầy đủ, chính xác không?',
    options: three(
      ['Có, cả tại nơi làm thủ tục và trên mạng', 'Công khai chính xác, đầy đủ, kịp thời bằng cả niêm yết và điện tử'],
      ['Chỉ ở một trong hai nơi', 'Công khai chính xác, đầy đủ, kịp thời bằng một trong hai hình thức'],
      ['Không thấy, hoặc thông tin không đúng', 'Không công khai chính xác, đầy đủ, kịp thời'],
    ),
  },
  {
    key: 'staff_attitude', number: 7, scoredPer: ['dossier'], gradesStaff: true,
    legalName: 'Thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận, giải quyết hồ sơ thủ tục hành chính',
    text: 'Cán bộ hướng dẫn, tiếp nhận và giải quyết hồ sơ phục vụ Ông/Bà thế nào?',
    options: three(
      ['Tận tình, trả kết quả sớm, tôi không có gì phàn nàn', 'Trả kết quả trước hạn và không có phản ánh, kiến nghị'],
      ['Đúng mực, trả kết quả đúng hẹn, tôi không có gì phàn nàn', 'Trả kết quả đúng hạn và không có phản ánh, kiến nghị'],
      ['Tôi có phản ánh về thái độ của cán bộ', 'Có phản ánh, kiến nghị về hành vi, thái độ và được xác minh là đúng'],
    ),
  },
  {
    key: 'feedback_handling', number: 8, scoredPer: ['unit'], gradesStaff: false,
    legalName: 'Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị',
    text: 'Nếu Ông/Bà đã góp ý, phản ánh, kiến nghị về việc giải quyết hồ sơ, ý kiến đó được trả lời thế nào?',
    options: three(
      ['Tôi không có phản ánh, hoặc được trả lời đúng hạn', 'Không có phản ánh, kiến nghị, hoặc 100 % được xử lý đúng hạn'],
      ['Được trả lời nhưng chậm', 'Từ 90 % phản ánh, kiến nghị được xử lý đúng hạn'],
      ['Chưa được trả lời, hoặc kéo dài', 'Dưới 90 % được xử lý đúng hạn, hoặc có vụ việc kéo dài'],
    ),
  },
  {
    key: 'online_service', number: 9, scoredPer: ['unit'], gradesStaff: false,
    legalName: 'Việc cung cấp dịch vụ công trực tuyến',
    text: 'Ông/Bà có thể làm thủ tục này qua mạng (dịch vụ công trực tuyến) không?',
    options: three(
      [
        'Làm được trọn vẹn qua mạng',
        '≥ 20 % thủ tục đủ điều kiện có dịch vụ công trực tuyến, ≥ 30 % hồ sơ nộp trực tuyến, không có hồ sơ trực tuyến quá hạn',
      ],
      ['Làm được một phần qua mạng', 'Đạt một phần các tiêu chí trên'],
      ['Không làm được qua mạng', 'Các trường hợp khác'],
    ),
  },
];

/** Every set that has applied, oldest first. Append a new one when the law changes; never edit a published one. */
export const ratingQuestionSets: readonly RatingQuestionSet[] = [
  {
    id: 'nd61-2018',
    effectiveFrom: '2018-06-21',
    title: 'Đánh giá việc giải quyết thủ tục hành chính (9 chỉ số)',
    citation: 'Nghị định 61/2018/NĐ-CP, Chương V (nội dung đánh giá); Thông tư 01/2018/TT-VPCP, Điều 12–15 (chỉ số, cách tính điểm)',
    confirmed: false,
    note:
      'Câu hỏi diễn đạt lại cho người dân dễ hiểu; tiêu chí chấm điểm theo rules.md §4. Từ 01/7/2025 Nghị định 118/2025/NĐ-CP thay thế Nghị định 61/2018/NĐ-CP: '
      + 'chưa xác nhận bộ chỉ số đánh giá mới, nên bộ 9 chỉ số này tiếp tục được dùng cho đến khi có văn bản hướng dẫn.',
    questions: decree61Questions,
  },
];

/** The set ratings made on a Vietnam date ('YYYY-MM-DD') answer. */
export function ratingQuestionSetAt(date: string): RatingQuestionSet {
  const applicable = ratingQuestionSets.filter((s) => s.effectiveFrom <= date);
  const set = applicable[applicable.length - 1];
  if (!set) throw new Error(`No rating question set applies on ${date}`);
  return set;
}

export function findRatingQuestionSet(id: string): RatingQuestionSet | undefined {
  return ratingQuestionSets.find((s) => s.id === id);
}

/**
 * Dossiers whose handling may be rated: the agency has given its answer. A result ready to collect, returned,
 * or being corrected after return; and a refusal, which is the agency's answer in writing with reasons and
 * ends processing like a result (rules.md §2, "On time, early, late"). Not a dossier the applicant withdrew,
 * nor one stopped or closed for want of a supplement: there is no resolution to judge against the time limit
 * (index 1). The decree does not list statuses; this is our reading, kept here so the portal and the server agree.
 */
export const ratableStatuses: readonly DossierStatus[] = ['result_ready', 'returned', 'correcting_result', 'refused'];

export function isRatableStatus(status: string): boolean {
  return (ratableStatuses as readonly string[]).includes(status);
}
