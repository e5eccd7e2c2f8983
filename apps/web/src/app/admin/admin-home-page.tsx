import { Card, Col, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCan, useSession } from '@/features/auth';
import { useRoleName } from '@/features/roles';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { visibleNavItems } from './admin-navigation';

function CardHeading({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}

/** Placeholder dashboard: who you are, what you may do. Work queues arrive with the dossiers module. */
export function AdminHomePage() {
  const { t } = useI18n();
  usePageTitle(t('admin.home.pageTitle'), 'admin');
  const me = useSession();
  const can = useCan();
  const roleName = useRoleName();
  const shortcuts = visibleNavItems(can).filter((item) => item.description);

  return (
    <>
      <PageHeader title={t('admin.home.greeting', { name: me.fullName })} description={t('admin.home.intro')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={<CardHeading>{t('admin.home.rolesTitle')}</CardHeading>}>
            {me.roles.length === 0 ? (
              <Typography.Paragraph>{t('admin.home.noRoles')}</Typography.Paragraph>
            ) : (
              <ul className="plain-list" data-testid="current-user-roles">
                {me.roles.map((assignment) => (
                  <li key={`${assignment.role}@${assignment.orgUnitId}`}>
                    {t('admin.home.roleAt', { role: roleName(assignment.role), unit: assignment.orgUnitName })}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<CardHeading>{t('admin.home.shortcutsTitle')}</CardHeading>}>
            <ul className="plain-list">
              {shortcuts.map((item) => (
                <li key={item.path}>
                  <Flex gap={12} align="start">
                    <span aria-hidden className="shortcut-icon">{item.icon}</span>
                    <div>
                      <Link to={item.path} className="shortcut-link">{t(item.label)}</Link>
                      {item.description ? <div>{t(item.description)}</div> : null}
                    </div>
                  </Flex>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </>
  );
}
