import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';

export { findApprovedWorkflow, loadWorkflowVersion, type WorkflowVersionForDossier } from './workflow-lookup.queries.ts';

export function workflowModule(_app: FastifyInstance, _ctx: AppContext): void {}
