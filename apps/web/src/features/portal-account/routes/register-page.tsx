import type { RegisterApplicantBody } from '@motcua/shared';
import { App } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { RegisterCodeStep } from '../components/register-code-step';
import { RegisterForm } from '../components/register-form';
import { ProviderLoginButton } from '../components/provider-login-button';

/** `/account/register`: a citizen or a business opens an account, then types the code sent to its e-mail or phone to sign in. */
export function AccountRegisterPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [pending, setPending] = useState<RegisterApplicantBody | null>(null);
  usePageTitle(t('account.register.pageTitle'));
  return (
    <div className="portal-container portal-page account-page" data-testid="account-register-page">
      <div className="account-card">
        <h1 className="portal-page-title">{t('account.register.heading')}</h1>
        <p className="portal-page-lead">{t('account.register.lead')}</p>
        {/* Kept while the code step shows, so "Sửa thông tin đăng ký" finds what was typed. */}
        <div hidden={pending !== null}>
          <RegisterForm onRegistered={setPending} />
          <ProviderLoginButton returnTo={null} />
        </div>
        {pending ? (
          <RegisterCodeStep
            body={pending}
            onBack={() => setPending(null)}
            onConfirmed={() => {
              void message.success(t('account.register.success'));
              void navigate(paths.portal.accountProfile, { replace: true });
            }}
          />
        ) : null}
        <p className="account-switch">
          {t('account.register.haveAccount')} <Link to={paths.portal.accountLogin}>{t('account.register.loginLink')}</Link>
        </p>
      </div>
    </div>
  );
}
