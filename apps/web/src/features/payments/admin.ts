import './payments.css';

// Back-office entry, loaded lazily by the admin router: the portal imports only `index.ts` (pay button,
// return page), so the reconciliation page stays out of the portal's chunks.
export { ReconciliationPage } from './routes/reconciliation-page';
