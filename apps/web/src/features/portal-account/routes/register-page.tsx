import { App } from 'antd';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { RegisterForm } from '../components/register-form';
import { ProviderLoginButton } from '../components/provider-login-button';

/** `/account/register`: a citizen or a business opens an account and is signed in straight away. */
export function AccountRegisterPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  usePageTitle(t('account.register.pageTitle'));
  return (
    <div className="portal-container portal-page account-page" data-testid="account-register-page">
      <div className="account-card">
        <h1 className="portal-page-title">{t('account.register.heading')}</h1>
        <p className="portal-page-lead">{t('account.register.lead')}</p>
        <RegisterForm
          onRegistered={() => {
            void message.success(t('account.register.success'));
            void navigate(paths.portal.accountProfile, { replace: true });
          }}
        />
        <ProviderLoginButton returnTo={null} />
        <p className="account-switch">
          {t('account.register.haveAccount')} <Link to={paths.portal.accountLogin}>{t('account.register.loginLink')}</Link>
        </p>
      </div>
    </div>
  );
}
