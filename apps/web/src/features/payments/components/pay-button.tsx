import { CreditCardOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useStartPayment } from '../api/start-payment';

/**
 * "Pay online" for a dossier waiting for its fees: opens an order for everything it owes and takes the browser to
 * the payment gateway, which brings it back to the payment result page.
 */
export function PayButton({ dossierId }: { dossierId: string }) {
  const { t } = useI18n();
  const start = useStartPayment();
  return (
    <>
      <Button
        type="primary"
        size="large"
        icon={<CreditCardOutlined aria-hidden />}
        loading={start.isPending || start.isSuccess}
        onClick={() =>
          start.mutate(dossierId, {
            onSuccess: ({ redirectUrl }) => window.location.assign(redirectUrl),
          })
        }
        data-testid="pay-online"
      >
        {t('payments.pay.button')}
      </Button>
      {start.isError ? (
        <div className="payment-pay-error">
          <ErrorAlert error={start.error} title={t('payments.pay.failed')} />
        </div>
      ) : null}
    </>
  );
}
