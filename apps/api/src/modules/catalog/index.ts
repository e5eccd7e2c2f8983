import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { catalogAdminRoutes } from './catalog-admin.routes.ts';
import { decisionRoutes } from './decisions.routes.ts';
import { exchangeRoutes } from './exchange.routes.ts';
import { nationalUpdateRoutes } from './national-updates.routes.ts';
import { procedureRoutes } from './procedures.routes.ts';
import { serviceListRoutes } from './service-lists.routes.ts';

export { getPublicDetail } from './catalog.reads.ts';
export { loadVersion, type LoadedVersion } from './versions.queries.ts';
export type { ProcedureRecord, VariantRecord } from './procedure-record.ts';

export function catalogModule(app: FastifyInstance, ctx: AppContext): void {
  procedureRoutes(app, ctx);
  catalogAdminRoutes(app, ctx);
  decisionRoutes(app, ctx);
  serviceListRoutes(app, ctx);
  exchangeRoutes(app, ctx);
  nationalUpdateRoutes(app, ctx);
}
