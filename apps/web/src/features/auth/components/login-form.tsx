import type { LoginBody, Me } from '@motcua/shared';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { applyServerFieldErrors } from '@/lib/form-errors';
import { useLogin } from '../api/login';

interface LoginValues {
  username: string;
  password: string;
  totpCode?: string;
}

export function LoginForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const [form] = Form.useForm<LoginValues>();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const login = useLogin();

  const handleError = (error: unknown) => {
    if (isApiError(error) && error.code === 'TOTP_REQUIRED') {
      setNeedsTotp(true);
      return;
    }
    if (isApiError(error) && error.code === 'TOTP_INVALID') {
      form.setFields([{ name: 'totpCode', value: '', errors: [describe(error)] }]);
      form.getFieldInstance('totpCode')?.focus?.();
      return;
    }
    if (applyServerFieldErrors(form, error) > 0) return;
    setGeneralError(error);
  };

  const submit = (values: LoginValues) => {
    setGeneralError(null);
    const body: LoginBody = { username: values.username.trim(), password: values.password };
    if (needsTotp && values.totpCode) body.totpCode = values.totpCode;
    login.mutate(body, { onSuccess: onSignedIn, onError: handleError });
  };

  return (
    <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={login.isPending}>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form.Item
        name="username"
        label={t('auth.login.username')}
        rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('auth.login.username').toLowerCase() }) }]}
      >
        <Input autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.login.password')}
        rules={[{ required: true, message: t('common.requiredField', { field: t('auth.login.password').toLowerCase() }) }]}
      >
        <Input.Password autoComplete="current-password" data-testid="login-password" />
      </Form.Item>
      {needsTotp ? (
        <Form.Item
          name="totpCode"
          label={t('auth.login.totp')}
          extra={t('auth.login.totpHelp')}
          rules={[
            { required: true, message: t('common.requiredField', { field: t('auth.totp.code').toLowerCase() }) },
            { pattern: /^\d{6}$/, message: t('auth.login.totpFormat') },
          ]}
        >
          <Input
            autoFocus
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            data-testid="login-totp"
          />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} data-testid="login-submit">
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
