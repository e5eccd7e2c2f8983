/**
 * Personal and organisation identifiers as the desk checks them on receipt.
 * - Citizen ID number (số định danh cá nhân, Circular 59/2021/TT-BCA Art. 7): 12 digits = the 3-digit code
 *   of the province where the birth was registered, a digit for century and sex (0/1: 1900s, 2/3: 2000s),
 *   the last two digits of the birth year, then 6 random digits.
 * - Tax code (mã số thuế, Circular 105/2020/TT-BTC): 10 digits whose last is a check digit, or 13 as
 *   `NNNNNNNNNN-NNN` for a dependent unit. Since 1/7/2025 an individual's tax code is their ID number.
 */

/** Birth-registration province codes of the 63 pre-2025 provinces (new births keep the merged province's code). */
const PROVINCE_CODES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58,
  60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
]);

export type CitizenIdProblem = 'format' | 'province' | 'century' | 'birth_year';

/** Why a citizen ID number is not valid, or undefined when it is. `currentYear` guards against future births. */
export function citizenIdProblem(value: string, currentYear = new Date().getFullYear()): CitizenIdProblem | undefined {
  if (!/^\d{12}$/.test(value)) return 'format';
  if (!PROVINCE_CODES.has(Number(value.slice(0, 3)))) return 'province';
  const centuryDigit = Number(value[3]);
  if (centuryDigit > 3) return 'century';
  const year = (centuryDigit < 2 ? 1900 : 2000) + Number(value.slice(4, 6));
  if (year > currentYear) return 'birth_year';
  return undefined;
}

export const isValidCitizenId = (value: string, currentYear?: number): boolean => citizenIdProblem(value, currentYear) === undefined;

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export function isValidTaxCode(value: string): boolean {
  const m = /^(\d{10})(?:-(\d{3}))?$/.exec(value);
  if (!m) return false;
  const digits = m[1]!.split('').map(Number);
  if (m[2] !== undefined && Number(m[2]) === 0) return false;
  const sum = TAX_WEIGHTS.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  return 10 - (sum % 11) === digits[9];
}

export const citizenIdMessages: Record<CitizenIdProblem, string> = {
  format: 'Số định danh cá nhân phải gồm đúng 12 chữ số',
  province: 'Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh nơi đăng ký khai sinh',
  century: 'Chữ số thứ tư của số định danh cá nhân (thế kỷ và giới tính) không hợp lệ',
  birth_year: 'Năm sinh trong số định danh cá nhân ở tương lai',
};
