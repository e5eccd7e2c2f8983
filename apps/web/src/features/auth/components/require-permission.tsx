import type { Permission } from '@motcua/shared';
import { Outlet } from 'react-router';
import { ForbiddenPage } from '@/components/status-page';
import { paths } from '@/config/paths';
import { useCan } from '../lib/session';

/** Route guard: the page renders only for holders of the permission, others see 403. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const can = useCan();
  return can(permission) ? <Outlet /> : <ForbiddenPage homePath={paths.admin.home} shell="admin" />;
}
