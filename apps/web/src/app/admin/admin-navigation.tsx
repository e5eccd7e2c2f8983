import { ApartmentOutlined, AuditOutlined, HomeOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import { CalculatorOutlined, CalendarOutlined } from '@ant-design/icons';
import { CloudSyncOutlined, FileDoneOutlined, ProfileOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { BookOutlined, ExportOutlined, FileAddOutlined, InboxOutlined } from '@ant-design/icons';
import { DiffOutlined, PartitionOutlined } from '@ant-design/icons';
import { ReconciliationOutlined } from '@ant-design/icons';
import { StarOutlined } from '@ant-design/icons';
import type { Permission } from '@motcua/shared';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { MessageKey } from '@/i18n';

export interface AdminNavItem {
  path: string;
  label: MessageKey;
  description?: MessageKey;
  icon: ReactNode;
  /** Shown only to holders of this permission (of any of them, for a list); the route is guarded by the same. */
  permission?: Permission | readonly Permission[];
}

export const adminNavItems: AdminNavItem[] = [
  { path: paths.admin.home, label: 'admin.menu.home', icon: <HomeOutlined /> },
  { path: paths.admin.deskReceive, label: 'dossiers.menu.receive', description: 'dossiers.menu.receiveText', icon: <FileAddOutlined />, permission: 'dossier.receive' },
  { path: paths.admin.dossiers, label: 'dossiers.menu.queues', description: 'dossiers.menu.queuesText', icon: <InboxOutlined />, permission: 'dossier.read' },
  { path: paths.admin.deskReturns, label: 'dossiers.menu.returns', description: 'dossiers.menu.returnsText', icon: <ExportOutlined />, permission: 'dossier.receive' },
  { path: paths.admin.deskRegister, label: 'dossiers.menu.register', description: 'dossiers.menu.registerText', icon: <BookOutlined />, permission: 'dossier.receive' },
  { path: paths.admin.paymentReconciliation, label: 'payments.menu.reconciliation', description: 'payments.menu.reconciliationText', icon: <ReconciliationOutlined />, permission: 'payment.reconcile' },
  { path: paths.admin.evaluation, label: 'evaluation.menu.summary', description: 'evaluation.menu.summaryText', icon: <StarOutlined />, permission: 'dossier.read' },
  { path: paths.admin.orgUnits, label: 'admin.menu.orgUnits', description: 'admin.home.orgUnitsText', icon: <ApartmentOutlined />, permission: 'org.read' },
  { path: paths.admin.officers, label: 'admin.menu.officers', description: 'admin.home.officersText', icon: <TeamOutlined />, permission: 'officer.read' },
  { path: paths.admin.roles, label: 'admin.menu.roles', description: 'admin.home.rolesText', icon: <SafetyOutlined />, permission: 'officer.read' },
  { path: paths.admin.audit, label: 'admin.menu.audit', description: 'admin.home.auditText', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: paths.admin.calendar, label: 'admin.menu.calendar', description: 'admin.home.calendarText', icon: <CalendarOutlined />, permission: 'org.read' },
  { path: paths.admin.dueDate, label: 'admin.menu.dueDate', description: 'admin.home.dueDateText', icon: <CalculatorOutlined /> },
  { path: paths.admin.catalogProcedures, label: 'catalogAdmin.menu.procedures', description: 'catalogAdmin.menu.proceduresText', icon: <ProfileOutlined />, permission: 'catalog.manage' },
  { path: paths.admin.catalogDecisions, label: 'catalogAdmin.menu.decisions', description: 'catalogAdmin.menu.decisionsText', icon: <FileDoneOutlined />, permission: 'catalog.manage' },
  { path: paths.admin.catalogServiceLists, label: 'catalogAdmin.menu.serviceLists', description: 'catalogAdmin.menu.serviceListsText', icon: <UnorderedListOutlined />, permission: 'catalog.manage' },
  { path: paths.admin.catalogExchange, label: 'catalogAdmin.menu.exchange', description: 'catalogAdmin.menu.exchangeText', icon: <CloudSyncOutlined />, permission: 'catalog.manage' },
  { path: paths.admin.catalogNationalUpdates, label: 'nationalUpdates.menu', description: 'nationalUpdates.menuText', icon: <DiffOutlined />, permission: 'catalog.manage' },
  { path: paths.admin.workflows, label: 'workflow.menu.workflows', description: 'workflow.menu.workflowsText', icon: <PartitionOutlined />, permission: ['workflow.manage', 'workflow.approve'] },
];

export function visibleNavItems(can: (permission: Permission) => boolean): AdminNavItem[] {
  return adminNavItems.filter((item) => !item.permission || [item.permission].flat().some(can));
}
