import { z } from 'zod';
import { newPasswordSchema } from '../rules/identity/password-policy.ts';
import { permissions, roleCodes } from '../rules/permissions.ts';
import { isoInstant } from './common.ts';

export const roleCodeSchema = z.enum(roleCodes);
export const permissionSchema = z.enum(permissions);

export const orgUnitKinds = ['committee', 'office', 'division', 'department', 'agency', 'service_centre', 'desk'] as const;
export const orgUnitKindSchema = z.enum(orgUnitKinds);
export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;

export const orgLevel = z.object({ code: z.string(), name: z.string(), nameEn: z.string(), rank: z.number().int() });
export type OrgLevel = z.infer<typeof orgLevel>;

export const orgUnit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string().describe('electronic agency identifier, e.g. the statistics code'),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: orgUnitKindSchema,
  levelCode: z.string(),
  isActive: z.boolean(),
  depth: z.number().int(),
});
export type OrgUnit = z.infer<typeof orgUnit>;

const unitName = z.string().trim().min(2, 'Tên đơn vị tối thiểu 2 ký tự').max(255);
const unitCode = z.string().trim().regex(/^[A-Za-z0-9._-]{1,40}$/, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 40 ký tự)');

export const createOrgUnitBody = z.object({
  parentId: z.string().min(1),
  code: unitCode,
  name: unitName,
  shortName: z.string().trim().max(100).nullable().optional(),
  kind: orgUnitKindSchema,
  levelCode: z.string().min(1).max(40),
});
export type CreateOrgUnitBody = z.infer<typeof createOrgUnitBody>;

export const updateOrgUnitBody = z.object({
  code: unitCode.optional(),
  name: unitName.optional(),
  shortName: z.string().trim().max(100).nullable().optional(),
  kind: orgUnitKindSchema.optional(),
  isActive: z.boolean().optional(),
});
export type UpdateOrgUnitBody = z.infer<typeof updateOrgUnitBody>;

export const roleAssignment = z.object({ role: roleCodeSchema, orgUnitId: z.string().min(1) });
export type RoleAssignment = z.infer<typeof roleAssignment>;
export const roleAssignmentView = roleAssignment.extend({ orgUnitName: z.string() });

export const officer = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: isoInstant.nullable(),
  roles: z.array(roleAssignmentView),
  createdAt: isoInstant,
});
export type Officer = z.infer<typeof officer>;

export const passwordSchema = newPasswordSchema;
const username = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập 3–50 ký tự: chữ thường, số, dấu chấm, gạch');

export const createOfficerBody = z.object({
  username,
  fullName: z.string().trim().min(2).max(255),
  email: z.email('Email không hợp lệ').nullable().optional(),
  password: passwordSchema,
  roles: z.array(roleAssignment).min(1, 'Cần ít nhất một vai trò'),
});
export type CreateOfficerBody = z.infer<typeof createOfficerBody>;

export const updateOfficerBody = z.object({
  fullName: z.string().trim().min(2).max(255).optional(),
  email: z.email('Email không hợp lệ').nullable().optional(),
  isActive: z.boolean().optional(),
});
export type UpdateOfficerBody = z.infer<typeof updateOfficerBody>;

export const setRolesBody = z.object({ roles: z.array(roleAssignment).min(1, 'Cần ít nhất một vai trò') });
export const resetPasswordBody = z.object({ password: passwordSchema });

export const officerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  orgUnitId: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const roleView = z.object({
  code: roleCodeSchema,
  name: z.string(),
  nameEn: z.string(),
  permissions: z.array(permissionSchema),
  requiresTotp: z.boolean(),
});

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(200),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
  totpCode: z.string().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số').optional(),
});
export type LoginBody = z.infer<typeof loginBody>;

export const me = z.object({
  kind: z.enum(['officer', 'applicant']),
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleAssignmentView),
  permissions: z.array(permissionSchema),
  totpEnabled: z.boolean(),
  mustEnrolTotp: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof me>;

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpEnableBody = z.object({ code: z.string().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số') });

export const auditEntry = z.object({
  seq: z.number().int(),
  occurredAt: isoInstant,
  actorKind: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  orgUnitId: z.string().nullable(),
  data: z.unknown(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof auditEntry>;

/** The audit chain's check: HMAC of every entry, links, head, signed checkpoints (outside the database). */
export const auditChainVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.enum(['tampered', 'missing', 'downgraded', 'rolled-back', 'forged-checkpoint', 'digest-mismatch']).nullable(),
  reason: z.string().nullable(),
  lastSeq: z.number().int(),
  legacyEntries: z.number().int(),
  checkpointsChecked: z.number().int(),
  latestCheckpoint: z.object({ seq: z.number().int(), at: z.string(), digest: z.string() }).nullable(),
  notes: z.array(z.string()),
});
export type AuditChainVerificationDto = z.infer<typeof auditChainVerification>;
