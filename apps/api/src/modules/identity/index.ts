import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { authRoutes } from './auth.routes.ts';
import { officerRoutes } from './officers.routes.ts';
import { orgUnitRoutes } from './org-units.routes.ts';

export { actorLoader } from './load-actor.ts';
export { assertAcceptablePassword, burnPasswordCheck, hashPassword, verifyPassword } from './password.ts';
export { createFirstAdmin, type FirstAdmin, type FirstAdminInput } from './actions/create-first-admin.ts';
export { hasDemoData } from './identity.queries.ts';

export function identityModule(app: FastifyInstance, ctx: AppContext): void {
  authRoutes(app, ctx);
  orgUnitRoutes(app, ctx);
  officerRoutes(app, ctx);
}
