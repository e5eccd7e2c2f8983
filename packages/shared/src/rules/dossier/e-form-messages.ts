/**
 * Vietnamese messages for the problems a JSON Schema check finds in an applicant's e-form answers. The portal
 * (while the applicant types) and the API (on arrival) word them the same. Takes the error in ajv's shape; no
 * validator here.
 */
export interface SchemaProblem {
  keyword: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

export interface EFormMessageOptions {
  /** Name JSON types and formats in words (`chữ`, `ngày`) rather than as the schema spells them (`string`, `date`). */
  wordsForNames?: boolean;
}

const typeWords: Record<string, string> = { string: 'chữ', integer: 'số nguyên', number: 'số', boolean: 'có/không', object: 'nhóm thông tin', array: 'danh sách' };
const formatWords: Record<string, string> = { date: 'ngày', 'date-time': 'ngày giờ', email: 'email', uri: 'địa chỉ web', time: 'giờ' };

const named = (value: unknown, words: Record<string, string> | null) => (words ? (words[String(value)] ?? String(value)) : String(value));

const messages: Record<string, (p: Record<string, unknown>, o: EFormMessageOptions) => string> = {
  required: () => 'Bắt buộc nhập',
  type: (p, o) => `Sai kiểu dữ liệu (cần ${named(p.type, o.wordsForNames ? typeWords : null)})`,
  format: (p, o) => `Sai định dạng (${named(p.format, o.wordsForNames ? formatWords : null)})`,
  minLength: (p) => `Tối thiểu ${String(p.limit)} ký tự`,
  maxLength: (p) => `Tối đa ${String(p.limit)} ký tự`,
  pattern: () => 'Không đúng mẫu quy định',
  enum: () => 'Giá trị không thuộc danh sách cho phép',
  const: () => 'Giá trị không đúng',
  minimum: (p) => `Không nhỏ hơn ${String(p.limit)}`,
  maximum: (p) => `Không lớn hơn ${String(p.limit)}`,
  exclusiveMinimum: (p) => `Phải lớn hơn ${String(p.limit)}`,
  exclusiveMaximum: (p) => `Phải nhỏ hơn ${String(p.limit)}`,
  multipleOf: (p) => `Phải là bội số của ${String(p.multipleOf)}`,
  minItems: (p) => `Cần ít nhất ${String(p.limit)} mục`,
  maxItems: (p) => `Tối đa ${String(p.limit)} mục`,
  uniqueItems: () => 'Các mục không được trùng nhau',
  additionalProperties: () => 'Trường không có trong biểu mẫu',
  oneOf: () => 'Cần khớp đúng một phương án',
  anyOf: () => 'Cần khớp ít nhất một phương án',
  if: () => 'Chưa đúng điều kiện của biểu mẫu',
};

/** The message for one problem; a keyword without its own wording keeps the validator's text in brackets. */
export function eFormProblemMessage(problem: SchemaProblem, options: EFormMessageOptions = {}): string {
  return messages[problem.keyword]?.(problem.params, options) ?? `Không hợp lệ (${problem.message ?? problem.keyword})`;
}
