import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { catalogAdminRoutes } from './catalog-admin.routes.ts';
import { decisionRoutes } from './decisions.routes.ts';
import { exchangeRoutes } from './exchange.routes.ts';
import { nationalUpdateRoutes } from './national-updates.routes.ts';
import { procedureRoutes, type OnlineApplicationCheck } from './procedures.routes.ts';
import { useProcedureUsage, type ProcedureUsageSource } from './search.service.ts';
import { serviceListRoutes } from './service-lists.routes.ts';

export { adoptedLevels, findAdoptedLevels, loadAdoptions, type AdoptedLevel } from './adoption.queries.ts';
export { getPublicDetail } from './catalog.reads.ts';
export type { OnlineApplicationCheck } from './procedures.routes.ts';
export type { ProcedureUsageSource } from './search.service.ts';
export { loadVersion, type LoadedVersion } from './versions.queries.ts';
export type { ProcedureRecord, VariantRecord } from './procedure-record.ts';

/** What the catalog learns from modules built on it, wired by app.ts (the catalog never imports them). */
export interface CatalogModuleOptions {
  /** Dossiers received per procedure in the last 12 months: the public search ranks the most used first. */
  procedureUsage?: ProcedureUsageSource;
  /** Whether the portal takes online applications for a procedure: the apply button of its public page. */
  onlineApplication?: OnlineApplicationCheck;
}

export function catalogModule(app: FastifyInstance, ctx: AppContext, options: CatalogModuleOptions = {}): void {
  if (options.procedureUsage) useProcedureUsage(ctx.db, options.procedureUsage);
  procedureRoutes(app, ctx, options.onlineApplication);
  catalogAdminRoutes(app, ctx);
  decisionRoutes(app, ctx);
  serviceListRoutes(app, ctx);
  exchangeRoutes(app, ctx);
  nationalUpdateRoutes(app, ctx);
}
