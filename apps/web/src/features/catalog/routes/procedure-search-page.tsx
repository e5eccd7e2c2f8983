import { Card, Col, Row } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useProcedureSearch } from '../api/search-procedures';
import { BrowseLinks } from '../components/browse-links';
import { CatalogBreadcrumb } from '../components/catalog-breadcrumb';
import { ProcedureResultList } from '../components/procedure-result-list';
import { ProcedureSearchForm } from '../components/procedure-search-form';
import { readSearchState, writeSearchState, type ProcedureSearchState } from '../lib/search-params';

export function ProcedureSearchPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readSearchState(searchParams);
  usePageTitle(state.q ? t('catalog.search.pageTitleFor', { q: state.q }) : t('catalog.search.pageTitle'));
  const { q, ...rest } = state;
  const results = useProcedureSearch({ ...rest, q: q || undefined });
  const update = (next: Partial<ProcedureSearchState>) => setSearchParams(writeSearchState({ ...state, ...next }));

  return (
    <div className="portal-container portal-page" data-testid="procedure-search-page">
      <CatalogBreadcrumb items={[]} current={t('catalog.search.heading')} />
      <h1 className="portal-page-title">{t('catalog.search.heading')}</h1>
      <p className="portal-page-lead">{t('catalog.search.lead')}</p>
      <Card className="catalog-search-card">
        <ProcedureSearchForm value={state} onChange={(filters) => update({ ...filters, page: 1 })} />
      </Card>
      <Row gutter={[24, 24]} style={{ marginTop: 24 }}>
        <Col xs={24} lg={16}>
          {results.isError ? <ErrorAlert error={results.error} title={t('errors.loadFailed')} onRetry={() => void results.refetch()} /> : null}
          <ProcedureResultList
            heading={state.q ? t('catalog.results.headingFor', { q: state.q }) : t('catalog.results.heading')}
            items={results.data?.items ?? []}
            total={results.data?.total ?? 0}
            page={state.page}
            pageSize={state.pageSize}
            loading={results.isFetching}
            onPageChange={(page, pageSize) => update({ page, pageSize })}
          />
        </Col>
        <Col xs={24} lg={8}>
          <aside aria-label={t('catalog.browse.label')} className="browse-aside">
            <BrowseLinks />
          </aside>
        </Col>
      </Row>
    </div>
  );
}
