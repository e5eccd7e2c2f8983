/**
 * The texts the applicant receives, in plain Vietnamese: the subject names the dossier code, the body says the
 * new status, what it means for them, and where to follow the dossier online. SMS and Zalo get one short line
 * without diacritics (an SMS with diacritics costs twice as many segments).
 */
import { dossierStatusDefinitions, formatDateVi, localDateOf, parseInstant, type DossierStatus } from '@motcua/shared';
import type { DossierActionForNotification, DossierForNotification } from '../dossiers/index.ts';
import type { TemplateKey } from './notify-rules.ts';

export interface TemplateInput {
  template: TemplateKey;
  dossier: DossierForNotification;
  action: DossierActionForNotification;
  /** `${publicBaseUrl}/dossier-lookup/<code>`, and the portal page when the dossier belongs to a portal account. */
  links: { lookup: string; portal: string | null; accountHome: string };
}

export interface RenderedNotification {
  subject: string;
  text: string;
  short: string;
}

const VN_OFFSET_MS = 7 * 3_600_000;

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTimeVi(instant: string): string {
  const ms = parseInstant(instant);
  const local = new Date(ms + VN_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDateVi(localDateOf(ms))} ${hh}:${mm}`;
}

export function formatVnd(amount: number): string {
  return `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const returnMethods: Record<string, string> = { desk: 'trực tiếp tại Bộ phận Một cửa', post: 'qua dịch vụ bưu chính', electronic: 'bản điện tử trên Cổng dịch vụ công' };

interface Body {
  headline: string;
  lines: string[];
  /** The one fact worth an SMS besides the headline. */
  shortFact?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

function dueLine(at: string | null | undefined, label = 'Ngày hẹn trả kết quả'): string[] {
  return at ? [`${label}: ${formatDateTimeVi(at)}.`] : [];
}

function reasonLines(reason: string | null, label = 'Lý do'): string[] {
  return reason ? [`${label}: ${reason}`] : [];
}

function supplementHow(input: TemplateInput): string[] {
  const where = input.links.portal ?? input.links.accountHome;
  return [
    'Cách bổ sung:',
    `- Trực tuyến: đăng nhập Cổng dịch vụ công tại ${where}, mở hồ sơ ${input.dossier.code}, chọn "Bổ sung hồ sơ" và tải lên các giấy tờ còn thiếu.`,
    '- Hoặc nộp trực tiếp tại Bộ phận Một cửa nơi Ông/Bà đã nộp hồ sơ.',
  ];
}

function bodyOf(input: TemplateInput): Body {
  const { action, dossier } = input;
  const due = action.dueAtAfter ?? dossier.dueAt;
  const d = action.data;
  switch (input.template) {
    case 'registered':
      return { headline: 'Đã đăng ký trực tuyến, đang chờ kiểm tra', lines: ['Hồ sơ của Ông/Bà đã được ghi nhận và đang chờ Bộ phận Một cửa kiểm tra. Kết quả kiểm tra sẽ được thông báo cho Ông/Bà.'] };
    case 'received':
      return {
        headline: 'Đã tiếp nhận hồ sơ',
        lines: ['Hồ sơ của Ông/Bà đã được tiếp nhận.', ...dueLine(due)],
        ...(due ? { shortFact: `hen tra ket qua ${formatDateTimeVi(due)}` } : {}),
      };
    case 'online_correction_requested':
    case 'supplement_requested': {
      const missing = list(d.missingDocuments);
      return {
        headline: 'Yêu cầu bổ sung hồ sơ',
        lines: [
          'Hồ sơ của Ông/Bà cần bổ sung, hoàn thiện. Các giấy tờ cần bổ sung:',
          ...missing.map((m) => `- ${m}`),
          ...reasonLines(action.reason, 'Ghi chú của cán bộ'),
          ...(input.template === 'supplement_requested' ? ['Thời hạn giải quyết tạm dừng cho đến khi Ông/Bà bổ sung đủ giấy tờ.'] : []),
          ...supplementHow(input),
        ],
        shortFact: 'can bo sung giay to, xem chi tiet trong thu dien tu hoac tren Cong dich vu cong',
      };
    }
    case 'supplement_received':
      return { headline: 'Đã nhận hồ sơ bổ sung', lines: ['Hồ sơ bổ sung của Ông/Bà đã được tiếp nhận; hồ sơ tiếp tục được xem xét, giải quyết.', ...dueLine(dossier.dueAt)] };
    case 'in_progress':
      return { headline: 'Hồ sơ đang được giải quyết', lines: ['Hồ sơ đã được chuyển đến cơ quan có thẩm quyền và đang được giải quyết.', ...dueLine(due)] };
    case 'refused':
      return { headline: 'Từ chối giải quyết hồ sơ', lines: ['Rất tiếc, hồ sơ của Ông/Bà không được tiếp nhận, giải quyết.', ...reasonLines(action.reason)] };
    case 'financial_obligation_requested': {
      const amount = typeof d.amount === 'number' ? formatVnd(d.amount) : undefined;
      return {
        headline: 'Yêu cầu thực hiện nghĩa vụ tài chính',
        lines: [
          'Để tiếp tục giải quyết hồ sơ, Ông/Bà cần thực hiện nghĩa vụ tài chính:',
          ...(str(d.description) ? [`Nội dung: ${str(d.description)}`] : []),
          ...(amount ? [`Số tiền: ${amount}`] : []),
          'Ông/Bà có thể thanh toán trực tuyến trên Cổng dịch vụ công hoặc nộp tại Bộ phận Một cửa. Thời hạn giải quyết tạm dừng cho đến khi nghĩa vụ được thực hiện.',
        ],
        ...(amount ? { shortFact: `so tien ${withoutDiacritics(amount)}` } : {}),
      };
    }
    case 'payment_recorded':
      return { headline: 'Đã ghi nhận nghĩa vụ tài chính', lines: ['Nghĩa vụ tài chính của hồ sơ đã được ghi nhận; hồ sơ tiếp tục được giải quyết.', ...dueLine(due)] };
    case 'apology': {
      const newDue = str(d.newDueAt) ?? due;
      return {
        headline: 'Thư xin lỗi và hẹn lại ngày trả kết quả',
        lines: ['Cơ quan giải quyết chân thành xin lỗi Ông/Bà vì hồ sơ chưa được giải quyết đúng hẹn.', ...reasonLines(action.reason), ...dueLine(newDue, 'Ngày hẹn trả kết quả mới')],
        ...(newDue ? { shortFact: `ngay hen moi ${formatDateTimeVi(newDue)}` } : {}),
      };
    }
    case 'result_ready':
    case 'corrected_result_ready': {
      const title = str(d.title);
      const code = str(d.resultCode);
      return {
        headline: input.template === 'result_ready' ? 'Đã có kết quả giải quyết' : 'Đã có kết quả đính chính',
        lines: [
          'Hồ sơ của Ông/Bà đã có kết quả giải quyết.',
          ...(title ? [`Kết quả: ${title}${code ? ` (số ${code})` : ''}`] : []),
          'Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký (tại Bộ phận Một cửa, qua bưu chính hoặc bản điện tử trên Cổng dịch vụ công).',
        ],
      };
    }
    case 'returned': {
      const method = str(d.returnMethod);
      return { headline: 'Đã trả kết quả', lines: [`Kết quả giải quyết hồ sơ đã được trả${method && returnMethods[method] ? ` ${returnMethods[method]}` : ''}.`, 'Ông/Bà có thể đánh giá chất lượng phục vụ trên Cổng dịch vụ công.'] };
    }
    case 'result_correcting':
      return { headline: 'Đang đính chính kết quả', lines: ['Kết quả đã trả có sai sót do lỗi của cơ quan giải quyết và đang được đính chính.', ...reasonLines(action.reason, 'Nội dung')] };
    case 'stopped':
      return { headline: 'Dừng giải quyết hồ sơ', lines: ['Hồ sơ của Ông/Bà đã được dừng giải quyết.', ...reasonLines(action.reason)] };
    case 'withdrawn':
      return { headline: 'Đã rút hồ sơ', lines: ['Hồ sơ đã được rút theo đề nghị của Ông/Bà.'] };
    case 'closed_without_supplement':
      return { headline: 'Kết thúc hồ sơ do không bổ sung', lines: ['Đã quá thời hạn bổ sung mà hồ sơ chưa được bổ sung nên việc giải quyết kết thúc. Ông/Bà có thể nộp hồ sơ mới khi cần.'] };
    case 'status_changed':
      return { headline: 'Thay đổi tình trạng hồ sơ', lines: [] };
  }
}

export function renderNotification(input: TemplateInput): RenderedNotification {
  const { dossier } = input;
  const body = bodyOf(input);
  const status = dossierStatusDefinitions[input.action.toStatus as DossierStatus]?.label ?? input.action.toStatus;
  const greeting = dossier.applicantKind === 'individual' ? `Kính gửi Ông/Bà ${dossier.applicantName},` : `Kính gửi ${dossier.applicantName},`;
  const text = [
    greeting,
    '',
    `Hồ sơ số ${dossier.code} (thủ tục: ${dossier.procedureName})`,
    `Tình trạng: ${status}`,
    '',
    ...body.lines,
    '',
    `Tra cứu tình trạng hồ sơ: ${input.links.lookup}`,
    ...(input.links.portal ? [`Xem chi tiết hồ sơ trên Cổng dịch vụ công: ${input.links.portal}`] : []),
    '',
    'Đây là thư tự động của Hệ thống giải quyết thủ tục hành chính, xin vui lòng không trả lời thư này.',
  ].join('\n');
  const short = `Ho so ${dossier.code}: ${withoutDiacritics(body.headline)}${body.shortFact ? `, ${body.shortFact}` : ''}. Tra cuu: ${input.links.lookup}`;
  return { subject: `Hồ sơ ${dossier.code}: ${body.headline}`, text, short };
}
