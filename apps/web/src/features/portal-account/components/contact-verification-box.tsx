import type { ContactChannel, ContactVerification } from '@motcua/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useContactVerification, useResendContactCode, useVerifyContact } from '../api/contact-verification';

/** Seconds until `seconds` (counted from `since`, a browser timestamp) have passed, ticking once a second. */
export function useSecondsLeft(seconds: number, since: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((since + seconds * 1000 - now) / 1000));
  const ticking = left > 0;
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking, since]);
  return left;
}

export const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * "Xác minh địa chỉ thư điện tử" / "Xác minh số điện thoại": the 6-digit code sent to the contact, "Gửi lại mã" with
 * its wait, and what verifying changes (only a verified contact receives the dossiers' notices). Nothing when every
 * contact is verified, except the success note right after verifying.
 */
export function ContactVerificationBox() {
  const { t } = useI18n();
  const { data: state, dataUpdatedAt } = useContactVerification();
  const [verified, setVerified] = useState<{ channel: ContactChannel; contact: string } | null>(null);
  if (!state) return null;
  return (
    <>
      {verified ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="account-verify-done"
          data-testid="contact-verify-success"
          title={t(`account.verify.done.${verified.channel}`, { contact: verified.contact })}
          description={t('account.verify.doneHelp')}
        />
      ) : null}
      {state.channel ? <VerifyPanel key={`${state.channel}:${state.contact}`} state={state} fetchedAt={dataUpdatedAt} onVerified={setVerified} /> : null}
    </>
  );
}

interface PanelProps {
  state: ContactVerification;
  fetchedAt: number;
  onVerified: (done: { channel: ContactChannel; contact: string }) => void;
}

function VerifyPanel({ state, fetchedAt, onVerified }: PanelProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ code: string }>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  // The last refusal of a typed code: once the code is void (expired, too many wrong tries) its field is gone, and the
  // reason is shown above instead.
  const [refusal, setRefusal] = useState<unknown>(null);
  const verify = useVerifyContact();
  const resend = useResendContactCode();
  const wait = useSecondsLeft(state.resendInSeconds, fetchedAt);
  const channel = state.channel!;
  const contact = state.contact ?? '';
  const code = state.code && state.code.channel === channel ? state.code : null;

  const submit = ({ code: typed }: { code: string }) => {
    clearError();
    verify.mutate({ code: typed.trim() }, {
      onSuccess: () => {
        form.resetFields();
        onVerified({ channel, contact });
      },
      onError: (error) => {
        setRefusal(error);
        handleError(error);
      },
    });
  };
  const askAgain = () => {
    clearError();
    setRefusal(null);
    form.resetFields();
    resend.mutate({ channel }, { onError: handleError });
  };

  // "Gửi lại mã" once a code went out in this visit (the refusal of a void one says to press it), else "Gửi mã xác minh".
  const again = Boolean(code || refusal);
  const buttonText = again ? t('account.verify.resend') : t('account.verify.send');
  const lead = !code
    ? t('account.verify.noCode', { contact, button: buttonText })
    : code.sentAt && code.expiresAt
      ? t(`account.verify.sent.${channel}`, { contact, until: formatDateTime(code.expiresAt) })
      : t('account.verify.sending', { contact });

  return (
    <section className="account-verify" aria-labelledby="account-verify-title" data-testid="contact-verify-box" data-channel={channel}>
      <h2 id="account-verify-title" className="account-verify-title">{t(`account.verify.title.${channel}`)}</h2>
      <p className="account-verify-lead" aria-live="polite" data-testid="contact-verify-lead">{lead}</p>
      <p className="account-note">{t('account.verify.why')}</p>
      {code?.logged ? <Alert type="warning" showIcon className="account-verify-logged" title={t(`account.verify.logged.${channel}`)} /> : null}
      {generalError ? <ErrorAlert error={generalError} /> : !code && refusal ? <ErrorAlert error={refusal} /> : null}
      <Form<{ code: string }> form={form} name="portal-verify-contact" layout="vertical" requiredMark={false} onFinish={submit} disabled={verify.isPending} className="account-verify-form">
        {code ? (
          <div className="account-verify-row">
            <Form.Item
              name="code"
              label={t('account.verify.code')}
              extra={t('account.verify.codeHelp')}
              rules={[{ required: true, message: t('account.verify.codeRequired') }, { pattern: /^\s*\d{6}\s*$/, message: t('account.verify.codeFormat') }]}
            >
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} spellCheck={false} className="account-verify-input" data-testid="contact-verify-code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={verify.isPending} className="account-verify-submit" data-testid="contact-verify-submit">
              {t('account.verify.submit')}
            </Button>
          </div>
        ) : null}
        <Button onClick={askAgain} disabled={wait > 0 || resend.isPending} loading={resend.isPending} className={code ? 'account-verify-resend-inline' : undefined} data-testid="contact-verify-resend">
          {wait === 0 ? buttonText : again ? t('account.verify.resendIn', { time: mmss(wait) }) : t('account.verify.sendIn', { time: mmss(wait) })}
        </Button>
      </Form>
    </section>
  );
}
