import type { PaymentReturnResult, PaymentStatus } from '@motcua/shared';
import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n, type MessageKey } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { usePaymentReturn } from '../api/get-payment-return';
import { formatVnd } from '@/lib/format';

const outcome: Record<PaymentStatus, { type: 'success' | 'info' | 'warning' | 'error'; title: MessageKey; text: MessageKey }> = {
  paid: { type: 'success', title: 'payments.return.paidTitle', text: 'payments.return.paidText' },
  pending: { type: 'info', title: 'payments.return.pendingTitle', text: 'payments.return.pendingText' },
  failed: { type: 'error', title: 'payments.return.failedTitle', text: 'payments.return.retryText' },
  cancelled: { type: 'warning', title: 'payments.return.cancelledTitle', text: 'payments.return.retryText' },
  expired: { type: 'warning', title: 'payments.return.expiredTitle', text: 'payments.return.retryText' },
};

function Outcome({ payment }: { payment: NonNullable<PaymentReturnResult['payment']> }) {
  const { t } = useI18n();
  const o = outcome[payment.status];
  const lookup = paths.portal.dossierLookupCode.replace(':code', encodeURIComponent(payment.dossierCode));
  return (
    <>
      <Alert type={o.type} showIcon title={t(o.title)} description={payment.failureReason ? `${payment.failureReason}. ${t(o.text)}` : t(o.text)} data-testid="payment-outcome" data-status={payment.status} />
      <dl className="payment-facts">
        <div>
          <dt>{t('payments.return.dossierCode')}</dt>
          <dd>
            <Link to={lookup}>{payment.dossierCode}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('payments.return.amount')}</dt>
          <dd className="payment-amount" data-testid="payment-amount">{formatVnd(payment.amount)}</dd>
        </div>
        {payment.providerTxnId ? (
          <div>
            <dt>{t('payments.return.transactionNo')}</dt>
            <dd data-testid="payment-transaction-no">{payment.providerTxnId}</dd>
          </div>
        ) : null}
        {payment.paidAt ? (
          <div>
            <dt>{t('payments.return.paidAt')}</dt>
            <dd>{formatDateTime(payment.paidAt)}</dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}

/** `/payment/return`: where the payment gateway sends the citizen back, with the outcome as our server knows it. */
export function PaymentReturnPage() {
  const { t } = useI18n();
  usePageTitle(t('payments.return.pageTitle'));
  const [search] = useSearchParams();
  const params = useMemo(() => Object.fromEntries([...search].filter(([name]) => name.startsWith('vnp_'))), [search]);
  const result = usePaymentReturn(params);
  const empty = Object.keys(params).length === 0;

  return (
    <div className="portal-container portal-page payment-return-page" data-testid="payment-return-page">
      <h1 className="portal-page-title">{t('payments.return.heading')}</h1>
      <section className="payment-panel" aria-live="polite" aria-busy={!empty && result.isPending}>
        {empty ? <Alert type="warning" showIcon title={t('payments.return.invalidTitle')} description={t('payments.return.emptyText')} /> : null}
        {!empty && result.isPending ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
        {result.isError ? <ErrorAlert error={result.error} title={t('errors.loadFailed')} onRetry={() => void result.refetch()} /> : null}
        {result.data && !result.data.signatureValid ? (
          <Alert type="error" showIcon title={t('payments.return.invalidTitle')} description={t('payments.return.invalidText')} data-testid="payment-invalid" />
        ) : null}
        {result.data?.signatureValid && !result.data.payment ? (
          <Alert type="warning" showIcon title={t('payments.return.unknownTitle')} description={t('payments.return.unknownText')} />
        ) : null}
        {result.data?.payment ? <Outcome payment={result.data.payment} /> : null}
      </section>
      <p className="payment-note">
        <Link to={paths.portal.home}>{t('payments.return.home')}</Link>
      </p>
    </div>
  );
}
