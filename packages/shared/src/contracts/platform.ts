import { z } from 'zod';

/** The background job queue as an operator sees it (`jobs.read`). */
export const jobQueueState = z.object({
  pending: z.number().int(),
  /** Pending jobs whose time has come. */
  due: z.number().int(),
  /** Pending jobs waiting for another attempt after a failure. */
  retrying: z.number().int(),
  running: z.number().int(),
  /** Jobs that failed their last attempt and will not run again. */
  dead: z.number().int(),
  oldestDueAt: z.string().nullable(),
  oldestDueSeconds: z.number().int(),
  lagging: z.boolean(),
  lagWarnSeconds: z.number().int(),
  checkedAt: z.string(),
});
export type JobQueueState = z.infer<typeof jobQueueState>;

export const healthResponse = z.object({
  /** `degraded`: the service answers but background work (notifications, documents) is running late. */
  status: z.enum(['ok', 'degraded']),
  database: z.object({ engine: z.enum(['sqlite', 'postgres']), migrations: z.object({ applied: z.number().int(), pending: z.number().int(), latest: z.string().nullable() }) }),
  version: z.string(),
  time: z.string(),
  /** Only for a signed-in officer allowed to read the job queue. */
  jobs: jobQueueState.optional(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export const storedFile = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  originalName: z.string(),
  createdAt: z.string(),
});
export type StoredFileDto = z.infer<typeof storedFile>;
