/**
 * The data each official form prints (Circular 03/2025/TT-VPCP Annex I; `shared/domain/rules.md` §10).
 * Built from the dossier at the moment of its action and kept as a snapshot, so a reprint gives the same document.
 * Instants are ISO 8601 UTC strings, printed in Asia/Ho_Chi_Minh as "hh:mm, ngày dd/MM/yyyy"; text is NFC.
 */

export type FormKind =
  | 'receipt' // 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
  | 'supplement_request' // 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
  | 'refusal' // 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ
  | 'apology' // 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả
  | 'stop_notice' // 05 Thông báo dừng giải quyết
  | 'process_sheet' // 06 Phiếu kiểm soát quá trình giải quyết hồ sơ
  | 'register' // 07 Sổ theo dõi hồ sơ
  | 'e_result'; // the electronic result (not an Annex I form)

/** The issuing body's heading block (top left of every form). */
export interface IssuingBody {
  /** The superior body, printed above in regular type (e.g. "UBND TỈNH QUẢNG NGÃI"); null when none. */
  parentName: string | null;
  /** e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
  name: string;
  /** The abbreviation used in numbers (e.g. "TTPVHCC", "STP"). */
  abbreviation: string;
  /** The place in "Quảng Ngãi, ngày … tháng … năm …". */
  place: string;
  /** The body's name in running text (e.g. "Trung tâm Phục vụ hành chính công tỉnh Quảng Ngãi"); defaults to `name`. */
  fullName?: string | null;
}

export interface FormHeading {
  issuer: IssuingBody;
  /** The full number, e.g. "125/TTPVHCC" or "7/PBS-STP". */
  number: string;
  issuedAt: string;
}

export interface ApplicantBlock {
  name: string;
  kind: 'individual' | 'organisation';
  /** Citizen ID number (12 digits) or tax code. */
  identifier: string;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export interface SignatureBlock {
  /** e.g. "NGƯỜI TIẾP NHẬN", "THỦ TRƯỞNG CƠ QUAN". */
  title: string;
  /** Printed under the signature space; null leaves it blank. */
  name: string | null;
}

/** 01 — receipt and appointment. */
export interface ReceiptForm {
  kind: 'receipt';
  heading: FormHeading;
  dossierCode: string;
  procedureName: string;
  variantName: string | null;
  applicant: ApplicantBlock;
  /** The person the applicant acts for, when acting under an authorisation; absent or null otherwise. */
  principal?: { name: string; identifier: string } | null;
  /** What the applicant asks for (the dossier's request summary), else the procedure name. */
  request: string;
  documents: { name: string; originals: number; copies: number }[];
  /** The questions of the cases answered yes at receipt ("Có ủy quyền không?"); printed as "Trường hợp: …". Absent on older snapshots. */
  appliedCases?: string[];
  sets: number;
  /** e.g. "05 ngày làm việc". */
  timeLimitText: string;
  receivedAt: string;
  /** null: resolved on the spot. */
  dueAt: string | null;
  /** Where the result is collected, e.g. the receiving desk's name. */
  resultPlace: string;
  registerBook: string;
  registerSequence: number;
  receiver: SignatureBlock;
  /** The public lookup of this dossier: printed as a QR code and as text. */
  lookupUrl: string;
}

/** 02 — supplement request: the whole list, once. */
export interface SupplementRequestForm {
  kind: 'supplement_request';
  heading: FormHeading;
  dossierCode: string;
  procedureName: string;
  applicant: ApplicantBlock;
  receivedAt: string | null;
  items: string[];
  reason: string;
  contact: { name: string; phone: string | null };
  signer: SignatureBlock;
}

/** 03 — refusal. */
export interface RefusalForm {
  kind: 'refusal';
  heading: FormHeading;
  dossierCode: string | null;
  procedureName: string;
  applicant: ApplicantBlock;
  request: string;
  reasons: string;
  signer: SignatureBlock;
}

/** 04 — apology and new appointment. */
export interface ApologyForm {
  kind: 'apology';
  heading: FormHeading;
  dossierCode: string;
  procedureName: string;
  applicant: ApplicantBlock;
  receivedAt: string;
  originalDueAt: string;
  newDueAt: string;
  reason: string;
  signer: SignatureBlock;
}

/** 05 — notice of stopping resolution. */
export interface StopNoticeForm {
  kind: 'stop_notice';
  heading: FormHeading;
  dossierCode: string;
  procedureName: string;
  applicant: ApplicantBlock;
  receivedAt: string | null;
  reason: string;
  signer: SignatureBlock;
}

export type Timeliness = 'early' | 'on_time' | 'late';

/** 06 — process-control sheet: a row per hand-over, kept by the system. */
export interface ProcessSheetForm {
  kind: 'process_sheet';
  heading: FormHeading;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  leadAgency: string;
  cooperatingAgencies: string[];
  receivedAt: string | null;
  dueAt: string | null;
  rows: {
    /** e.g. "Bộ phận Một cửa giao: Phòng Hành chính tư pháp nhận". */
    step: string;
    handedOverAt: string;
    giverUnit: string | null;
    giver: string | null;
    receiverUnit: string;
    receiver: string | null;
    /** When the receiver finished the step; null while it runs. */
    endedAt: string | null;
    timeliness: Timeliness | null;
    note: string | null;
  }[];
}

/** 07 — dossier register for a period and a unit (A4, landscape). */
export interface RegisterForm {
  kind: 'register';
  heading: FormHeading;
  unitName: string;
  /** Local dates YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  rows: {
    no: number;
    dossierCode: string;
    procedureName: string;
    applicantName: string;
    addressPhone: string;
    leadAgency: string;
    receivedAt: string | null;
    dueAt: string | null;
    returnedAt: string | null;
    /** e.g. "Trực tiếp", "Bưu chính", "Trực tuyến". */
    returnMethod: string | null;
  }[];
}

/** The electronic result document, signed by the resolving agency. */
export interface EResultForm {
  kind: 'e_result';
  heading: FormHeading;
  resultCode: string;
  title: string;
  dossierCode: string;
  procedureName: string;
  applicant: ApplicantBlock;
  /** The body of the result, paragraph by paragraph. */
  paragraphs: string[];
  signer: SignatureBlock;
  /** The public verification page of this result: printed as a QR code and as text. */
  verifyUrl: string;
}

export type FormData = ReceiptForm | SupplementRequestForm | RefusalForm | ApologyForm | StopNoticeForm | ProcessSheetForm | RegisterForm | EResultForm;
