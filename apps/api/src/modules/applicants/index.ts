import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';

export function applicantsModule(_app: FastifyInstance, _ctx: AppContext, _worker: JobWorker, _dossierEvents: DossierEvents): void {}
