import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { Engine } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { appendAudit, type AuditInput } from './audit/audit.ts';
import type { Clock } from './clock.ts';
import type { FileStorage } from './files/file-storage.ts';
import { enqueueJob, type EnqueueOptions } from './jobs/jobs.ts';

/** What every use case may depend on; built once in buildApp and passed explicitly. */
export interface AppContext {
  db: Kysely<DB>;
  engine: Engine;
  clock: Clock;
  config: Config;
  files: FileStorage;
}

export interface UnitOfWork {
  trx: Transaction<DB>;
  now: string;
  audit(input: AuditInput): Promise<number>;
  enqueue(kind: string, payload: unknown, opts?: EnqueueOptions): Promise<string>;
}

/** One state change = one transaction holding the change, its audit entry and its outbox jobs. */
export function withUnitOfWork<T>(ctx: Pick<AppContext, 'db' | 'engine' | 'clock'>, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    return work({
      trx,
      now,
      audit: (input) => appendAudit(trx, ctx.engine, now, input),
      enqueue: (kind, payload, opts) => enqueueJob(trx, now, kind, payload, opts),
    });
  });
}
