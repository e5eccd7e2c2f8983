import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuditInput } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import { insertKeyInTransaction, recordOutcome } from './idempotency.queries.ts';

/**
 * A request's Idempotency-Key, waiting for the request's first unit of work. It is written by that transaction, so
 * the key exists exactly when the change committed: a crash before commit leaves no key and a retry runs normally.
 */
export interface KeyClaim {
  scope: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  /** Keys created at or before this instant have expired and are taken over. */
  expiredBefore: string;
  /** open: no transaction holds it yet; taken: a transaction is writing it; applied: committed; closed: request over. */
  state: 'open' | 'taken' | 'applied' | 'closed';
}

export interface AppliedRecord {
  seq: number;
  action: string;
  entityType: string;
  entityId: string | null;
}

/** What the transaction stored next to the key, so a retry whose first response was lost still learns the result. */
export interface KeyOutcome {
  appliedAt: string;
  records: AppliedRecord[];
}

const requestClaim = new AsyncLocalStorage<KeyClaim>();

/** Runs the rest of the request (the route handler) with its claim visible to withUnitOfWork. */
export const runWithClaim = (claim: KeyClaim, next: () => void): void => requestClaim.run(claim, next);

export interface TakenClaim {
  noteAudit(seq: number, input: AuditInput): void;
  /** Inside the transaction, after the work: stores the outcome with the key. */
  finish(appliedAt: string): Promise<void>;
  settle(committed: boolean): void;
}

/** Called by withUnitOfWork at the start of its transaction; nothing to do outside a keyed request. */
export async function takeClaim(trx: Transaction<DB>, now: string): Promise<TakenClaim | undefined> {
  const claim = requestClaim.getStore();
  if (!claim || claim.state !== 'open') return undefined;
  claim.state = 'taken';
  const row = {
    scope: claim.scope, key: claim.key, method: claim.method, path: claim.path, request_hash: claim.requestHash, state: 'applied',
    response_status: null, response_body: null, outcome: null, created_at: now,
  };
  // A concurrent request with the same key waits here until the first commits (or rolls back and lets this one in).
  if (!(await insertKeyInTransaction(trx, row, claim.expiredBefore))) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
  const records: AppliedRecord[] = [];
  return {
    noteAudit: (seq, input) => void records.push({ seq, action: input.action, entityType: input.entityType, entityId: input.entityId ?? null }),
    finish: async (appliedAt) => {
      const outcome: KeyOutcome = { appliedAt, records };
      await recordOutcome(trx, claim.scope, claim.key, JSON.stringify(outcome));
    },
    settle: (committed) => {
      if (claim.state === 'taken') claim.state = committed ? 'applied' : 'open';
    },
  };
}
