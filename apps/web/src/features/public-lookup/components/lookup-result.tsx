import { Alert, Skeleton, Tag } from 'antd';
import { generatePath, Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { dossierStatusColor } from '@/lib/dossier-status';
import { usePublicDossier } from '../api/get-public-dossier';

/** The code, its status and the time of the last change, or a plain message when no dossier has that code. */
export function LookupResult({ code }: { code: string }) {
  const { t, tOptional, locale } = useI18n();
  const dossier = usePublicDossier(code);
  const notFound = isApiError(dossier.error) && dossier.error.status === 404;

  return (
    <section className="lookup-result" aria-labelledby="lookup-result-heading" aria-live="polite" aria-busy={dossier.isPending}>
      <h2 id="lookup-result-heading" className="section-heading">
        {t('portal.lookup.resultHeading')}
      </h2>
      {dossier.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {notFound ? (
        <Alert
          type="warning"
          showIcon
          title={t('portal.lookup.notFoundTitle')}
          description={t('portal.lookup.notFoundText', { code })}
          data-testid="lookup-not-found"
        />
      ) : null}
      {dossier.isError && !notFound ? <ErrorAlert error={dossier.error} title={t('errors.loadFailed')} onRetry={() => void dossier.refetch()} /> : null}
      {dossier.data ? (
        <dl className="public-facts" data-testid="lookup-result">
          <div>
            <dt>{t('portal.lookup.code')}</dt>
            <dd>
              <strong className="public-code" data-testid="lookup-code">
                {dossier.data.code}
              </strong>
            </dd>
          </div>
          <div>
            <dt>{t('portal.lookup.status')}</dt>
            <dd>
              <Tag color={dossierStatusColor(dossier.data.status)} className="public-status-tag" data-testid="lookup-status" data-status={dossier.data.status}>
                {locale === 'vi' ? dossier.data.statusLabel : (tOptional(`dossiers.status.${dossier.data.status}`) ?? dossier.data.statusLabel)}
              </Tag>
            </dd>
          </div>
          <div>
            <dt>{t('portal.lookup.updatedAt')}</dt>
            <dd data-testid="lookup-updated-at">{formatDateTime(dossier.data.updatedAt)}</dd>
          </div>
        </dl>
      ) : null}
      {dossier.data?.ownDossierId ? (
        <Link to={generatePath(paths.portal.accountDossier, { id: dossier.data.ownDossierId })} data-testid="lookup-own-dossier">
          {t('portal.lookup.ownDossier')}
        </Link>
      ) : null}
      {dossier.data && !dossier.data.ownDossierId ? <p className="muted-text">{t('portal.lookup.moreWhenSignedIn')}</p> : null}
    </section>
  );
}
