export { rolesQueryKey, useRoles, type RoleView } from './api/get-roles';
export { usePermissionLabel, useRoleName, useRoleOptions } from './lib/use-role-labels';
export { RolesPage } from './routes/roles-page';
