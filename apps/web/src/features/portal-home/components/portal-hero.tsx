import { Typography } from 'antd';
import { useI18n } from '@/i18n';
import { ProcedureSearchBox } from './procedure-search-box';

export function PortalHero() {
  const { t } = useI18n();
  return (
    <section className="portal-hero" aria-labelledby="portal-hero-title">
      <div className="portal-container">
        <Typography.Title level={1} id="portal-hero-title" className="portal-hero-title">
          {t('portal.home.heroTitle')}
        </Typography.Title>
        <p className="portal-hero-subtitle">{t('portal.home.heroSubtitle')}</p>
        <ProcedureSearchBox />
      </div>
    </section>
  );
}
