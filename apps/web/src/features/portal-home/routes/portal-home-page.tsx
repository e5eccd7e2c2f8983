import { SectorShortcuts } from '@/features/catalog';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { PortalHero } from '../components/portal-hero';
import { QuickLinks } from '../components/quick-links';

export function PortalHomePage() {
  const { t } = useI18n();
  usePageTitle(t('portal.home.pageTitle'));
  return (
    <div data-testid="portal-home">
      <PortalHero />
      <QuickLinks />
      <SectorShortcuts />
    </div>
  );
}
