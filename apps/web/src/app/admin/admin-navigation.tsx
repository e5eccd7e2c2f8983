import { ApartmentOutlined, AuditOutlined, HomeOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@motcua/shared';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { MessageKey } from '@/i18n';

export interface AdminNavItem {
  path: string;
  label: MessageKey;
  description?: MessageKey;
  icon: ReactNode;
  /** Shown only to holders of this permission; the route is guarded by the same one. */
  permission?: Permission;
}

export const adminNavItems: AdminNavItem[] = [
  { path: paths.admin.home, label: 'admin.menu.home', icon: <HomeOutlined /> },
  { path: paths.admin.orgUnits, label: 'admin.menu.orgUnits', description: 'admin.home.orgUnitsText', icon: <ApartmentOutlined />, permission: 'org.read' },
  { path: paths.admin.officers, label: 'admin.menu.officers', description: 'admin.home.officersText', icon: <TeamOutlined />, permission: 'officer.read' },
  { path: paths.admin.roles, label: 'admin.menu.roles', description: 'admin.home.rolesText', icon: <SafetyOutlined />, permission: 'officer.read' },
  { path: paths.admin.audit, label: 'admin.menu.audit', description: 'admin.home.auditText', icon: <AuditOutlined />, permission: 'audit.read' },
];

export function visibleNavItems(can: (permission: Permission) => boolean): AdminNavItem[] {
  return adminNavItems.filter((item) => !item.permission || can(item.permission));
}
