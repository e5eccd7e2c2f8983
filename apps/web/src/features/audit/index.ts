export { auditEntriesQueryKey } from './api/get-audit-entries';
export { AuditPage } from './routes/audit-page';
