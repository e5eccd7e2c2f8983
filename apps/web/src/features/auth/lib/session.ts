import type { Me, Permission } from '@motcua/shared';
import { useCallback } from 'react';
import { useMe } from '../api/get-me';

/** The signed-in officer. Only for components rendered behind the back-office session gate. */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSession used outside a signed-in area');
  return data;
}

export function hasPermission(me: Me | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

/** `can('officer.manage')`: the UI shows only what the server will accept. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  return useCallback((permission: Permission) => hasPermission(data, permission), [data]);
}

/** Only back-office paths are accepted as a return address, so a link cannot send users elsewhere. */
export function safeNextPath(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/admin') || next.startsWith('/admin/login')) return fallback;
  return next;
}

// Set by an explicit sign-out, cleared by the next sign-in: an expired session should bring the
// user back to where they were, a deliberate sign-out should not.
let signedOutOnPurpose = false;

export function markSignedOutOnPurpose(): void {
  signedOutOnPurpose = true;
}

export function clearSignedOutOnPurpose(): void {
  signedOutOnPurpose = false;
}

/** Where the session gate sends a visitor who has no session. */
export function loginPathFor(currentPath: string, loginPath: string): string {
  if (signedOutOnPurpose) return loginPath;
  return `${loginPath}?next=${encodeURIComponent(currentPath)}`;
}
