import type { CatalogTimeLimit, Fee } from '@motcua/shared';
import { useMemo } from 'react';
import { useI18n } from '@/i18n';
import { feeAmountKey, formatNumber, formatVnd, type FeeText } from './format';

/**
 * Names of the catalog's closed vocabularies in the current language. The Vietnamese tables of the
 * `catalog` message area are the contract's own label tables; unknown codes (a level kept from a
 * national package) show as they are.
 */
export function useCatalogLabels() {
  const { locale, t, tOptional } = useI18n();
  return useMemo(() => {
    const label = (area: string) => (code: string) => tOptional(`catalog.${area}.${code}`) ?? code;
    const timeLimit = (limit: CatalogTimeLimit | null | undefined): string | null => {
      if (!limit) return null;
      return tOptional(`catalog.timeLimit.${limit.unit}`, { value: formatNumber(limit.value, locale) }) ?? `${limit.value} ${limit.unit}`;
    };
    const fee = (value: Fee): FeeText => {
      const key = feeAmountKey(value);
      if (key) return { amount: t(key), note: value.note };
      if (value.kind === 'amount' && value.amount !== null) return { amount: formatVnd(value.amount), note: value.note };
      // 'other' (or an amount without a figure): the text is all there is.
      return { amount: value.label ?? value.note ?? t('common.notAvailable'), note: value.label ? value.note : null };
    };
    return {
      level: label('level'),
      subject: label('subject'),
      channel: label('channel'),
      timeUnit: label('timeUnit'),
      onlineLevel: label('onlineLevel'),
      status: label('status'),
      feeKind: label('feeKind'),
      agencyRole: label('agencyRole'),
      documentGroup: label('documentGroup'),
      decisionAction: label('decisionAction'),
      serviceListKind: label('serviceListKind'),
      versionSource: label('versionSource'),
      issuerLevel: label('issuerLevel'),
      timeLimit,
      fee,
    };
  }, [locale, t, tOptional]);
}

export type CatalogLabels = ReturnType<typeof useCatalogLabels>;
