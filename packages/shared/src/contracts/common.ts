import { z } from 'zod';
import { isValidYmd, parseInstant } from '../rules/calendar/civil-date.ts';

/** U+0000 (PostgreSQL refuses it in text) and the other C0 controls and DEL, which no id, code or name contains. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** The same, less tab and line breaks, which free text (notes, reasons, addresses) may carry. */
const CONTROL_CHARACTERS_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControls = 'Không được chứa ký tự điều khiển (như U+0000)';

/** A single-line string: no control characters at all. */
export const lineText = () => z.string().refine((s) => !CONTROL_CHARACTERS.test(s), noControls);
/** Free text: tab and line breaks allowed, other control characters not. */
export const freeText = () => z.string().refine((s) => !CONTROL_CHARACTERS_IN_TEXT.test(s), noControls);

export const idSchema = lineText().min(1).max(64);
export const idParams = z.object({ id: idSchema });

/** A version or sequence number from a path or query: positive and within a 32-bit integer column. */
export const versionNumber = z.coerce.number().int().min(1).max(2_147_483_647);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/**
 * Years a date or instant sent to the API may fall in. Wide enough for the birth date of the oldest applicant and
 * for legal documents of the 1990s, narrow enough that date arithmetic and both databases stay well inside their range.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
const yearInRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;
const dateRangeMessage = `Ngày không có thật hoặc ngoài khoảng năm ${MIN_YEAR}–${MAX_YEAR}`;

/** Whether an ISO 8601 instant with offset names a real moment between MIN_YEAR and MAX_YEAR. */
export function isInstantInRange(value: string): boolean {
  try {
    return yearInRange(new Date(parseInstant(value)).getUTCFullYear());
  } catch {
    return false;
  }
}

export const isoInstant = z.string().describe('ISO 8601 instant in UTC');
/** An instant a client sends: ISO 8601 with an offset (Z or ±HH:MM), a real moment between MIN_YEAR and MAX_YEAR. */
export const instantInput = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { message: 'Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2026-04-24T09:00:00+07:00', abort: true })
  .refine(isInstantInRange, dateRangeMessage);

/** A calendar day as YYYY-MM-DD (a legal or civil date, no time of day): a real day between MIN_YEAR and MAX_YEAR. */
export const civilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày theo định dạng YYYY-MM-DD', abort: true })
  .refine((s) => {
    const [year, month, day] = s.split('-').map(Number) as [number, number, number];
    return yearInRange(year) && isValidYmd({ year, month, day });
  }, dateRangeMessage);
