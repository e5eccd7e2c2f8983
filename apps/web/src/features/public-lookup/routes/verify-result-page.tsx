import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Skeleton } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useEResultVerification } from '../api/verify-e-result';

/**
 * `/verify/:code?t=…`, the address of an electronic result's QR code: whether the result is genuine and still
 * valid, with no personal data (Decree 45/2020).
 */
export function VerifyResultPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('t') ?? '';
  const verification = useEResultVerification(code, token);
  // A link without its token cannot match any result: no need to ask.
  const notFound = token.length < 8 || (isApiError(verification.error) && verification.error.status === 404);
  usePageTitle(t('portal.verify.pageTitle'));
  const data = verification.data;

  return (
    <div className="portal-container portal-page public-lookup-page" data-testid="verify-page">
      <h1 className="portal-page-title">{t('portal.verify.heading')}</h1>
      <div className="public-panel" aria-live="polite">
        {notFound ? (
          <Alert type="warning" showIcon title={t('portal.verify.notFoundTitle')} description={t('portal.verify.notFoundText')} data-testid="verify-not-found" />
        ) : null}
        {!notFound && verification.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {!notFound && verification.isError ? (
          <ErrorAlert error={verification.error} title={t('errors.loadFailed')} onRetry={() => void verification.refetch()} />
        ) : null}
        {data ? (
          <>
            <div className={`verify-status verify-status-${data.status}`} data-testid="verify-status" data-status={data.status}>
              {data.status === 'valid' ? <CheckCircleFilled aria-hidden className="verify-status-icon" /> : <CloseCircleFilled aria-hidden className="verify-status-icon" />}
              <div>
                <p className="verify-status-label" data-testid="verify-status-label">
                  {data.status === 'valid' ? t('portal.verify.valid') : t('portal.verify.revoked')}
                </p>
                <p className="verify-status-text">
                  {data.status === 'valid'
                    ? t('portal.verify.validText')
                    : data.revokedAt
                      ? t('portal.verify.revokedText', { date: formatDate(data.revokedAt) })
                      : t('portal.verify.revokedTextNoDate')}
                </p>
              </div>
            </div>
            <dl className="public-facts" data-testid="verify-facts">
              <div>
                <dt>{t('portal.verify.resultCode')}</dt>
                <dd>
                  <strong className="public-code" data-testid="verify-code">
                    {data.resultCode}
                  </strong>
                </dd>
              </div>
              <div>
                <dt>{t('portal.verify.procedure')}</dt>
                <dd lang="vi" data-testid="verify-procedure">{data.procedureName}</dd>
              </div>
              <div>
                <dt>{t('portal.verify.issuingBody')}</dt>
                <dd lang="vi" data-testid="verify-issuing-body">{data.issuingBody}</dd>
              </div>
              <div>
                <dt>{t('portal.verify.issuedAt')}</dt>
                <dd data-testid="verify-issued-at">{formatDate(data.issuedAt)}</dd>
              </div>
            </dl>
            <p className="public-note" data-testid="verify-recorded">
              {t('portal.verify.recorded', { at: formatDateTime(data.verifiedAt) })}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
