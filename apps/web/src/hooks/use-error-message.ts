import { useCallback } from 'react';
import { useI18n } from '@/i18n';
import { describeError } from '@/lib/error-message';

export function useErrorMessage(): (error: unknown) => string {
  const { locale, t } = useI18n();
  return useCallback(
    (error: unknown) => describeError(error, locale, { network: t('errors.network'), unknown: t('errors.unknown') }),
    [locale, t],
  );
}
