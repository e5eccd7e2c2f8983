import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Engine } from '../../db/database.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';
import { claimDueJobs, completeJob, failJob, insertJob, type JobRow } from './jobs.queries.ts';

export interface EnqueueOptions {
  runAt?: string;
  maxAttempts?: number;
}

/** Writes a job in the caller's transaction (the outbox pattern): it exists only if the change committed. */
export async function enqueueJob(trx: Transaction<DB> | Kysely<DB>, now: string, kind: string, payload: unknown, opts: EnqueueOptions = {}): Promise<string> {
  const id = newId();
  await insertJob(trx, {
    id,
    kind,
    payload: JSON.stringify(payload ?? null),
    status: 'pending',
    attempts: 0,
    max_attempts: opts.maxAttempts ?? 8,
    run_at: opts.runAt ?? now,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: now,
    finished_at: null,
  });
  return id;
}

export type JobHandler = (payload: unknown, job: JobRow) => Promise<void>;

/** Exponential back-off with a cap: 2s, 4s, 8s … up to 1 hour between attempts. */
export function backoffMs(attempt: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/** Housekeeping the worker runs between polls (not durable: every instance runs its own, so it must be harmless twice). */
export type PeriodicTask = (now: Date) => Promise<void>;

export class JobWorker {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly periodic: { name: string; intervalMs: number; task: PeriodicTask; nextAt: number }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;
  readonly workerId = `worker-${newId()}`;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly engine: Engine,
    private readonly clock: Clock,
    private readonly opts: { batchSize?: number; leaseMs?: number; pollMs?: number; log?: (msg: string, extra: object) => void } = {},
  ) {}

  register(kind: string, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /** Runs `task` at most once per interval, first on the worker's first poll. */
  every(name: string, intervalMs: number, task: PeriodicTask): this {
    this.periodic.push({ name, intervalMs, task, nextAt: 0 });
    return this;
  }

  /** Runs the periodic tasks that are due by the clock; a failing task is logged and tried again next interval. */
  async runPeriodic(): Promise<void> {
    const now = this.clock.now();
    for (const p of this.periodic) {
      if (now.getTime() < p.nextAt) continue;
      p.nextAt = now.getTime() + p.intervalMs;
      await p.task(now).catch((err: unknown) => this.opts.log?.('periodic task failed', { task: p.name, err: String(err) }));
    }
  }

  /** Runs one batch of due jobs; returns how many were processed. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const jobs = await claimDueJobs(this.db, this.engine, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + (this.opts.leaseMs ?? 60_000)).toISOString(),
      workerId: this.workerId,
      limit: this.opts.batchSize ?? 20,
    });
    for (const job of jobs) await this.process(job);
    return jobs.length;
  }

  private async process(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(JSON.parse(job.payload), job);
      await completeJob(this.db, job.id, this.workerId, this.clock.now().toISOString());
    } catch (error) {
      const now = this.clock.now();
      const dead = job.attempts >= job.max_attempts;
      const message = error instanceof Error ? error.message : String(error);
      await failJob(this.db, job.id, this.workerId, {
        status: dead ? 'dead' : 'pending',
        runAt: new Date(now.getTime() + backoffMs(job.attempts)).toISOString(),
        error: message,
        now: now.toISOString(),
      });
      this.opts.log?.('job failed', { jobId: job.id, kind: job.kind, attempts: job.attempts, dead });
    }
  }

  start(): void {
    this.stopped = false;
    const tick = async () => {
      this.running = this.runPeriodic().then(() => this.runOnce()).catch((err: unknown) => {
        this.opts.log?.('job worker poll failed', { err: String(err) });
        return 0;
      });
      const n = await this.running;
      if (this.stopped) return;
      this.timer = setTimeout(tick, n > 0 ? 0 : (this.opts.pollMs ?? 1_000));
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
