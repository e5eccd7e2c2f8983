import { App, Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useEnableTotp } from '../api/enable-totp';
import { useSetupTotp } from '../api/setup-totp';

/** Set-up, scan and confirm; `onEnabled` runs once the server accepted the first code. */
export function TotpEnrolment({ onEnabled }: { onEnabled?: () => void } = {}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<{ code: string }>();
  const setup = useSetupTotp();
  const enable = useEnableTotp();

  const confirm = ({ code }: { code: string }) =>
    enable.mutate(code, {
      onSuccess: () => {
        void message.success(t('auth.totp.enabled'));
        onEnabled?.();
      },
      onError: (error) => {
        if (isApiError(error) && error.status < 500) form.setFields([{ name: 'code', value: '', errors: [describe(error)] }]);
      },
    });

  return (
    <Flex vertical gap={16}>
      <section aria-labelledby="totp-step-1">
        <Typography.Title level={2} id="totp-step-1" style={{ fontSize: 18 }}>
          {t('auth.totp.step1')}
        </Typography.Title>
        {setup.isError ? <ErrorAlert error={setup.error} /> : null}
        <Button type={setup.data ? 'default' : 'primary'} loading={setup.isPending} onClick={() => setup.mutate()}>
          {t('auth.totp.generate')}
        </Button>
      </section>
      {setup.data ? (
        <>
          <section aria-labelledby="totp-step-2">
            <Typography.Title level={2} id="totp-step-2" style={{ fontSize: 18 }}>
              {t('auth.totp.step2')}
            </Typography.Title>
            <Flex gap={24} wrap align="start">
              {/* The QR code repeats the otpauth address printed next to it, so it is hidden from assistive tech. */}
              <div aria-hidden>
                <QRCode value={setup.data.otpauthUrl} size={176} />
              </div>
              <dl className="totp-secret">
                <dt>{t('auth.totp.secret')}</dt>
                <dd>
                  <Typography.Text code copyable data-testid="totp-secret">
                    {setup.data.secret}
                  </Typography.Text>
                </dd>
                <dt>{t('auth.totp.otpauthUrl')}</dt>
                <dd>
                  <Typography.Text copyable style={{ wordBreak: 'break-all' }} data-testid="totp-otpauth-url">
                    {setup.data.otpauthUrl}
                  </Typography.Text>
                </dd>
              </dl>
            </Flex>
          </section>
          <section aria-labelledby="totp-step-3">
            <Typography.Title level={2} id="totp-step-3" style={{ fontSize: 18 }}>
              {t('auth.totp.step3')}
            </Typography.Title>
            {enable.isError && !(isApiError(enable.error) && enable.error.status < 500) ? <ErrorAlert error={enable.error} /> : null}
            <Form form={form} layout="inline" onFinish={confirm} requiredMark={false}>
              <Form.Item
                name="code"
                label={t('auth.totp.code')}
                rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.login.totpFormat') }]}
              >
                <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="totp-code" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={enable.isPending} data-testid="totp-enable">
                {t('auth.totp.enable')}
              </Button>
            </Form>
          </section>
        </>
      ) : null}
    </Flex>
  );
}
