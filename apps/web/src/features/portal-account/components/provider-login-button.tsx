import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Divider } from 'antd';
import { useI18n } from '@/i18n';
import { buildApiUrl } from '@/lib/api-client';
import { useAuthOptions } from '../api/get-auth-options';

/** "Sign in with VNeID": a full-page trip to the identity provider; shown only when the server has one configured. */
export function ProviderLoginButton({ returnTo }: { returnTo: string | null }) {
  const { t } = useI18n();
  const { data } = useAuthOptions();
  if (!data?.oidc || !data.providerName) return null;
  return (
    <>
      <Divider plain>{t('account.login.or')}</Divider>
      <Button
        size="large"
        block
        icon={<SafetyCertificateOutlined aria-hidden />}
        href={buildApiUrl('/portal/auth/oidc/start', { returnTo })}
        data-testid="account-login-oidc"
      >
        {t('account.login.withProvider', { provider: data.providerName })}
      </Button>
    </>
  );
}
