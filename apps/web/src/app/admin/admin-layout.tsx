import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { mainContentId, SkipLink } from '@/components/skip-link';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth';
import { useI18n } from '@/i18n';
import { AdminSiderMenu } from './admin-sider-menu';

export function AdminLayout() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  // On narrow screens the menu floats over the page and closes after each choice.
  const [narrow, setNarrow] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="admin-layout">
      <SkipLink />
      <Layout.Header className="admin-header">
        <Flex align="center" gap={12} style={{ height: '100%' }}>
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            aria-label={collapsed ? t('admin.menu.expand') : t('admin.menu.collapse')}
            aria-expanded={!collapsed}
            aria-controls="admin-sider"
            onClick={() => setCollapsed((value) => !value)}
          />
          <Link to={paths.admin.home} className="admin-brand">
            <span className="brand-mark" aria-hidden>★</span>
            <span className="admin-brand-text">
              <span className="admin-brand-province">{t('app.provinceName')}</span>
              <span className="admin-brand-system">{t('app.backOfficeName')}</span>
            </span>
          </Link>
          <Flex align="center" gap={12} style={{ marginInlineStart: 'auto' }}>
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          id="admin-sider"
          width={240}
          collapsible
          collapsed={collapsed}
          collapsedWidth={0}
          breakpoint="lg"
          onBreakpoint={(broken) => {
            setNarrow(broken);
            setCollapsed(broken);
          }}
          trigger={null}
          className={narrow ? 'admin-sider admin-sider-floating' : 'admin-sider'}
        >
          {collapsed ? null : <AdminSiderMenu onNavigate={narrow ? () => setCollapsed(true) : undefined} />}
        </Layout.Sider>
        <Layout.Content id={mainContentId} tabIndex={-1} className="admin-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
