/** Every route of both shells in one place, so links never drift from the router. */
export const paths = {
  portal: {
    home: '/',
    procedures: '/procedures',
    procedureDetail: '/procedures/:code',
    proceduresBySector: '/procedures/sectors/:code',
    proceduresByAgency: '/procedures/agencies/:unitCode',
    proceduresAlias: '/thu-tuc',
    dossierLookup: '/dossier-lookup',
    /** Printed as the QR code of a receipt: `<PUBLIC_BASE_URL>/dossier-lookup/<dossier code>`. */
    dossierLookupCode: '/dossier-lookup/:code',
    /** Printed as the QR code of an electronic result: `<PUBLIC_BASE_URL>/verify/<result code>?t=<token>`. */
    verifyResult: '/verify/:code',
    /** Applicants' accounts (citizens and businesses). */
    accountLogin: '/account/login',
    accountRegister: '/account/register',
    accountProfile: '/account/profile',
    /** The applicant's personal document store (uploads and electronic results, reusable in new applications). */
    accountDocuments: '/account/documents',
    /** Online application for a procedure (`?draft=<id>` resumes a saved draft). */
    apply: '/apply/:procedureCode',
    /** The applicant's dossiers and drafts. */
    accountDossiers: '/account/dossiers',
    /** One dossier of the applicant: linked from the notification e-mails, keep it stable. */
    accountDossier: '/account/dossiers/:id',
    /** Where the payment gateway sends the citizen back (signed as the order's return URL: `<PUBLIC_BASE_URL>/payment/return`). */
    paymentReturn: '/payment/return',
    forbidden: '/403',
  },
  admin: {
    home: '/admin',
    login: '/admin/login',
    orgUnits: '/admin/org-units',
    officers: '/admin/officers',
    roles: '/admin/roles',
    audit: '/admin/audit',
    calendar: '/admin/calendar',
    dueDate: '/admin/calendar/due-date',
    catalogProcedures: '/admin/catalog/procedures',
    catalogProcedureNew: '/admin/catalog/procedures/new',
    catalogProcedure: '/admin/catalog/procedures/:id',
    catalogProcedureVersions: '/admin/catalog/procedures/:id/versions',
    catalogProcedureRequirements: '/admin/catalog/procedures/:id/requirements',
    catalogDecisions: '/admin/catalog/decisions',
    catalogDecisionNew: '/admin/catalog/decisions/new',
    catalogDecision: '/admin/catalog/decisions/:id',
    catalogServiceLists: '/admin/catalog/service-lists',
    catalogServiceList: '/admin/catalog/service-lists/:id',
    catalogExchange: '/admin/catalog/import-export',
    catalogNationalUpdates: '/admin/catalog/national-updates',
    catalogNationalUpdate: '/admin/catalog/national-updates/:id',
    workflows: '/admin/workflows',
    workflowNew: '/admin/workflows/new',
    workflow: '/admin/workflows/:id',
    deskReceive: '/admin/desk/receive',
    deskRegister: '/admin/desk/register',
    deskReturns: '/admin/desk/returns',
    dossiers: '/admin/dossiers',
    dossier: '/admin/dossiers/:id',
    dossierReceipt: '/admin/dossiers/:id/receipt',
    paymentReconciliation: '/admin/payments/reconciliation',
    evaluation: '/admin/evaluation',
  },
} as const;
