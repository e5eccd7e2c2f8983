import { useI18n } from '@/i18n';

export const mainContentId = 'main-content';

export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href={`#${mainContentId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
