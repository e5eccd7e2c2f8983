import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { mainContentId } from '@/components/skip-link';
import { ForbiddenPage } from '@/components/status-page';
import { paths } from '@/config/paths';
import { loginPathFor, TotpEnrolmentPage, useMe } from '@/features/auth';
import { AdminLayout } from './admin-layout';

/**
 * The back-office session gate: signed-out visitors go to the login page (and come back after),
 * administrators without a second factor see only the enrolment page.
 */
export function AdminShell() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <PageSpinner />;
  if (me.isError) {
    return (
      <main id={mainContentId} className="login-main">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`, paths.admin.login)} replace />;
  }
  if (me.data.kind !== 'officer') {
    return (
      <main id={mainContentId}>
        <ForbiddenPage homePath={paths.portal.home} shell="admin" />
      </main>
    );
  }
  if (me.data.mustEnrolTotp) return <TotpEnrolmentPage />;
  return <AdminLayout />;
}
