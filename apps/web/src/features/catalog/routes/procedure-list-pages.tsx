import { Card } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useAgencies } from '../api/get-agencies';
import { useAgencyProcedures } from '../api/get-agency-procedures';
import { useSectorProcedures } from '../api/get-sector-procedures';
import { useSectors } from '../api/get-sectors';
import { CatalogBreadcrumb } from '../components/catalog-breadcrumb';
import { ProcedureResultList } from '../components/procedure-result-list';
import { readPaging, writePaging } from '../lib/search-params';
import type { ProcedurePage } from '@motcua/shared';
import type { UseQueryResult } from '@tanstack/react-query';

function ListPage({ title, lead, kind, query, hideSector }: { title: string; lead: string; kind: 'sector' | 'agency'; query: UseQueryResult<ProcedurePage>; hideSector: boolean }) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const paging = readPaging(searchParams);
  usePageTitle(title);
  return (
    <div className="portal-container portal-page" data-testid={`procedures-by-${kind}-page`}>
      <CatalogBreadcrumb items={[{ to: paths.portal.procedures, label: t('catalog.search.heading') }]} current={title} />
      <h1 className="portal-page-title">{title}</h1>
      <p className="portal-page-lead">{lead}</p>
      {query.isError ? <ErrorAlert error={query.error} title={t('errors.loadFailed')} onRetry={() => void query.refetch()} /> : null}
      <Card>
        <ProcedureResultList
          heading={t('catalog.results.heading')}
          items={query.data?.items ?? []}
          total={query.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={query.isFetching}
          hideSector={hideSector}
          onPageChange={(page, pageSize) => setSearchParams(writePaging({ page, pageSize }))}
        />
      </Card>
    </div>
  );
}

export function SectorProceduresPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [searchParams] = useSearchParams();
  const sectors = useSectors();
  const procedures = useSectorProcedures(code, readPaging(searchParams));
  const sector = sectors.data?.find((candidate) => candidate.code === code);
  const name = sector?.name ?? procedures.data?.items[0]?.sector.name ?? code;
  return <ListPage kind="sector" title={t('catalog.sector.heading', { name })} lead={t('catalog.sector.lead')} query={procedures} hideSector />;
}

export function AgencyProceduresPage() {
  const { t } = useI18n();
  const { unitCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const agencies = useAgencies();
  const procedures = useAgencyProcedures(unitCode, readPaging(searchParams));
  const name = agencies.data?.find((candidate) => candidate.code === unitCode)?.name ?? unitCode;
  return <ListPage kind="agency" title={t('catalog.agencyPage.heading', { name })} lead={t('catalog.agencyPage.lead')} query={procedures} hideSector={false} />;
}
