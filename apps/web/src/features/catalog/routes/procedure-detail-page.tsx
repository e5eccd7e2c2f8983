import { FormOutlined } from '@ant-design/icons';
import { Flex, Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useProcedure } from '../api/get-procedure';
import { OnlineLevelTag } from '../components/catalog-tags';
import { CatalogBreadcrumb } from '../components/catalog-breadcrumb';
import { ProcedureDetailView } from '../components/procedure-detail-view';

export function ProcedureDetailPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const procedure = useProcedure(code);
  const notFound = isApiError(procedure.error) && procedure.error.status === 404;
  usePageTitle(procedure.data?.name ?? (notFound ? t('catalog.detail.notFoundTitle') : t('catalog.detail.pageTitle')));
  const crumbs = [{ to: paths.portal.procedures, label: t('catalog.search.heading') }];

  if (notFound) {
    return (
      <div className="portal-container portal-page">
        <Result
          status="404"
          title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('catalog.detail.notFoundTitle')}</h1>}
          subTitle={<span style={{ color: 'rgba(0,0,0,0.72)' }}>{t('catalog.detail.notFoundText', { code })}</span>}
          extra={<ButtonLink type="primary" to={paths.portal.procedures}>{t('catalog.detail.backToSearch')}</ButtonLink>}
        />
      </div>
    );
  }

  return (
    <div className="portal-container portal-page" data-testid="procedure-detail-page">
      <CatalogBreadcrumb items={crumbs} current={procedure.data?.name ?? code} />
      {procedure.isError ? <ErrorAlert error={procedure.error} title={t('errors.loadFailed')} onRetry={() => void procedure.refetch()} /> : null}
      {procedure.isPending ? (
        <>
          <h1 className="portal-page-title">{t('catalog.detail.pageTitle')}</h1>
          <Skeleton active paragraph={{ rows: 12 }} />
        </>
      ) : null}
      {procedure.data ? (
        <>
          <h1 className="portal-page-title" data-testid="procedure-name" lang="vi">
            {procedure.data.name}
          </h1>
          <Flex gap={8} wrap align="center" className="procedure-heading-meta">
            <span>
              {t('catalog.field.code')}: <strong>{procedure.data.code}</strong>
            </span>
            <span aria-hidden>·</span>
            <span>{procedure.data.sector.name}</span>
            <OnlineLevelTag level={procedure.data.onlineLevel} />
          </Flex>
          {/* The server says whether the province takes it online: adopted, offered online, a workflow at its agency. */}
          {procedure.data.applyOnline ? (
            <Flex wrap align="center" gap="8px 16px" style={{ margin: '12px 0 16px' }} data-testid="procedure-apply-box">
              <ButtonLink type="primary" size="large" icon={<FormOutlined aria-hidden />} to={paths.portal.apply.replace(':procedureCode', encodeURIComponent(procedure.data.code))} data-testid="procedure-apply">
                {t('portalDossiers.applyOnline')}
              </ButtonLink>
              <span className="muted-text">{t('portalDossiers.applyOnlineHint')}</span>
            </Flex>
          ) : null}
          <ProcedureDetailView procedure={procedure.data} />
        </>
      ) : null}
    </div>
  );
}
