/**
 * The dossier code `<agency id>-<YYMMDD>-<NNNN>` (Decree 118/2025 Art. 28, Circular 03/2025 Art. 13):
 * the electronic identifier of the competent agency (or the receiving desk / national portal), the
 * receipt date in Vietnam time and the daily sequence, at least 4 digits and longer as volume needs.
 * Procedures on a nationwide centralised system (Circular 04/2025) put two letters from the system
 * owner's identifier before the sequence: `<agency id>-<YYMMDD>-<AA><NNNN>`. The electronic result
 * code is `<dossier code>-KQ<n>`.
 */
import { z } from 'zod';
import { formatDate, isValidYmd, localDateOf, parseDate, parseInstant } from '../calendar/civil-date.ts';

export interface DossierCodeParts {
  /** Electronic identifier of the agency, e.g. 'H15.50.05.13'. */
  agencyId: string;
  /** 'YYYY-MM-DD', the receipt date in Vietnam time (2000–2099). */
  receiptDate: string;
  /** Daily sequence, from 1. */
  sequence: number;
  /** Centralised systems only: two capital letters from the system owner's identifier. */
  systemPrefix?: string;
}

export interface DossierCodeOptions {
  /** Minimum digits of the sequence; from the dated rule `dossierCodeSequenceDigits` (4). */
  minDigits?: number;
}

export type DossierCodeError = 'malformed' | 'invalid_agency_id' | 'invalid_date' | 'invalid_sequence' | 'invalid_system_prefix';

export type DossierCodeParse = { ok: true; value: DossierCodeParts } | { ok: false; error: DossierCodeError };

const DEFAULT_MIN_DIGITS = 4;
const AGENCY_ID = /^[A-Z0-9]+(?:\.[A-Z0-9]+)*$/;
const SYSTEM_PREFIX = /^[A-Z]{2}$/;
// Read from the right: the date and sequence have a fixed shape, the agency id does not.
const DOSSIER_CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-([A-Z]{2})?(\d+)$/;
const RESULT_CODE = /^(.+)-KQ([1-9]\d*)$/;

export function isValidAgencyId(agencyId: string): boolean {
  return AGENCY_ID.test(agencyId);
}

function minDigitsOf(options: DossierCodeOptions): number {
  const min = options.minDigits ?? DEFAULT_MIN_DIGITS;
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`Invalid minimum sequence digits: ${min}`);
  return min;
}

function partsProblem(parts: DossierCodeParts): DossierCodeError | undefined {
  if (!isValidAgencyId(parts.agencyId)) return 'invalid_agency_id';
  const year = Number(parts.receiptDate.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parts.receiptDate) || year < 2000 || year > 2099) return 'invalid_date';
  if (!isValidYmd(ymdOf(parts.receiptDate))) return 'invalid_date';
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) return 'invalid_sequence';
  if (parts.systemPrefix !== undefined && !SYSTEM_PREFIX.test(parts.systemPrefix)) return 'invalid_system_prefix';
  return undefined;
}

function ymdOf(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day };
}

export function formatDossierCode(parts: DossierCodeParts, options: DossierCodeOptions = {}): string {
  const problem = partsProblem(parts);
  if (problem) throw new RangeError(`Cannot format a dossier code: ${problem}`);
  const { year, month, day } = parseDate(parts.receiptDate);
  const yymmdd = [year % 100, month, day].map((n) => String(n).padStart(2, '0')).join('');
  const sequence = String(parts.sequence).padStart(minDigitsOf(options), '0');
  return `${parts.agencyId}-${yymmdd}-${parts.systemPrefix ?? ''}${sequence}`;
}

/** The code of a dossier received at an instant: the date part is the Vietnam calendar day. */
export function dossierCodeFor(
  input: { agencyId: string; receivedAt: string; sequence: number; systemPrefix?: string },
  options: DossierCodeOptions = {},
): string {
  const { receivedAt, ...rest } = input;
  return formatDossierCode({ ...rest, receiptDate: localDateOf(parseInstant(receivedAt)) }, options);
}

/**
 * Parses a code in its canonical form only: a sequence padded beyond the minimum (`00975` with a
 * minimum of 4) is refused, so one dossier never has two spellings.
 */
export function parseDossierCode(code: string, options: DossierCodeOptions = {}): DossierCodeParse {
  const m = DOSSIER_CODE.exec(code);
  if (!m) return { ok: false, error: 'malformed' };
  const [, agencyId = '', yy = '', mm = '', dd = '', systemPrefix, digits = ''] = m;
  if (!isValidAgencyId(agencyId)) return { ok: false, error: 'invalid_agency_id' };
  const ymd = { year: 2000 + Number(yy), month: Number(mm), day: Number(dd) };
  if (!isValidYmd(ymd)) return { ok: false, error: 'invalid_date' };
  const sequence = Number(digits);
  const canonicalLength = Math.max(minDigitsOf(options), String(sequence).length);
  if (sequence < 1 || !Number.isSafeInteger(sequence) || digits.length !== canonicalLength) return { ok: false, error: 'invalid_sequence' };
  const value: DossierCodeParts = { agencyId, receiptDate: formatDate(ymd), sequence };
  return { ok: true, value: systemPrefix === undefined ? value : { ...value, systemPrefix } };
}

export function isValidDossierCode(code: string, options: DossierCodeOptions = {}): boolean {
  return parseDossierCode(code, options).ok;
}

export interface ResultCodeParts {
  dossierCode: string;
  dossier: DossierCodeParts;
  /** The n-th electronic result of the dossier, from 1. */
  resultNumber: number;
}

export type ResultCodeParse = { ok: true; value: ResultCodeParts } | { ok: false; error: DossierCodeError | 'invalid_result_number' };

export function formatResultCode(dossierCode: string, resultNumber: number, options: DossierCodeOptions = {}): string {
  if (!isValidDossierCode(dossierCode, options)) throw new RangeError(`Not a valid dossier code: ${dossierCode}`);
  if (!Number.isSafeInteger(resultNumber) || resultNumber < 1) throw new RangeError(`Invalid result number: ${resultNumber}`);
  return `${dossierCode}-KQ${resultNumber}`;
}

export function parseResultCode(code: string, options: DossierCodeOptions = {}): ResultCodeParse {
  const m = RESULT_CODE.exec(code);
  if (!m) return { ok: false, error: /-KQ\d*$/.test(code) ? 'invalid_result_number' : 'malformed' };
  const [, dossierCode = '', n = ''] = m;
  const resultNumber = Number(n);
  if (!Number.isSafeInteger(resultNumber)) return { ok: false, error: 'invalid_result_number' };
  const dossier = parseDossierCode(dossierCode, options);
  return dossier.ok ? { ok: true, value: { dossierCode, dossier: dossier.value, resultNumber } } : dossier;
}

export const dossierCodeSchema = z.string().refine((code) => isValidDossierCode(code), 'Mã hồ sơ không đúng định dạng <mã cơ quan>-<YYMMDD>-<số thứ tự>');
export const resultCodeSchema = z.string().refine((code) => parseResultCode(code).ok, 'Mã kết quả không đúng định dạng <mã hồ sơ>-KQ<n>');
