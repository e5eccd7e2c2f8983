/** Every back-office catalog query lives under one key, so a change refreshes them all (and the portal's). */
export const catalogAdminQueryKey = ['catalog', 'admin'] as const;
export const catalogRootKey = ['catalog'] as const;

export const procedureKey = (id: string) => [...catalogAdminQueryKey, 'procedure', id] as const;
export const decisionKey = (id: string) => [...catalogAdminQueryKey, 'decision', id] as const;
export const serviceListKey = (id: string) => [...catalogAdminQueryKey, 'service-list', id] as const;
export const nationalUpdateKey = (id: string) => [...catalogAdminQueryKey, 'national-update', id] as const;
