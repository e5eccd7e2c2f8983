import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { issueFormForAction, type DocumentsContext } from './actions/issue-document.ts';
import { DocumentSigning } from './document-signing.ts';
import { documentRoutes } from './documents.routes.ts';

/** Official documents: each dossier action's form issued and kept, electronic results signed and verifiable. */
export function documentsModule(app: FastifyInstance, ctx: AppContext, _worker: JobWorker, dossierEvents: DossierEvents): void {
  const dc: DocumentsContext = { ctx, signing: new DocumentSigning(ctx.config, ctx.clock) };
  documentRoutes(app, dc);
  dossierEvents.subscribe('documents', async (event) => {
    await issueFormForAction(dc, event);
  });
}
