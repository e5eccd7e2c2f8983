import type { RegisterApplicantBody } from '@motcua/shared';
import { Button, Form, Input, Radio } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useRegister } from '../api/register';
import { passwordRule } from '../lib/rules';

interface RegisterValues {
  kind: 'individual' | 'organisation';
  fullName: string;
  organisationName?: string;
  taxCode?: string;
  email?: string;
  phone?: string;
  password: string;
  confirmPassword: string;
}

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The registration's details; once sent, `onRegistered` gets them for the code step (the answer says nothing more). */
export function RegisterForm({ onRegistered }: { onRegistered: (body: RegisterApplicantBody) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RegisterValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const register = useRegister();
  const kind = Form.useWatch('kind', form) ?? 'individual';

  const submit = (values: RegisterValues) => {
    clearError();
    const contact = { fullName: values.fullName.trim(), email: blankToNull(values.email), phone: blankToNull(values.phone), password: values.password };
    const body: RegisterApplicantBody = values.kind === 'organisation'
      ? { kind: 'organisation', ...contact, organisationName: values.organisationName?.trim() ?? '', taxCode: values.taxCode?.trim() ?? '' }
      : { kind: 'individual', ...contact };
    register.mutate(body, { onSuccess: () => onRegistered(body), onError: handleError });
  };

  const contactRequired = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, value: string | undefined) =>
      value?.trim() || String(getFieldValue('phone') ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(t('account.register.contactRequired'))),
  });

  return (
    <Form<RegisterValues> form={form} name="portal-register" layout="vertical" requiredMark="optional" initialValues={{ kind: 'individual' }} onFinish={submit} disabled={register.isPending}>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form.Item name="kind" label={t('account.register.kind')}>
        <Radio.Group aria-label={t('account.register.kind')} data-testid="account-register-kind">
          <Radio value="individual">{t('account.register.kindIndividual')}</Radio>
          <Radio value="organisation">{t('account.register.kindOrganisation')}</Radio>
        </Radio.Group>
      </Form.Item>
      {kind === 'organisation' ? (
        <>
          <Form.Item name="organisationName" label={t('account.register.organisationName')} rules={[{ required: true, whitespace: true, message: t('account.register.organisationNameRequired') }]}>
            <Input autoComplete="organization" data-testid="account-register-organisation" />
          </Form.Item>
          <Form.Item name="taxCode" label={t('account.register.taxCode')} rules={[{ required: true, whitespace: true, message: t('account.register.taxCodeRequired') }]}>
            <Input inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={14} data-testid="account-register-tax-code" />
          </Form.Item>
        </>
      ) : null}
      <Form.Item
        name="fullName"
        label={kind === 'organisation' ? t('account.register.representative') : t('account.register.fullName')}
        rules={[{ required: true, whitespace: true, message: t('account.register.fullNameRequired') }]}
      >
        <Input autoComplete="name" data-testid="account-register-full-name" />
      </Form.Item>
      <Form.Item name="email" label={t('account.register.email')} extra={t('account.register.contactHelp')} dependencies={['phone']} rules={[contactRequired, { type: 'email', message: t('account.register.emailInvalid') }]}>
        <Input type="email" autoComplete="email" autoCapitalize="none" spellCheck={false} data-testid="account-register-email" />
      </Form.Item>
      <Form.Item name="phone" label={t('account.register.phone')}>
        <Input type="tel" inputMode="tel" autoComplete="tel" data-testid="account-register-phone" />
      </Form.Item>
      <Form.Item name="password" label={t('account.register.password')} extra={t('account.register.passwordHelp')} rules={[{ required: true, message: t('account.login.passwordRequired') }, passwordRule(t('account.register.passwordRule'))]}>
        <Input.Password autoComplete="new-password" data-testid="account-register-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.register.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('account.login.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('account.register.confirmMismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="account-register-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={register.isPending} data-testid="account-register-submit">
        {t('account.register.submit')}
      </Button>
    </Form>
  );
}
