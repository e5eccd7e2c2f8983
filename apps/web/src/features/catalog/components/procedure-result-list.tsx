import type { ProcedureSummary } from '@motcua/shared';
import { Empty, Flex, Pagination, Skeleton } from 'antd';
import { generatePath, Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { useCatalogLabels } from '../lib/labels';
import { pageSizeOptions } from '../lib/search-params';
import { OnlineLevelTag, ProcedureStatusTag } from './catalog-tags';

interface ProcedureResultListProps {
  items: ProcedureSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The list's own heading (an h2), named for screen readers. */
  heading: string;
  onPageChange: (page: number, pageSize: number) => void;
  /** Hide the sector line on a list that is already one sector. */
  hideSector?: boolean;
}

export function procedurePath(code: string): string {
  return generatePath(paths.portal.procedureDetail, { code });
}

export function sectorPath(code: string): string {
  return generatePath(paths.portal.proceduresBySector, { code });
}

export function agencyPath(unitCode: string): string {
  return generatePath(paths.portal.proceduresByAgency, { unitCode });
}

function ResultItem({ procedure, hideSector }: { procedure: ProcedureSummary; hideSector: boolean }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const timeLimit = labels.timeLimit(procedure.timeLimit);
  return (
    <li className="procedure-result" data-testid="procedure-result">
      <h3 className="procedure-result-title" lang="vi">
        <Link to={procedurePath(procedure.code)} data-testid="procedure-result-link">
          {procedure.name}
        </Link>
      </h3>
      <dl className="procedure-result-meta">
        <div>
          <dt>{t('catalog.field.code')}</dt>
          <dd data-testid="procedure-result-code">{procedure.code}</dd>
        </div>
        {hideSector ? null : (
          <div>
            <dt>{t('catalog.field.sector')}</dt>
            <dd>
              <Link to={sectorPath(procedure.sector.code)}>{procedure.sector.name}</Link>
            </dd>
          </div>
        )}
        {procedure.levels.length > 0 ? (
          <div>
            <dt>{t('catalog.field.levels')}</dt>
            <dd>{procedure.levels.map(labels.level).join(', ')}</dd>
          </div>
        ) : null}
        {timeLimit ? (
          <div>
            <dt>{t('catalog.field.timeLimit')}</dt>
            <dd>{timeLimit}</dd>
          </div>
        ) : null}
        {procedure.competentAgency ? (
          <div className="procedure-result-agency">
            <dt>{t('catalog.field.competentAgency')}</dt>
            <dd>{procedure.competentAgency}</dd>
          </div>
        ) : null}
      </dl>
      <Flex gap={4} wrap>
        <span className="sr-only">{t('catalog.field.onlineLevel')}:</span>
        <OnlineLevelTag level={procedure.onlineLevel} />
        {procedure.status !== 'published' ? <ProcedureStatusTag status={procedure.status} /> : null}
      </Flex>
    </li>
  );
}

/** Search hits and the lists by sector and agency: ranked as the server answers, with paging. */
export function ProcedureResultList({ items, total, page, pageSize, loading, heading, onPageChange, hideSector = false }: ProcedureResultListProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="procedure-results-heading" className="procedure-results" data-testid="procedure-results" aria-busy={loading}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <h2 id="procedure-results-heading" className="section-heading">
          {heading}
        </h2>
        <p role="status" className="muted-text" data-testid="procedure-results-total" style={{ margin: 0 }}>
          {loading && items.length === 0 ? t('app.loading') : t('catalog.results.found', { total })}
        </p>
      </Flex>
      {loading && items.length === 0 ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : items.length === 0 ? (
        <Empty description={t('catalog.results.empty')} />
      ) : (
        <ol className="procedure-result-list" start={(page - 1) * pageSize + 1}>
          {items.map((procedure) => (
            <ResultItem key={procedure.id} procedure={procedure} hideSector={hideSector} />
          ))}
        </ol>
      )}
      {total > pageSize || page > 1 ? (
        <Pagination
          current={page}
          pageSize={pageSize}
          total={total}
          showSizeChanger
          pageSizeOptions={pageSizeOptions}
          showTotal={(count) => t('common.total', { total: count })}
          onChange={(nextPage, nextPageSize) => onPageChange(nextPageSize === pageSize ? nextPage : 1, nextPageSize)}
          style={{ marginTop: 16 }}
          data-testid="procedure-results-pagination"
        />
      ) : null}
    </section>
  );
}
