import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { PageSpinner } from '@/components/page-spinner';
import { RouteErrorPage } from '@/components/route-error-page';
import { ForbiddenPage, NotFoundPage } from '@/components/status-page';
import { paths } from '@/config/paths';
import { LoginPage, RequirePermission } from '@/features/auth';
import { AgencyProceduresPage, ProcedureDetailPage, ProceduresAliasRedirect, ProcedureSearchPage, SectorProceduresPage } from '@/features/catalog';
import { AccountLoginPage, AccountProfilePage, AccountRegisterPage, RequireApplicant } from '@/features/portal-account';
import { PortalHomePage } from '@/features/portal-home';
import { DossierLookupPage, VerifyResultPage } from '@/features/public-lookup';
import { RolesPage } from '@/features/roles';
import { AdminHomePage } from './admin/admin-home-page';
import { AdminShell } from './admin/admin-shell';
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
  {
    element: <RequirePermission permission="org.read" />,
    children: [{ path: relative(paths.admin.calendar, '/admin'), lazy: () => import('@/features/calendar').then((m) => ({ Component: m.CalendarPage })) }],
  },
  // Any signed-in officer may work out a due date.
  { path: relative(paths.admin.dueDate, '/admin'), lazy: () => import('@/features/calendar').then((m) => ({ Component: m.DueDatePage })) },
  {
    // The procedure catalog back office; issuing a decision additionally needs catalog.publish (checked on the button and the server).
    element: <RequirePermission permission="catalog.manage" />,
    children: [
      { path: relative(paths.admin.catalogProcedures, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.AdminProceduresPage })) },
      { path: relative(paths.admin.catalogProcedureNew, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ProcedureCreatePage })) },
      { path: relative(paths.admin.catalogProcedure, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ProcedureEditPage })) },
      { path: relative(paths.admin.catalogProcedureVersions, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ProcedureVersionsPage })) },
      { path: relative(paths.admin.catalogProcedureRequirements, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ProcedureRequirementsPage })) },
      { path: relative(paths.admin.catalogDecisions, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.DecisionsPage })) },
      { path: relative(paths.admin.catalogDecisionNew, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.DecisionPage })) },
      { path: relative(paths.admin.catalogDecision, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.DecisionPage })) },
      { path: relative(paths.admin.catalogServiceLists, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ServiceListsPage })) },
      { path: relative(paths.admin.catalogServiceList, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ServiceListPage })) },
      { path: relative(paths.admin.catalogExchange, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.ExchangePage })) },
      { path: relative(paths.admin.catalogNationalUpdates, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.NationalUpdatesPage })) },
      { path: relative(paths.admin.catalogNationalUpdate, '/admin'), lazy: () => import('@/features/catalog-admin').then((m) => ({ Component: m.NationalUpdatePage })) },
    ],
  },
  // Internal workflows: control officers draft and submit, leaders approve; each page admits either permission.
  { path: relative(paths.admin.workflows, '/admin'), lazy: () => import('@/features/workflow').then((m) => ({ Component: m.WorkflowsPage })) },
  { path: relative(paths.admin.workflowNew, '/admin'), lazy: () => import('@/features/workflow').then((m) => ({ Component: m.WorkflowCreatePage })) },
  { path: relative(paths.admin.workflow, '/admin'), lazy: () => import('@/features/workflow').then((m) => ({ Component: m.WorkflowPage })) },
];

const dossierPage = (name: 'DeskReceivePage' | 'DeskRegisterPage' | 'DeskReturnsPage' | 'DossierQueuePage' | 'DossierPage' | 'DossierReceiptPage') => () =>
  import('@/features/dossiers').then((m) => ({ Component: m[name] }));

