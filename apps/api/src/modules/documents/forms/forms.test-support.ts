import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ApologyForm,
  ApplicantBlock,
  EResultForm,
  FormHeading,
  ProcessSheetForm,
  ReceiptForm,
  RefusalForm,
  RegisterForm,
  StopNoticeForm,
  SupplementRequestForm,
} from './form-data.ts';

/**
 * Sample forms of one dossier (Sở Tư pháp's "Chứng thực bản sao" received at the provincial centre), for the
 * tests and the benchmark. Instants are UTC: 2026-11-23T08:30Z is 15:30 on 23/11/2026 in Vietnam.
 */
export const DOSSIER_CODE = 'H15.50.05.13-261123-0975';
export const RECEIVED_AT = '2026-11-23T08:30:00Z';
export const DUE_AT = '2026-11-30T09:00:00Z';

export const centreHeading: FormHeading = {
  issuer: {
    parentName: 'UBND tỉnh Quảng Ngãi',
    name: 'Trung tâm Phục vụ hành chính công',
    abbreviation: 'TTPVHCC',
    place: 'Quảng Ngãi',
    fullName: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ngãi',
  },
  number: '125/TTPVHCC',
  issuedAt: RECEIVED_AT,
};

export const departmentHeading: FormHeading = {
  issuer: { parentName: 'UBND tỉnh Quảng Ngãi', name: 'Sở Tư pháp', abbreviation: 'STP', place: 'Quảng Ngãi', fullName: 'Sở Tư pháp tỉnh Quảng Ngãi' },
  number: '7/PXL-STP',
  issuedAt: '2026-11-27T02:15:00Z',
};

export const applicant: ApplicantBlock = {
  name: 'Nguyễn Thị Hồng Nhung',
  kind: 'individual',
  identifier: '051190001234',
  address: 'Số 12 đường Lê Lợi, phường Cẩm Thành, tỉnh Quảng Ngãi',
  phone: '0905 123 456',
  email: 'hongnhung@example.vn',
};

export const receipt: ReceiptForm = {
  kind: 'receipt',
  heading: centreHeading,
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  variantName: 'Chứng thực bản sao',
  applicant,
  request: 'Chứng thực bản sao từ bản chính Giấy khai sinh và Bằng tốt nghiệp đại học',
  documents: [
    { name: 'Bản chính Giấy khai sinh', originals: 1, copies: 0 },
    { name: 'Bản chính Bằng tốt nghiệp đại học', originals: 1, copies: 3 },
    { name: 'Căn cước công dân (xuất trình)', originals: 0, copies: 2 },
  ],
  sets: 1,
  timeLimitText: '05 ngày làm việc',
  receivedAt: RECEIVED_AT,
  dueAt: DUE_AT,
  resultPlace: 'Quầy số 7 (Sở Tư pháp), Trung tâm Phục vụ hành chính công tỉnh',
  registerBook: '03/2026',
  registerSequence: 975,
  receiver: { title: 'Người tiếp nhận hồ sơ', name: 'Trần Văn Đức' },
  lookupUrl: 'https://dichvucong.quangngai.gov.vn/tra-cuu?ma=H15.50.05.13-261123-0975',
};

export const supplementRequest: SupplementRequestForm = {
  kind: 'supplement_request',
  heading: { ...centreHeading, number: '7/PBS-STP' },
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  applicant,
  receivedAt: RECEIVED_AT,
  items: ['Bản chính Bằng tốt nghiệp đại học (bản đã nộp bị rách, mờ số hiệu)', 'Tờ khai yêu cầu chứng thực có chữ ký của người yêu cầu'],
  reason: 'Bản chính không đủ điều kiện để chứng thực theo Điều 22 Nghị định 23/2015/NĐ-CP.',
  contact: { name: 'Trần Văn Đức', phone: '0255 3822 111' },
  signer: { title: 'Người hướng dẫn', name: 'Trần Văn Đức' },
};

export const refusal: RefusalForm = {
  kind: 'refusal',
  heading: { ...centreHeading, number: '3/PTC-STP' },
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  applicant,
  request: 'Chứng thực bản sao Giấy phép lái xe do nước ngoài cấp',
  reasons: 'Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp chưa được hợp pháp hóa lãnh sự.',
  signer: { title: 'Người tiếp nhận hồ sơ', name: 'Trần Văn Đức' },
};

export const apology: ApologyForm = {
  kind: 'apology',
  heading: departmentHeading,
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  applicant,
  receivedAt: RECEIVED_AT,
  originalDueAt: DUE_AT,
  newDueAt: '2026-12-03T09:00:00Z',
  reason: 'Cần xác minh tính hợp lệ của văn bằng với cơ sở đào tạo.',
  signer: { title: 'Giám đốc', name: 'Lê Thị Thu Hà' },
};

export const stopNotice: StopNoticeForm = {
  kind: 'stop_notice',
  heading: { ...departmentHeading, number: '2/TB-STP' },
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  applicant,
  receivedAt: RECEIVED_AT,
  reason: 'Người yêu cầu có đơn đề nghị dừng giải quyết hồ sơ ngày 25/11/2026.',
  signer: { title: 'Giám đốc', name: 'Lê Thị Thu Hà' },
};

