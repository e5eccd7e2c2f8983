import { sign, verify } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuditKeys } from './audit-keys.ts';
import { chainHead, entryHashAt, firstKeyedSeq } from './audit.queries.ts';

/**
 * A signed line in the checkpoint file (outside the database): the chain's head at a moment. `legacyUntil` is the
 * last unkeyed entry, fixed by the first line, so keyed entries cannot later be passed off as legacy ones.
 * A `restore-acknowledged` line is the operator's signed statement that the database was restored from a backup:
 * promises of earlier lines beyond `keptUntil` are void, and the restored head is the new anchor.
 */
export interface Checkpoint {
  v: 1;
  type: 'checkpoint' | 'restore-acknowledged';
  seq: number;
  hash: string;
  at: string;
  legacyUntil: number;
  keptUntil: number | null;
  reason: string | null;
  signature: string;
}

type Unsigned = Omit<Checkpoint, 'signature'>;

const payload = (c: Unsigned) => Buffer.from(JSON.stringify([c.v, c.type, c.seq, c.hash, c.at, c.legacyUntil, c.keptUntil, c.reason]));

export function signCheckpoint(keys: AuditKeys, c: Unsigned): Checkpoint {
  return { ...c, signature: sign(null, payload(c), keys.signing).toString('base64') };
}

/** What an officer copies on paper: seq and 80 bits of the signed head hash, e.g. `seq 12345 · ABCD-EF12-3456-7890-ABCD`. */
export function printableDigest(c: Pick<Checkpoint, 'seq' | 'hash'>): string {
  return `seq ${c.seq} · ${c.hash.slice(0, 20).toUpperCase().match(/.{4}/g)!.join('-')}`;
}

/** Accepts the printed form or `12345:ABCDEF…`; dashes, spaces and case do not matter. */
export function parseDigest(text: string): { seq: number; hashPrefix: string } | null {
  const m = /^\s*(?:seq\s*)?(\d+)\s*(?:·|:|\s)\s*([0-9a-f\-\s]+)$/i.exec(text);
  if (!m) return null;
  const hashPrefix = m[2]!.replace(/[-\s]/g, '').toLowerCase();
  return hashPrefix.length >= 8 ? { seq: Number(m[1]), hashPrefix } : null;
}

export type CheckpointLine = { line: number; checkpoint: Checkpoint } | { line: number; forged: string };

/** Every line of the file with its signature checked; a missing file has no lines. */
export function readCheckpoints(file: string, keys: AuditKeys): CheckpointLine[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((text, i) => {
    const line = i + 1;
    let c: Checkpoint;
    try {
      c = JSON.parse(text) as Checkpoint;
    } catch {
      return { line, forged: 'không đọc được' };
    }
    if (typeof c?.signature !== 'string' || !Number.isInteger(c.seq) || typeof c.hash !== 'string') return { line, forged: 'thiếu trường' };
    const ok = verify(null, payload(c), keys.verifying, Buffer.from(c.signature, 'base64'));
    if (!ok) return { line, forged: 'chữ ký không hợp lệ' };
    return { line, checkpoint: c };
  });
}

function appendLine(file: string, c: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a', 0o644);
  try {
    writeSync(fd, JSON.stringify(c) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class CheckpointRefused extends Error {}

export interface WriteOptions {
  now: string;
  /** The periodic job: nothing is written when the head has not moved since the last line. */
  onlyIfChanged?: boolean;
}

/**
 * Signs the current head and appends it. Refuses when the database is behind or beside the last signed line
 * (entries cut, or an older backup restored): signing that state would legitimise it; `acknowledgeRestore` exists
 * for the legitimate case.
 */
export async function writeCheckpoint(db: Kysely<DB>, keys: AuditKeys, file: string, opts: WriteOptions): Promise<Checkpoint | null> {
  const lines = readCheckpoints(file, keys);
  const forged = lines.find((l) => 'forged' in l);
  if (forged) throw new CheckpointRefused(`Dòng ${forged.line} của tệp điểm mốc ${file} không hợp lệ; chạy npm run audit:verify.`);
  const valid = lines.map((l) => (l as { checkpoint: Checkpoint }).checkpoint);
  const head = await chainHead(db);
  const seq = Number(head.last_seq);
  const last = valid.at(-1);
  if (last) {
    const hashThen = last.seq === 0 ? '0'.repeat(64) : await entryHashAt(db, last.seq);
    if (seq < last.seq || hashThen !== last.hash) {
      throw new CheckpointRefused(
        `Nhật ký kiểm toán trong cơ sở dữ liệu (đến bản ghi số ${seq}) không còn khớp điểm mốc đã ký lúc ${last.at} (bản ghi số ${last.seq}): có thể bị cắt bớt hoặc đã khôi phục bản sao lưu cũ. Chạy npm run audit:verify; nếu đã khôi phục hợp lệ, chạy npm run audit:checkpoint -- --after-restore --reason "…".`,
      );
    }
    if (opts.onlyIfChanged && last.seq === seq && last.hash === head.last_hash) return null;
  }
  const legacyUntil = valid[0]?.legacyUntil ?? ((await firstKeyedSeq(db)) ?? seq + 1) - 1;
  const checkpoint = signCheckpoint(keys, { v: 1, type: 'checkpoint', seq, hash: head.last_hash, at: opts.now, legacyUntil, keptUntil: null, reason: null });
  appendLine(file, checkpoint);
  return checkpoint;
}

/**
 * After a legitimate restore from backup: a signed line saying that history beyond `keptUntil` (the last entry the
 * restored database still shares with the signed checkpoints) is knowingly gone. It stays in the file forever and
 * every verification reports it.
 */
export async function acknowledgeRestore(db: Kysely<DB>, keys: AuditKeys, file: string, opts: { now: string; keptUntil: number; reason: string }): Promise<Checkpoint> {
  const lines = readCheckpoints(file, keys);
  const first = lines[0] && 'checkpoint' in lines[0] ? lines[0].checkpoint : undefined;
  const head = await chainHead(db);
  const legacyUntil = first?.legacyUntil ?? ((await firstKeyedSeq(db)) ?? Number(head.last_seq) + 1) - 1;
  const checkpoint = signCheckpoint(keys, {
    v: 1, type: 'restore-acknowledged', seq: Number(head.last_seq), hash: head.last_hash, at: opts.now, legacyUntil, keptUntil: opts.keptUntil, reason: opts.reason,
  });
  appendLine(file, checkpoint);
  return checkpoint;
}
