import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { benchModule } from './modules/bench/bench.routes.ts';
import { calendarModule } from './modules/calendar/index.ts';
import { applicantActorLoader, applicantsModule } from './modules/applicants/index.ts';
import { catalogModule } from './modules/catalog/index.ts';
import { documentsModule } from './modules/documents/index.ts';
import { documentStoreModule } from './modules/document-store/index.ts';
import { dossiersModule, onlineApplicationCheck, procedureUsage } from './modules/dossiers/index.ts';
import { actorLoader, identityModule } from './modules/identity/index.ts';
import { evaluationModule } from './modules/evaluation/index.ts';
import { notificationsModule } from './modules/notifications/index.ts';
import { paymentsModule } from './modules/payments/index.ts';
import { workflowModule } from './modules/workflow/index.ts';
import { openAuditKeys } from './platform/audit/audit-keys.ts';
import { registerAuth } from './platform/auth/auth.plugin.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import type { AppContext } from './platform/context.ts';
import { clientErrorHandler, frameworkErrorHandler, problemOf, registerErrorHandling } from './platform/errors.ts';
import { LocalFileStorage, type FileStorage } from './platform/files/file-storage.ts';
import { registerIdempotency, scheduleKeyPurge } from './platform/idempotency/idempotency.plugin.ts';
import { JobWorker } from './platform/jobs/jobs.ts';
import { watchQueueLag } from './platform/jobs/queue-lag.ts';
import { genReqId, loggerOptions } from './platform/logger.ts';
import { registerNulGuard } from './platform/nul-guard.ts';
import { platformRoutes } from './platform/platform.routes.ts';

z.config(z.locales.vi());

export interface AppDeps {
  config: Config;
  database: Database;
  clock?: Clock;
  files?: FileStorage;
  /** Where logs go (tests capture them to prove redaction); stdout by default. */
  logStream?: { write(line: string): void };
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  worker: JobWorker;
}

async function registerPlatformPlugins(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Plain-http deployments on a LAN would otherwise have every asset rewritten to https.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request, context) => ({ ...problemOf('RATE_LIMITED', request.url), statusCode: context.statusCode }),
  });
  await app.register(multipart, { limits: { fileSize: ctx.config.files.maxBytes, files: 1, fields: 10 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'MotCua API', version: '0.1.0', description: 'Hệ thống giải quyết thủ tục hành chính một cửa cấp tỉnh' },
    },
    transform: jsonSchemaTransform,
    // Named (recursive) schemas such as EFormAnswer go to components.schemas, where the routes' $refs point.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerErrorHandling(app, await registerWebShells(app, ctx.config));
}

/** Serves the built web shells when present; returns whether unknown GET paths fall back to the app's index. */
async function registerWebShells(app: FastifyInstance, config: Config): Promise<boolean> {
  const root = resolve(config.webDistDir);
  if (!existsSync(resolve(root, 'index.html'))) return false;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  return true;
}

export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  openAuditKeys(config);
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    clock,
    config,
    files: deps.files ?? new LocalFileStorage(config.files.dir, config.files.maxBytes),
  };
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream), genReqId, trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false, bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler, clientErrorHandler,
  });
  await registerPlatformPlugins(app, ctx);
  const officerActors = actorLoader(ctx.db, ctx.config.totpRequiredRoles);
  const applicantActors = applicantActorLoader(ctx.db);
  registerAuth(app, ctx, (session) => (session.principal_kind === 'applicant' ? applicantActors(session) : officerActors(session)));
  registerIdempotency(app, ctx);
  registerNulGuard(app);

  const worker = new JobWorker(ctx.db, ctx.engine, clock, { log: (msg, extra) => app.log.warn(extra, msg) });
  scheduleKeyPurge(worker, ctx);
  watchQueueLag(worker, { db: ctx.db, warnSeconds: config.workerLagWarnSeconds, warn: (extra, msg) => app.log.warn(extra, msg) });
  platformRoutes(app, ctx);
  identityModule(app, ctx);
  calendarModule(app, ctx, worker);
  catalogModule(app, ctx, { procedureUsage: procedureUsage(ctx), onlineApplication: onlineApplicationCheck(ctx) });
  workflowModule(app, ctx);
  const dossierEvents = dossiersModule(app, ctx, worker);
  documentsModule(app, ctx, worker, dossierEvents);
  const channels = notificationsModule(app, ctx, worker, dossierEvents);
  applicantsModule(app, ctx, worker, dossierEvents, channels);
  paymentsModule(app, ctx, worker, dossierEvents);
  evaluationModule(app, ctx, worker, dossierEvents);
  documentStoreModule(app, ctx, worker, dossierEvents);
  if (config.benchEndpoints) benchModule(app, ctx);

  app.addHook('onReady', async () => {
    if (config.workerEnabled) worker.start();
  });
  app.addHook('onClose', async () => {
    await worker.stop();
  });
  return { app, ctx, worker };
}
