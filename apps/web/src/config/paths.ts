/** Every route of both shells in one place, so links never drift from the router. */
export const paths = {
  portal: {
    home: '/',
    procedures: '/procedures',
    dossierLookup: '/dossier-lookup',
    forbidden: '/403',
  },
  admin: {
    home: '/admin',
    login: '/admin/login',
    orgUnits: '/admin/org-units',
    officers: '/admin/officers',
    roles: '/admin/roles',
    audit: '/admin/audit',
  },
} as const;
