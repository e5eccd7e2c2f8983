import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { issueFormForAction, type DocumentsContext } from './actions/issue-document.ts';
import { DocumentSigning } from './document-signing.ts';
import { documentRoutes } from './documents.routes.ts';
import { formOfDossierAction } from './documents.reads.ts';

export type { DocumentsContext } from './actions/issue-document.ts';
export type { PdfFile } from './documents.reads.ts';

export interface Documents {
  /** The kept PDF of a dossier action's form (issued now if not yet); the caller has checked access. */
  formOfDossierAction(dossierId: string, action: string, seq: number): ReturnType<typeof formOfDossierAction>;
}

/** Official documents: each dossier action's form issued and kept, electronic results signed and verifiable. */
export function documentsModule(app: FastifyInstance, ctx: AppContext, _worker: JobWorker, dossierEvents: DossierEvents): Documents {
  const dc: DocumentsContext = { ctx, signing: new DocumentSigning(ctx.config, ctx.clock) };
  documentRoutes(app, dc);
  dossierEvents.subscribe('documents', async (event) => {
    await issueFormForAction(dc, event);
  });
  return { formOfDossierAction: (dossierId, action, seq) => formOfDossierAction(dc, dossierId, action, seq) };
}
