/** Every permission a route may declare. Modules add theirs here so the UI can show the same buttons. */
export const permissions = [
  'org.read',
  'org.manage',
  'officer.read',
  'officer.manage',
  'audit.read',
  'jobs.read',
  'files.upload',
  'calendar.manage',
  'catalog.manage',
  'catalog.publish',
  'workflow.manage',
  'workflow.approve',
  'dossier.read',
  'dossier.receive',
  'dossier.process',
  /** Revoke an electronic result (it then verifies as revoked). */
  'document.revoke',
  /** Payments received online: the daily reconciliation report. */
  'payment.reconcile',
] as const;
export type Permission = (typeof permissions)[number];

export const roleCodes = ['system_admin', 'control_officer', 'desk_officer', 'specialist', 'leader', 'viewer'] as const;
export type RoleCode = (typeof roleCodes)[number];

export interface RoleDefinition {
  code: RoleCode;
  name: { vi: string; en: string };
  permissions: readonly Permission[];
  /** Roles that grant system-wide power must use a second factor by default; the API's TOTP_REQUIRED_ROLES overrides. */
  requiresTotp: boolean;
}

export const roles: Record<RoleCode, RoleDefinition> = {
  system_admin: {
    code: 'system_admin',
    name: { vi: 'Quản trị hệ thống', en: 'System administrator' },
    permissions: ['org.read', 'org.manage', 'officer.read', 'officer.manage', 'audit.read', 'jobs.read', 'files.upload', 'calendar.manage', 'catalog.manage', 'catalog.publish', 'workflow.manage', 'dossier.read'],
    requiresTotp: true,
  },
  control_officer: {
    code: 'control_officer',
    name: { vi: 'Cán bộ kiểm soát TTHC', en: 'Procedure-control officer' },
    permissions: ['org.read', 'officer.read', 'audit.read', 'files.upload', 'calendar.manage', 'catalog.manage', 'catalog.publish', 'workflow.manage', 'dossier.read'],
    requiresTotp: false,
  },
  desk_officer: {
    code: 'desk_officer',
    name: { vi: 'Cán bộ Một cửa (tiếp nhận, trả kết quả)', en: 'One-stop desk officer' },
    permissions: ['org.read', 'files.upload', 'dossier.read', 'dossier.receive', 'dossier.process', 'payment.reconcile'],
    requiresTotp: false,
  },
  specialist: {
    code: 'specialist',
    name: { vi: 'Chuyên viên xử lý', en: 'Specialist' },
    permissions: ['org.read', 'files.upload', 'dossier.read', 'dossier.process'],
    requiresTotp: false,
  },
  leader: {
    code: 'leader',
    name: { vi: 'Lãnh đạo (phê duyệt, ký)', en: 'Leader (approves, signs)' },
    permissions: ['org.read', 'officer.read', 'files.upload', 'dossier.read', 'dossier.process', 'workflow.approve', 'document.revoke', 'payment.reconcile'],
    requiresTotp: false,
  },
  viewer: {
    code: 'viewer',
    name: { vi: 'Người xem', en: 'Viewer' },
    permissions: ['org.read', 'dossier.read'],
    requiresTotp: false,
  },
};

export function permissionsOfRole(role: RoleCode): readonly Permission[] {
  return roles[role].permissions;
}
