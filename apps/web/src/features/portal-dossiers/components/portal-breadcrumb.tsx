import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';

interface Crumb {
  to: string;
  label: string;
}

/** Home › … › the current page (not a link). */
export function PortalBreadcrumb({ items, current }: { items: Crumb[]; current: string }) {
  const { t } = useI18n();
  const trail: Crumb[] = [{ to: paths.portal.home, label: t('portal.nav.home') }, ...items];
  return (
    <Breadcrumb
      aria-label={t('portalDossiers.breadcrumb')}
      className="portal-dossiers-breadcrumb"
      items={[
        ...trail.map((crumb) => ({ key: crumb.to, title: <Link to={crumb.to}>{crumb.label}</Link> })),
        { key: 'current', title: <span aria-current="page">{current}</span> },
      ]}
    />
  );
}
