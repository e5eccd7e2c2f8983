import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { dossierRoutes } from './dossiers.routes.ts';

export { DOSSIER_EVENT } from './actions/receive-dossier.ts';

export function dossiersModule(app: FastifyInstance, ctx: AppContext): void {
  dossierRoutes(app, ctx);
}
