import { useEffect } from 'react';
import { useI18n } from '@/i18n';

/** Every page names itself in the browser tab (WCAG 2.4.2); the suffix tells which shell it is. */
export function usePageTitle(title: string, shell: 'portal' | 'admin' = 'portal'): void {
  const { t } = useI18n();
  const suffix = shell === 'portal' ? t('app.titleSuffixPortal') : t('app.titleSuffixAdmin');
  useEffect(() => {
    document.title = title ? `${title} | ${suffix}` : suffix;
  }, [title, suffix]);
}
