import { Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/i18n';
import { useAgencies } from '../api/get-agencies';
import { useSectors } from '../api/get-sectors';
import { agencyPath, sectorPath } from './procedure-result-list';

interface BrowseItem {
  key: string;
  to: string;
  label: string;
  count: number;
}

const collapsedCount = 8;

function BrowseList({ id, title, items, loading, testId }: { id: string; title: string; items: BrowseItem[]; loading: boolean; testId: string }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, collapsedCount);
  return (
    <Card className="browse-card" data-testid={testId}>
      <h2 className="section-heading" id={id}>
        {title}
      </h2>
      {loading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <ul className="browse-list" aria-labelledby={id} id={`${id}-list`}>
            {shown.map((item) => (
              <li key={item.key}>
                <Link to={item.to}>{item.label}</Link>
                <span className="muted-text">{` (${item.count})`}</span>
              </li>
            ))}
          </ul>
          {items.length > collapsedCount ? (
            <Button type="link" aria-expanded={expanded} aria-controls={`${id}-list`} onClick={() => setExpanded((value) => !value)} style={{ paddingInline: 0 }}>
              {expanded ? t('catalog.browse.showLess') : t('catalog.browse.showAll', { total: items.length })}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** The ways into the catalog besides the search box: by sector and by agency. */
export function BrowseLinks() {
  const { t } = useI18n();
  const sectors = useSectors();
  const agencies = useAgencies();
  const sectorItems = [...(sectors.data ?? [])]
    .sort((a, b) => b.procedureCount - a.procedureCount || a.name.localeCompare(b.name, 'vi'))
    .map((sector) => ({ key: sector.code, to: sectorPath(sector.code), label: sector.name, count: sector.procedureCount }));
  const agencyItems = [...(agencies.data ?? [])]
    .sort((a, b) => Number(a.kind === 'committee') - Number(b.kind === 'committee') || a.name.localeCompare(b.name, 'vi'))
    .map((agency) => ({ key: agency.code, to: agencyPath(agency.code), label: agency.name, count: agency.procedureCount }));
  return (
    <>
      <BrowseList id="browse-sectors" title={t('catalog.browse.bySector')} items={sectorItems} loading={sectors.isPending} testId="browse-sectors" />
      <BrowseList id="browse-agencies" title={t('catalog.browse.byAgency')} items={agencyItems} loading={agencies.isPending} testId="browse-agencies" />
    </>
  );
}
