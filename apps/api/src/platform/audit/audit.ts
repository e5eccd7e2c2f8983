import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Engine } from '../../db/database.ts';
import { sha256Hex } from '../ids.ts';
import { chainHead, insertEntry, lockChainHead, streamEntries } from './audit.queries.ts';

export interface AuditInput {
  actor: { kind: 'officer' | 'applicant' | 'system'; id: string | null };
  action: string;
  entityType: string;
  entityId?: string | null;
  orgUnitId?: string | null;
  /** What changed. Never put personal identifiers here beyond what the record itself holds. */
  data?: Record<string, unknown>;
  requestId?: string | null;
}

type EntryFields = Omit<DB['audit_entries'], 'hash'>;

/** The hash covers every stored field and the previous hash, so editing or deleting any entry breaks the chain. */
export function hashEntry(e: EntryFields): string {
  return sha256Hex(
    JSON.stringify([e.seq, e.occurred_at, e.actor_kind, e.actor_id, e.action, e.entity_type, e.entity_id, e.org_unit_id, e.data, e.request_id, e.prev_hash]),
  );
}

/** Appends one entry inside the caller's transaction: the audit row commits or rolls back with the change. */
export async function appendAudit(trx: Transaction<DB>, engine: Engine, occurredAt: string, input: AuditInput): Promise<number> {
  const head = await lockChainHead(trx, engine);
  const fields: EntryFields = {
    seq: head.lastSeq + 1,
    occurred_at: occurredAt,
    actor_kind: input.actor.kind,
    actor_id: input.actor.id,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId ?? null,
    org_unit_id: input.orgUnitId ?? null,
    data: JSON.stringify(input.data ?? {}),
    request_id: input.requestId ?? null,
    prev_hash: head.lastHash,
  };
  await insertEntry(trx, { ...fields, hash: hashEntry(fields) });
  return fields.seq;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainVerification> {
  let prevHash = '0'.repeat(64);
  let expectedSeq = 1;
  let checked = 0;
  for await (const row of streamEntries(db)) {
    const broken = (reason: string): ChainVerification => ({ ok: false, checked, firstBrokenSeq: row.seq, reason });
    if (row.seq !== expectedSeq) return { ok: false, checked, firstBrokenSeq: expectedSeq, reason: `entry ${expectedSeq} is missing` };
    if (row.prev_hash !== prevHash) return broken('prev_hash does not match the previous entry');
    const { hash, ...fields } = row;
    if (hashEntry({ ...fields, occurred_at: new Date(fields.occurred_at).toISOString() }) !== hash) return broken('content does not match its hash');
    prevHash = hash;
    expectedSeq += 1;
    checked += 1;
  }
  const head = await chainHead(db);
  if (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== prevHash) {
    return { ok: false, checked, firstBrokenSeq: expectedSeq, reason: `entries after ${expectedSeq - 1} are missing` };
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
