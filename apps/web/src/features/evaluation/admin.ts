// Back-office entry, loaded lazily by the admin router: the portal imports only `index.ts` (the rating form),
// so the summary page and the org-unit tree it uses stay out of the portal's chunks.
export { EvaluationSummaryPage } from './routes/evaluation-summary-page';