export const processSheet: ProcessSheetForm = {
  kind: 'process_sheet',
  heading: { ...centreHeading, number: '975/PKS-STP' },
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  applicantName: applicant.name,
  leadAgency: 'Sở Tư pháp',
  cooperatingAgencies: ['Trường Đại học Phạm Văn Đồng'],
  receivedAt: RECEIVED_AT,
  dueAt: DUE_AT,
  rows: [
    {
      step: 'Bộ phận Một cửa giao: Phòng Hành chính tư pháp nhận',
      handedOverAt: '2026-11-23T09:00:00Z',
      giverUnit: 'Bộ phận Một cửa',
      giver: 'Trần Văn Đức',
      receiverUnit: 'Phòng Hành chính tư pháp',
      receiver: 'Phạm Minh Khoa',
      endedAt: '2026-11-24T03:00:00Z',
      timeliness: 'early',
      note: null,
    },
    {
      step: 'Thẩm định hồ sơ',
      handedOverAt: '2026-11-24T03:00:00Z',
      giverUnit: 'Phòng Hành chính tư pháp',
      giver: 'Phạm Minh Khoa',
      receiverUnit: 'Lãnh đạo phòng',
      receiver: 'Võ Thị Lan',
      endedAt: '2026-11-26T09:00:00Z',
      timeliness: 'on_time',
      note: null,
    },
    {
      step: 'Lãnh đạo Sở ký',
      handedOverAt: '2026-11-26T09:00:00Z',
      giverUnit: 'Lãnh đạo phòng',
      giver: 'Võ Thị Lan',
      receiverUnit: 'Lãnh đạo Sở',
      receiver: 'Lê Thị Thu Hà',
      endedAt: '2026-11-30T10:00:00Z',
      timeliness: 'late',
      note: 'Chờ xác minh văn bằng',
    },
    {
      step: 'Trả kết quả',
      handedOverAt: '2026-11-30T10:00:00Z',
      giverUnit: 'Lãnh đạo Sở',
      giver: 'Lê Thị Thu Hà',
      receiverUnit: 'Bộ phận Một cửa',
      receiver: null,
      endedAt: null,
      timeliness: null,
      note: null,
    },
  ],
};

const procedures = ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Đăng ký khai sinh', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Chứng thực chữ ký trong các giấy tờ, văn bản'];
const names = ['Nguyễn Thị Hồng Nhung', 'Trần Quốc Bảo', 'Lê Văn Hưng', 'Phạm Thị Ngọc Ánh', 'Huỳnh Đức Thịnh', 'Công ty TNHH Sông Trà'];

/** A register of `count` dossiers, a day apart (enough of them to run over several pages). */
export function sampleRegister(count: number): RegisterForm {
  return {
    kind: 'register',
    heading: { ...centreHeading, number: '12/STD-STP', issuedAt: '2026-12-01T01:00:00Z' },
    unitName: 'Sở Tư pháp — Lĩnh vực Chứng thực',
    from: '2026-11-01',
    to: '2026-11-30',
    rows: Array.from({ length: count }, (_, i) => ({
      no: i + 1,
      dossierCode: i === 0 ? DOSSIER_CODE : `H15.50.05.13-2611${String((i % 28) + 1).padStart(2, '0')}-${String(1000 + i).padStart(4, '0')}`,
      procedureName: procedures[i % procedures.length]!,
      applicantName: names[i % names.length]!,
      addressPhone: `Số ${i + 3} Quang Trung, Quảng Ngãi; 0905 000 ${String(100 + i).padStart(3, '0')}`,
      leadAgency: 'Sở Tư pháp',
      receivedAt: i === 0 ? RECEIVED_AT : new Date(Date.parse(RECEIVED_AT) - i * 3_600_000 * 5).toISOString(),
      dueAt: i === 0 ? DUE_AT : new Date(Date.parse(DUE_AT) - i * 3_600_000 * 5).toISOString(),
      returnedAt: i % 3 === 2 ? null : new Date(Date.parse(DUE_AT) - i * 3_600_000 * 6).toISOString(),
      returnMethod: i % 3 === 2 ? null : ['Trực tiếp', 'Bưu chính', 'Trực tuyến'][i % 3]!,
    })),
  };
}

export const eResult: EResultForm = {
  kind: 'e_result',
  heading: { ...departmentHeading, number: '975/CT-STP', issuedAt: '2026-11-30T08:00:00Z' },
  resultCode: `${DOSSIER_CODE}-KQ1`,
  title: 'Kết quả chứng thực bản sao điện tử',
  dossierCode: DOSSIER_CODE,
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  applicant,
  paragraphs: [
    'Chứng thực bản sao này đúng với bản chính Bằng tốt nghiệp đại học số hiệu 0123456 do Trường Đại học Phạm Văn Đồng cấp ngày 15/7/2020.',
    'Bản sao điện tử được chứng thực từ bản chính có giá trị sử dụng thay cho bản chính đã dùng để đối chiếu chứng thực trong các giao dịch, trừ trường hợp pháp luật có quy định khác.',
  ],
  signer: { title: 'Giám đốc', name: 'Lê Thị Thu Hà' },
  verifyUrl: `https://dichvucong.quangngai.gov.vn/xac-thuc/${DOSSIER_CODE}-KQ1`,
};

/** Runs a poppler tool on the PDF bytes (written to a temporary file) and returns its output. */
export function poppler(tool: 'pdftotext' | 'pdftotext-raw' | 'pdfinfo', pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-forms-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    const args = tool === 'pdfinfo' ? [file] : [tool === 'pdftotext' ? '-layout' : '-raw', '-enc', 'UTF-8', file, '-'];
    return execFileSync(tool === 'pdfinfo' ? '/usr/bin/pdfinfo' : '/usr/bin/pdftotext', args, { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF laid out as on the page (`pdftotext -layout`). */
export const pdfText = (pdf: Buffer) => poppler('pdftotext', pdf);

/** The text in reading order with line breaks and runs of spaces as single spaces: wrapped sentences read whole. */
export const pdfWords = (pdf: Buffer) => poppler('pdftotext-raw', pdf).replace(/\s+/g, ' ');

/** pdfinfo's fields ("Pages", "Page size", "Title", …). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of poppler('pdfinfo', pdf).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}
