import { Card, Col, List, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCan, useSession } from '@/features/auth';
import { useRoleName } from '@/features/roles';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { visibleNavItems } from './admin-navigation';

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
          <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('admin.home.rolesTitle')}</Typography.Title>}>
            {me.roles.length === 0 ? (
              <Typography.Paragraph>{t('admin.home.noRoles')}</Typography.Paragraph>
            ) : (
              <List
                dataSource={me.roles}
                data-testid="current-user-roles"
                renderItem={(assignment) => (
                  <List.Item key={`${assignment.role}@${assignment.orgUnitId}`}>
                    {t('admin.home.roleAt', { role: roleName(assignment.role), unit: assignment.orgUnitName })}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('admin.home.shortcutsTitle')}</Typography.Title>}>
            <List
              dataSource={shortcuts}
              renderItem={(item) => (
                <List.Item key={item.path}>
                  <List.Item.Meta
                    avatar={<span aria-hidden className="shortcut-icon">{item.icon}</span>}
                    title={<Link to={item.path}>{t(item.label)}</Link>}
                    description={item.description ? t(item.description) : null}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
