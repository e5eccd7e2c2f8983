import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { keepIssuedResult } from './actions/keep-result.ts';
import { documentStoreRoutes } from './document-store.routes.ts';

// Hooks for the dossiers module's portal use cases (upload, online submission). This module imports only types
// from the dossiers module, so the two never load each other at run time.
export { addUploadToStore } from './actions/add-upload.ts';
export { recordDocumentReuses, type ReuseInput } from './actions/record-reuses.ts';
/** For the service index (Decision 766, 4.3 reuse of digitised data): reuses per resolving agency and period. */
export { reuseCounts, type ReuseCount, type ReuseCountFilter } from './document-store.queries.ts';

/** The applicant's personal document store: uploads and electronic results, reusable in new applications. */
export function documentStoreModule(app: FastifyInstance, ctx: AppContext, _worker: JobWorker, dossierEvents: DossierEvents): void {
  documentStoreRoutes(app, ctx);
  dossierEvents.subscribe('document-store', async (event) => {
    await keepIssuedResult(ctx, event);
  });
}
