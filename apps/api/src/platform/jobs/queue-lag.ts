import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobWorker } from './jobs.ts';
import { oldestDueRunAt, queueDepth } from './jobs.queries.ts';

export interface QueueLag {
  /** Seconds the longest-waiting due job has waited; 0 when nothing is due. */
  oldestDueSeconds: number;
  oldestDueAt: string | null;
  lagging: boolean;
}

export async function readQueueLag(db: Kysely<DB>, now: Date, warnSeconds: number): Promise<QueueLag> {
  const oldestDueAt = await oldestDueRunAt(db, now.toISOString());
  const oldestDueSeconds = oldestDueAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(oldestDueAt)) / 1000)) : 0;
  return { oldestDueSeconds, oldestDueAt, lagging: oldestDueSeconds > warnSeconds };
}

/** What an operator needs to see that the worker is behind: depth, failures and how long the oldest due job waits. */
export async function readQueueState(db: Kysely<DB>, now: Date, warnSeconds: number) {
  const [depth, lag] = await Promise.all([queueDepth(db, now.toISOString()), readQueueLag(db, now, warnSeconds)]);
  return { ...depth, ...lag, lagWarnSeconds: warnSeconds, checkedAt: now.toISOString() };
}

/** Logs a warning while the oldest due job is older than the threshold (checked every half-minute by the worker). */
export function watchQueueLag(worker: JobWorker, deps: { db: Kysely<DB>; warnSeconds: number; warn: (extra: object, msg: string) => void }): void {
  worker.every('jobs.lag_check', 30_000, async (now) => {
    const state = await readQueueState(deps.db, now, deps.warnSeconds);
    if (state.lagging) {
      deps.warn({ oldestDueSeconds: state.oldestDueSeconds, due: state.due, pending: state.pending, dead: state.dead, lagWarnSeconds: deps.warnSeconds }, 'job queue lagging');
    }
  });
}
