import { Alert, Card, Flex, Typography } from 'antd';
import { LanguageSwitch } from '@/components/language-switch';
import { mainContentId } from '@/components/skip-link';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { TotpEnrolment } from '../components/totp-enrolment';
import { UserMenu } from '../components/user-menu';

/** The only page an administrator without a second factor may use, until they enable one. */
export function TotpEnrolmentPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.totp.pageTitle'), 'admin');
  return (
    <main id={mainContentId} tabIndex={-1} className="login-main">
      <Card className="totp-card">
        <Flex justify="space-between" align="start" gap={12} wrap>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {t('auth.totp.heading')}
          </Typography.Title>
          <Flex gap={8} align="center">
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Flex>
        <Alert type="warning" showIcon title={t('auth.totp.intro')} style={{ margin: '16px 0' }} />
        <TotpEnrolment />
      </Card>
    </main>
  );
}
