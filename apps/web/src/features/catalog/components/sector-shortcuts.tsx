import { Card, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { useSectors } from '../api/get-sectors';
import { sectorPath } from './procedure-result-list';

const shown = 8;

/** The home page's way into the catalog by sector: the sectors with the most procedures. */
export function SectorShortcuts() {
  const { t } = useI18n();
  const sectors = useSectors();
  const top = [...(sectors.data ?? [])].sort((a, b) => b.procedureCount - a.procedureCount).slice(0, shown);
  if (sectors.isError) return null;
  return (
    <section className="portal-container portal-section" aria-labelledby="sector-shortcuts-title" data-testid="sector-shortcuts">
      <Typography.Title level={2} id="sector-shortcuts-title" style={{ fontSize: 22 }}>
        {t('catalog.home.sectorsTitle')}
      </Typography.Title>
      {sectors.isPending ? (
        <Skeleton active />
      ) : (
        <ul className="sector-shortcut-list">
          {top.map((sector) => (
            <li key={sector.code}>
              <Card size="small" className="quick-link-card">
                <Link to={sectorPath(sector.code)} className="stretched-link sector-shortcut-link">
                  {sector.name}
                </Link>
                <div className="muted-text">{t('catalog.home.procedureCount', { total: sector.procedureCount })}</div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <p style={{ marginTop: 16 }}>
        <Link to={paths.portal.procedures} data-testid="sector-shortcuts-all">
          {t('catalog.home.allProcedures')}
        </Link>
      </p>
    </section>
  );
}
