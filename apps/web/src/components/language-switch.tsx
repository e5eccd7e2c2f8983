import { Button } from 'antd';
import { useI18n, type Locale } from '@/i18n';

/** Offers the other language, written in that language so its speakers recognise it. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const target: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <Button
      type={onDark ? 'text' : 'default'}
      size="small"
      lang={t('language.switchLang')}
      aria-label={t('language.switchLabel')}
      onClick={() => setLocale(target)}
      style={onDark ? { color: '#fff', borderColor: '#fff' } : undefined}
      className={onDark ? 'on-dark-button' : undefined}
    >
      {t('language.switchText')}
    </Button>
  );
}
