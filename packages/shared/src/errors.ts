/** Stable error codes: one table maps each to its HTTP status and user-facing messages. */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The submitted data is invalid.' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'You need to sign in.' },
  INVALID_CREDENTIALS: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  TOTP_REQUIRED: { status: 401, vi: 'Vui lòng nhập mã xác thực hai lớp (TOTP).', en: 'Enter your two-factor code.' },
  TOTP_INVALID: { status: 401, vi: 'Mã xác thực hai lớp không đúng.', en: 'The two-factor code is wrong.' },
  CSRF_FAILED: { status: 403, vi: 'Phiên làm việc không hợp lệ (CSRF). Vui lòng tải lại trang.', en: 'CSRF check failed. Reload the page.' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  OUT_OF_SCOPE: { status: 403, vi: 'Bản ghi thuộc đơn vị ngoài phạm vi quản lý của bạn.', en: 'This record belongs to a unit outside your scope.' },
  TOTP_ENROLMENT_REQUIRED: { status: 403, vi: 'Vai trò của tài khoản này yêu cầu bật xác thực hai lớp trước khi sử dụng.', en: 'This account\'s role requires two-factor authentication first.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found.' },
  CONFLICT: { status: 409, vi: 'Dữ liệu đã bị thay đổi hoặc trùng lặp.', en: 'Conflict with the current state.' },
  DUPLICATE: { status: 409, vi: 'Giá trị này đã tồn tại.', en: 'This value already exists.' },
  SENDER_REFERENCE_CONFLICT: { status: 409, vi: 'Mã hồ sơ của bên gửi đã được dùng cho một hồ sơ có nội dung khác.', en: 'This sender reference was already used for a dossier with different content.' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, vi: 'Yêu cầu với khóa chống trùng này đang được xử lý.', en: 'A request with this idempotency key is in progress.' },
  IDEMPOTENCY_APPLIED: { status: 409, vi: 'Yêu cầu với khóa chống trùng này đã được thực hiện; kết quả trả về lần trước không còn. Hãy tải lại dữ liệu để xem kết quả.', en: 'The request with this idempotency key was carried out; its response was lost. Reload to see the result.' },
  ACTION_NOT_ALLOWED: { status: 409, vi: 'Thao tác không thực hiện được ở trạng thái hiện tại của hồ sơ.', en: 'This action is not allowed in the dossier\'s current state.' },
  STALE_VERSION: { status: 409, vi: 'Hồ sơ vừa được người khác xử lý; hãy tải lại trước khi thao tác.', en: 'Someone else acted on this record first; reload it.' },
  WORKFLOW_CHECK_FAILED: { status: 422, vi: 'Quy trình nội bộ chưa hợp lệ (thứ tự bước hoặc tổng thời gian vượt thời hạn giải quyết).', en: 'The internal workflow is not valid (step order, or step budgets exceed the legal time limit).' },
  IDEMPOTENCY_MISMATCH: { status: 422, vi: 'Khóa chống trùng đã được dùng cho một yêu cầu khác.', en: 'This idempotency key was used for a different request.' },
  VERIFICATION_CODE_WRONG: { status: 422, vi: 'Mã xác minh không đúng.', en: 'The verification code is wrong.' },
  VERIFICATION_CODE_EXPIRED: { status: 422, vi: 'Mã xác minh đã hết hạn hoặc không còn hiệu lực. Hãy yêu cầu gửi mã mới.', en: 'The verification code has expired or is no longer valid. Ask for a new one.' },
  REQUEST_TIMEOUT: { status: 408, vi: 'Yêu cầu được gửi quá chậm nên kết nối đã đóng. Vui lòng thử lại.', en: 'The request took too long to arrive.' },
  FILE_TOO_LARGE: { status: 413, vi: 'Tệp vượt quá dung lượng cho phép.', en: 'The file is too large.' },
  URI_TOO_LONG: { status: 414, vi: 'Địa chỉ yêu cầu quá dài.', en: 'The request address is too long.' },
  UNSUPPORTED_FILE_TYPE: { status: 415, vi: 'Loại tệp không được chấp nhận.', en: 'This file type is not accepted.' },
  VERIFICATION_RESEND_LIMITED: { status: 429, vi: 'Bạn đã yêu cầu mã xác minh quá nhiều lần. Vui lòng chờ rồi thử lại.', en: 'Too many verification codes were asked for. Wait and try again.' },
  LOGIN_THROTTLED: { status: 429, vi: 'Đăng nhập sai nhiều lần. Vui lòng chờ rồi thử lại.', en: 'Too many failed sign-ins. Wait and try again.' },
  UPLOAD_QUOTA_EXCEEDED: { status: 429, vi: 'Tài khoản đã tải lên quá dung lượng cho phép trong 24 giờ. Vui lòng thử lại sau.', en: 'This account has uploaded more than its daily allowance. Try again later.' },
  RATE_LIMITED: { status: 429, vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.', en: 'Too many requests. Try again shortly.' },
  HEADERS_TOO_LARGE: { status: 431, vi: 'Phần tiêu đề (header) của yêu cầu quá lớn.', en: 'The request headers are too large.' },
  INTERNAL: { status: 500, vi: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.', en: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export const PROBLEM_TYPE_BASE = 'https://motcua.dev/problems/';

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as MotCua answers them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}
