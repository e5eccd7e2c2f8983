import type { ReactNode } from 'react';
import { ForbiddenPage } from '@/components/status-page';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';

/** Control officers (workflow.manage) and leaders (workflow.approve) both work with workflows. */
export function useWorkflowAccess() {
  const can = useCan();
  return { manage: can('workflow.manage'), approve: can('workflow.approve'), any: can('workflow.manage') || can('workflow.approve') };
}

export function WorkflowAccessGate({ children }: { children: ReactNode }) {
  const access = useWorkflowAccess();
  return access.any ? <>{children}</> : <ForbiddenPage homePath={paths.admin.home} shell="admin" />;
}
