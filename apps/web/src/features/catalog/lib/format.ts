import type { Fee } from '@motcua/shared';

const vndFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Amounts in đồng, grouped the Vietnamese way whatever the interface language: `1.000.000 đ`. */
export function formatVnd(amount: number): string {
  return `${vndFormat.format(amount)} đ`;
}

/** `0,5` in Vietnamese, `0.5` in English. */
export function formatNumber(value: number, locale: 'vi' | 'en'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}


/** One line per fee: the amount (or free / set by the council / the text), then its note. */
export interface FeeText {
  amount: string;
  note: string | null;
}

export function feeAmountKey(fee: Pick<Fee, 'kind'>): 'catalog.fee.free' | 'catalog.fee.setByCouncil' | null {
  if (fee.kind === 'free') return 'catalog.fee.free';
  if (fee.kind === 'set_by_council') return 'catalog.fee.setByCouncil';
  return null;
}
