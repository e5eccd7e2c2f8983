import type { RegisterApplicantBody } from '@motcua/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useConfirmRegistration, useRegister } from '../api/register';
import { mmss, useSecondsLeft } from './contact-verification-box';

const RESEND_AFTER_SECONDS = 60;

interface Props {
  /** What was registered: the code is typed back with its contact and password; "Gửi lại mã" sends it again. */
  body: RegisterApplicantBody;
  onBack: () => void;
  onConfirmed: () => void;
}

/**
 * The second step of registration: the 6-digit code sent to the e-mail (else the phone) signs the new account in.
 * The page cannot know whether the address already had an account (the server answers alike), so it says both cases.
 */
export function RegisterCodeStep({ body, onBack, onConfirmed }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ code: string }>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const confirm = useConfirmRegistration();
  const resend = useRegister();
  const [sentAt, setSentAt] = useState(() => Date.now());
  const [resent, setResent] = useState(false);
  const wait = useSecondsLeft(RESEND_AFTER_SECONDS, sentAt);
  const contact = body.email ?? body.phone ?? '';

  const submit = ({ code }: { code: string }) => {
    clearError();
    confirm.mutate({ contact, code: code.trim(), password: body.password }, { onSuccess: onConfirmed, onError: handleError });
  };
  const askAgain = () => {
    clearError();
    setResent(false);
    resend.mutate(body, {
      onSuccess: () => {
        form.resetFields();
        setSentAt(Date.now());
        setResent(true);
      },
      onError: handleError,
    });
  };

  return (
    <section className="account-verify" aria-labelledby="account-register-code-title" data-testid="account-register-code-step">
      <h2 id="account-register-code-title" className="account-verify-title">{t('account.register.codeHeading')}</h2>
      <p className="account-verify-lead" data-testid="account-register-code-lead">{t('account.register.codeLead', { contact })}</p>
      <div aria-live="polite">{resent ? <Alert type="info" showIcon title={t('account.register.resent')} data-testid="account-register-resent" /> : null}</div>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<{ code: string }> form={form} name="portal-register-code" layout="vertical" requiredMark={false} onFinish={submit} disabled={confirm.isPending} className="account-verify-form">
        <div className="account-verify-row">
          <Form.Item
            name="code"
            label={t('account.register.code')}
            extra={t('account.register.codeHelp')}
            rules={[{ required: true, message: t('account.register.codeRequired') }, { pattern: /^\s*\d{6}\s*$/, message: t('account.register.codeFormat') }]}
          >
            <Input autoFocus inputMode="numeric" autoComplete="one-time-code" maxLength={6} spellCheck={false} className="account-verify-input" data-testid="account-register-code" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={confirm.isPending} className="account-verify-submit" data-testid="account-register-code-submit">
            {t('account.register.codeSubmit')}
          </Button>
        </div>
        <Button onClick={askAgain} disabled={wait > 0 || resend.isPending} loading={resend.isPending} className="account-verify-resend-inline" data-testid="account-register-resend">
          {wait === 0 ? t('account.register.resend') : t('account.register.resendIn', { time: mmss(wait) })}
        </Button>
        <Button type="link" onClick={onBack} data-testid="account-register-back">{t('account.register.back')}</Button>
      </Form>
    </section>
  );
}
