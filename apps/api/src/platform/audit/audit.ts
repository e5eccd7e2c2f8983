import { createHmac } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Engine } from '../../db/database.ts';
import { sha256Hex } from '../ids.ts';
import { activeAuditKeys } from './audit-keys.ts';
import { insertEntry, lockChainHead } from './audit.queries.ts';

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

export type EntryFields = Omit<DB['audit_entries'], 'hash'>;

const covered = (e: EntryFields) => [e.seq, e.occurred_at, e.actor_kind, e.actor_id, e.action, e.entity_type, e.entity_id, e.org_unit_id, e.data, e.request_id, e.prev_hash];

/** Entries written before keyed hashes: plain sha256, which anyone with the database could recompute. */
export function legacyHash(e: EntryFields): string {
  return sha256Hex(JSON.stringify(covered(e)));
}

/**
 * HMAC-SHA256 over every stored field, the previous hash and the key id, with a key that is not in the database:
 * editing any field, or re-linking the chain after an edit, cannot produce a valid hash without the key file.
 */
export function keyedHash(key: Buffer, e: EntryFields & { key_id: string }): string {
  return createHmac('sha256', key).update(JSON.stringify([...covered(e), e.key_id])).digest('hex');
}

/** Appends one entry inside the caller's transaction: the audit row commits or rolls back with the change. */
export async function appendAudit(trx: Transaction<DB>, engine: Engine, occurredAt: string, input: AuditInput): Promise<number> {
  const keys = activeAuditKeys();
  const head = await lockChainHead(trx, engine);
  const fields = {
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
    key_id: keys.activeKeyId,
  };
  await insertEntry(trx, { ...fields, hash: keyedHash(keys.hmac.get(keys.activeKeyId)!, fields) });
  return fields.seq;
}
