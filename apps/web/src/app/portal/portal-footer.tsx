import { useHealth } from '@/features/portal-home';
import { useI18n } from '@/i18n';

export function PortalFooter() {
  const { t } = useI18n();
  const health = useHealth();
  return (
    <footer className="portal-footer">
      <div className="portal-container">
        <p>{t('portal.footer.owner')}</p>
        <p>
          {t('portal.footer.software')}
          {health.data ? ` · v${health.data.version}` : null}
        </p>
      </div>
    </footer>
  );
}
