import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { workflowRoutes } from './workflow.routes.ts';

export { findApprovedWorkflow, hasApprovedWorkflowAt, loadWorkflowVersion, type WorkflowVersionForDossier } from './workflow-lookup.queries.ts';

export function workflowModule(app: FastifyInstance, ctx: AppContext): void {
  workflowRoutes(app, ctx);
}
