import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { Engine } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { appendAudit, type AuditInput } from './audit/audit.ts';
import type { Clock } from './clock.ts';
import type { FileStorage } from './files/file-storage.ts';
import { takeClaim, type TakenClaim } from './idempotency/idempotency-claim.ts';
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

/**
 * One state change = one transaction holding the change, its audit entry and its outbox jobs — and, in a request
 * carrying an Idempotency-Key, that key: it commits exactly when the change does.
 */
export async function withUnitOfWork<T>(ctx: Pick<AppContext, 'db' | 'engine' | 'clock'>, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  let claim = undefined as TakenClaim | undefined;
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      const now = ctx.clock.now().toISOString();
      claim = await takeClaim(trx, now);
      const value = await work({
        trx,
        now,
        audit: async (input) => {
          const seq = await appendAudit(trx, ctx.engine, now, input);
          claim?.noteAudit(seq, input);
          return seq;
        },
        enqueue: (kind, payload, opts) => enqueueJob(trx, now, kind, payload, opts),
      });
      await claim?.finish(ctx.clock.now().toISOString());
      return value;
    });
    claim?.settle(true);
    return result;
  } catch (error) {
    claim?.settle(false);
    throw error;
  }
}
