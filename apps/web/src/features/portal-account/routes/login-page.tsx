import { Alert, App } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useApplicant } from '../api/get-applicant';
import { LoginForm } from '../components/login-form';
import { ProviderLoginButton } from '../components/provider-login-button';
import { safePortalPath } from '../lib/paths';

/** `/account/login?next=…`: e-mail or phone and password, or the identity provider when one is configured. */
export function AccountLoginPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: applicant } = useApplicant();
  usePageTitle(t('account.login.pageTitle'));
  const next = safePortalPath(params.get('next'), paths.portal.home);

  if (applicant) return <Navigate to={next} replace />;
  return (
    <div className="portal-container portal-page account-page" data-testid="account-login-page">
      <div className="account-card">
        <h1 className="portal-page-title">{t('account.login.heading')}</h1>
        <p className="portal-page-lead">{t('account.login.lead')}</p>
        {params.get('error') === 'oidc' ? <Alert type="error" showIcon role="alert" title={t('account.login.oidcFailed')} style={{ marginBottom: 16 }} /> : null}
        <LoginForm
          onSignedIn={() => {
            void message.success(t('account.login.success'));
            void navigate(next, { replace: true });
          }}
        />
        <ProviderLoginButton returnTo={params.get('next') ? next : null} />
        <p className="account-switch">
          {t('account.login.noAccount')} <Link to={paths.portal.accountRegister} data-testid="account-to-register">{t('account.login.registerLink')}</Link>
        </p>
      </div>
    </div>
  );
}
