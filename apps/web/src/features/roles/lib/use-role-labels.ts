import { roleCodes, roles as roleDefinitions, type Permission, type RoleCode } from '@motcua/shared';
import { useCallback } from 'react';
import { useI18n } from '@/i18n';
import { useRoles } from '../api/get-roles';

/** Role names from the server (the source of truth), falling back to the shared definitions. */
export function useRoleName(): (code: string) => string {
  const { locale } = useI18n();
  const { data } = useRoles();
  return useCallback(
    (code: string) => {
      const fromServer = data?.find((role) => role.code === code);
      if (fromServer) return locale === 'vi' ? fromServer.name : fromServer.nameEn;
      const shared = (roleDefinitions as Partial<Record<string, { name: { vi: string; en: string } }>>)[code];
      return shared ? shared.name[locale] : code;
    },
    [data, locale],
  );
}

export function usePermissionLabel(): (permission: Permission) => string {
  const { tOptional } = useI18n();
  return useCallback((permission: Permission) => tOptional(`permission.${permission}`) ?? permission, [tOptional]);
}

export function useRoleOptions(): { value: RoleCode; label: string }[] {
  const { data } = useRoles();
  const roleName = useRoleName();
  const codes = data ? data.map((role) => role.code) : roleCodes;
  return codes.map((code) => ({ value: code, label: roleName(code) }));
}
