import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';

/** `/thu-tuc/…` (the Vietnamese address printed on leaflets) leads to the same page under `/procedures/…`. */
export function ProceduresAliasRedirect() {
  const { pathname, search } = useLocation();
  const rest = pathname.replace(/^\/thu-tuc/, '');
  return <Navigate to={`${paths.portal.procedures}${rest}${search}`} replace />;
}
