import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { mainContentId, SkipLink } from '@/components/skip-link';
import { PortalFooter } from './portal-footer';
import { PortalHeader } from './portal-header';

export function PortalShell() {
  return (
    <Layout className="portal-layout">
      <SkipLink />
      <PortalHeader />
      <Layout.Content id={mainContentId} tabIndex={-1} className="portal-content">
        <Outlet />
      </Layout.Content>
      <PortalFooter />
    </Layout>
  );
}
