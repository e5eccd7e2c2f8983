import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { useApplicant } from '../api/get-applicant';
import { loginPathWithNext } from '../lib/paths';

/** Route gate for pages of signed-in applicants: anyone else goes to the portal sign-in and comes back afterwards. */
export function RequireApplicant() {
  const location = useLocation();
  const { data: applicant, isPending, error, refetch } = useApplicant();
  if (isPending) return <PageSpinner />;
  if (error) return <div className="portal-container portal-page"><ErrorAlert error={error} onRetry={() => void refetch()} /></div>;
  if (!applicant) return <Navigate to={loginPathWithNext(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}