// The one-stop office: the desk receives and returns (dossier.receive); every officer works queues and dossiers (dossier.read).
adminPages.push(
  {
    element: <RequirePermission permission="dossier.receive" />,
    children: [
      { path: relative(paths.admin.deskReceive, '/admin'), lazy: dossierPage('DeskReceivePage') },
      { path: relative(paths.admin.deskRegister, '/admin'), lazy: dossierPage('DeskRegisterPage') },
      { path: relative(paths.admin.deskReturns, '/admin'), lazy: dossierPage('DeskReturnsPage') },
    ],
  },
  {
    element: <RequirePermission permission="dossier.read" />,
    children: [
      { path: relative(paths.admin.dossiers, '/admin'), lazy: dossierPage('DossierQueuePage') },
      { path: relative(paths.admin.dossier, '/admin'), lazy: dossierPage('DossierPage') },
      { path: relative(paths.admin.dossierReceipt, '/admin'), lazy: dossierPage('DossierReceiptPage') },
    ],
  },
);

// Online payments: desk officers and leaders reconcile what was paid for their units' dossiers.
adminPages.push({
  element: <RequirePermission permission="payment.reconcile" />,
  children: [{ path: relative(paths.admin.paymentReconciliation, '/admin'), lazy: () => import('@/features/payments/admin').then((m) => ({ Component: m.ReconciliationPage })) }],
});

// Citizens' ratings (Decree 61 indices) of the officer's agencies.
adminPages.push({
  element: <RequirePermission permission="dossier.read" />,
  children: [{ path: relative(paths.admin.evaluation, '/admin'), lazy: () => import('@/features/evaluation/admin').then((m) => ({ Component: m.EvaluationSummaryPage })) }],
});

const portalDossierPage = (name: 'ApplyPage' | 'MyDossiersPage' | 'PortalDossierPage') => () =>
  import('@/features/portal-dossiers').then((m) => ({ Component: m[name] }));

export const routes: RouteObject[] = [
  {
    path: paths.portal.home,
    element: <PortalShell />,
    HydrateFallback: PageSpinner,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, element: <PortalHomePage /> },
      { path: relative(paths.portal.procedures, '/'), element: <ProcedureSearchPage /> },
      { path: relative(paths.portal.proceduresBySector, '/'), element: <SectorProceduresPage /> },
      { path: relative(paths.portal.proceduresByAgency, '/'), element: <AgencyProceduresPage /> },
      { path: relative(paths.portal.procedureDetail, '/'), element: <ProcedureDetailPage /> },
      { path: `${relative(paths.portal.proceduresAlias, '/')}/*`, element: <ProceduresAliasRedirect /> },
      { path: relative(paths.portal.dossierLookup, '/'), element: <DossierLookupPage /> },
      { path: relative(paths.portal.dossierLookupCode, '/'), element: <DossierLookupPage /> },
      { path: relative(paths.portal.verifyResult, '/'), element: <VerifyResultPage /> },
      { path: relative(paths.portal.paymentReturn, '/'), lazy: () => import('@/features/payments').then((m) => ({ Component: m.PaymentReturnPage })) },
      { path: relative(paths.portal.accountLogin, '/'), element: <AccountLoginPage /> },
      { path: relative(paths.portal.accountRegister, '/'), element: <AccountRegisterPage /> },
      { element: <RequireApplicant />, children: [{ path: relative(paths.portal.accountProfile, '/'), element: <AccountProfilePage /> }] },
      {
        element: <RequireApplicant />,
        children: [{ path: relative(paths.portal.accountDocuments, '/'), lazy: () => import('@/features/document-store').then((m) => ({ Component: m.DocumentStorePage })) }],
      },
      {
        // Online applications and the applicant's dossiers load on demand (the e-form renderer is large).
        element: <RequireApplicant />,
        children: [
          { path: relative(paths.portal.apply, '/'), lazy: portalDossierPage('ApplyPage') },
          { path: relative(paths.portal.accountDossiers, '/'), lazy: portalDossierPage('MyDossiersPage') },
          { path: relative(paths.portal.accountDossier, '/'), lazy: portalDossierPage('PortalDossierPage') },
        ],
      },
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
