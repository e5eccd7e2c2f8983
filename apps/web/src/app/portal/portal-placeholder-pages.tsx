import { ComingSoonPage } from '@/components/coming-soon-page';
import { useI18n } from '@/i18n';

export function DossierLookupPlaceholderPage() {
  const { t } = useI18n();
  return <ComingSoonPage title={t('portal.lookup.pageTitle')} />;
}
