import { App, Card, Flex, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { PageSpinner } from '@/components/page-spinner';
import { mainContentId } from '@/components/skip-link';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useMe } from '../api/get-me';
import { LoginForm } from '../components/login-form';
import { safeNextPath } from '../lib/session';

export function LoginPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'), paths.admin.home);
  const me = useMe();
  usePageTitle(t('auth.login.pageTitle'), 'admin');

  if (me.isPending) return <PageSpinner />;
  if (me.data) return <Navigate to={next} replace />;

  return (
    <main id={mainContentId} tabIndex={-1} className="login-main">
      <Card className="login-card">
        <Flex justify="space-between" align="start" gap={12}>
          <div>
            <Typography.Text strong className="brand-overline">
              {`${t('app.provinceName')} · ${t('app.backOfficeName')}`}
            </Typography.Text>
            <Typography.Title level={1} style={{ fontSize: 26, margin: '4px 0 16px' }}>
              {t('auth.login.heading')}
            </Typography.Title>
          </div>
          <LanguageSwitch />
        </Flex>
        <LoginForm
          onSignedIn={() => {
            void message.success(t('auth.login.success'));
            void navigate(next, { replace: true });
          }}
        />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to={paths.portal.home}>{t('auth.login.backToPortal')}</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
