import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { PageSpinner } from '@/components/page-spinner';
import { RouteErrorPage } from '@/components/route-error-page';
import { ForbiddenPage, NotFoundPage } from '@/components/status-page';
import { paths } from '@/config/paths';
import { LoginPage, RequirePermission } from '@/features/auth';
import { PortalHomePage } from '@/features/portal-home';
import { RolesPage } from '@/features/roles';
import { AdminHomePage } from './admin/admin-home-page';
import { AdminShell } from './admin/admin-shell';
import { DossierLookupPlaceholderPage, ProceduresPlaceholderPage } from './portal/portal-placeholder-pages';
import { PortalShell } from './portal/portal-shell';

const relative = (path: string, base: string) => path.slice(base.length).replace(/^\//, '');

// Back-office pages load on demand, so citizens on the portal never download them.
const adminPages: RouteObject[] = [
  {
    element: <RequirePermission permission="org.read" />,
    children: [{ path: relative(paths.admin.orgUnits, '/admin'), lazy: () => import('@/features/org-units').then((m) => ({ Component: m.OrgUnitsPage })) }],
  },
  {
    element: <RequirePermission permission="officer.read" />,
    children: [
      { path: relative(paths.admin.officers, '/admin'), lazy: () => import('@/features/officers').then((m) => ({ Component: m.OfficersPage })) },
      // Static: the home page and officer forms already need the roles feature for role names.
      { path: relative(paths.admin.roles, '/admin'), element: <RolesPage /> },
    ],
  },
  {
    element: <RequirePermission permission="audit.read" />,
    children: [{ path: relative(paths.admin.audit, '/admin'), lazy: () => import('@/features/audit').then((m) => ({ Component: m.AuditPage })) }],
  },
];

export const routes: RouteObject[] = [
  {
    path: paths.portal.home,
    element: <PortalShell />,
    HydrateFallback: PageSpinner,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, element: <PortalHomePage /> },
      { path: relative(paths.portal.procedures, '/'), element: <ProceduresPlaceholderPage /> },
      { path: relative(paths.portal.dossierLookup, '/'), element: <DossierLookupPlaceholderPage /> },
      { path: relative(paths.portal.forbidden, '/'), element: <ForbiddenPage homePath={paths.portal.home} shell="portal" /> },
      { path: '*', element: <NotFoundPage homePath={paths.portal.home} shell="portal" /> },
    ],
  },
  { path: paths.admin.login, element: <LoginPage />, ErrorBoundary: RouteErrorPage },
  {
    path: paths.admin.home,
    element: <AdminShell />,
    HydrateFallback: PageSpinner,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, element: <AdminHomePage /> },
      ...adminPages,
      { path: '*', element: <NotFoundPage homePath={paths.admin.home} shell="admin" /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
