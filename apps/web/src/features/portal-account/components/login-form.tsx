import type { ApplicantMe } from '@motcua/shared';
import { Button, Form, Input } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useLogIn } from '../api/log-in';

interface LoginValues {
  identifier: string;
  password: string;
}

export function LoginForm({ onSignedIn }: { onSignedIn: (me: ApplicantMe) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const logIn = useLogIn();

  const submit = (values: LoginValues) => {
    clearError();
    logIn.mutate({ identifier: values.identifier.trim(), password: values.password }, { onSuccess: onSignedIn, onError: handleError });
  };

  return (
    <Form<LoginValues> form={form} name="portal-login" layout="vertical" requiredMark={false} onFinish={submit} disabled={logIn.isPending}>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form.Item name="identifier" label={t('account.login.identifier')} rules={[{ required: true, whitespace: true, message: t('account.login.identifierRequired') }]}>
        <Input size="large" autoComplete="username" autoCapitalize="none" spellCheck={false} data-testid="account-login-identifier" />
      </Form.Item>
      <Form.Item name="password" label={t('account.login.password')} rules={[{ required: true, message: t('account.login.passwordRequired') }]}>
        <Input.Password size="large" autoComplete="current-password" data-testid="account-login-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={logIn.isPending} data-testid="account-login-submit">
        {t('account.login.submit')}
      </Button>
    </Form>
  );
}
