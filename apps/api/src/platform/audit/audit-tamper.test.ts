import { generateKeyPairSync, sign } from 'node:crypto';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { withUnitOfWork } from '../context.ts';
import { installAuditKeys, loadAuditKeys, rotateAuditKey, type AuditKeys } from './audit-keys.ts';
import { acknowledgeRollback, verifyAuditChain } from './audit-verify.ts';
import { legacyHash } from './audit.ts';
import { CheckpointRefused, printableDigest, writeCheckpoint } from './checkpoints.ts';
import { scheduleCheckpoints } from './checkpoint-schedule.ts';

const ZERO = '0'.repeat(64);
type Row = DB['audit_entries'];

const allRows = async (db: Kysely<DB>): Promise<Row[]> =>
  (await db.selectFrom('audit_entries').selectAll().orderBy('seq').execute()).map((r) => ({ ...r, seq: Number(r.seq), occurred_at: new Date(r.occurred_at).toISOString() }));

/**
 * What someone with write access to the database but not the key files does after editing entries: recompute the
 * plain sha256 chain from `fromSeq` on (the pre-HMAC format, the only one computable without the key) and fix the
 * head. `keep` leaves the tampered link field of `fromSeq` as the attacker set it.
 */
async function attackerRelinks(db: Kysely<DB>, fromSeq: number, keep: 'hash' | 'prev_hash' | null = null): Promise<void> {
  let prev = ZERO;
  for (const r of await allRows(db)) {
    if (r.seq >= fromSeq) {
      const prevHash = keep === 'prev_hash' && r.seq === fromSeq ? r.prev_hash : prev;
      const hash = keep === 'hash' && r.seq === fromSeq ? r.hash : legacyHash({ ...r, prev_hash: prevHash });
      await db.updateTable('audit_entries').set({ prev_hash: prevHash, hash }).where('seq', '=', r.seq).execute();
      r.hash = hash;
    }
    prev = r.hash;
  }
  const last = (await allRows(db)).at(-1)!;
  await db.updateTable('audit_chain_head').set({ last_seq: last.seq, last_hash: prev }).where('id', '=', 1).execute();
}

/** Edits one stored field of entry 3 of 5 as an attacker would. */
const tamperings: Record<string, (db: Kysely<DB>) => Promise<'hash' | 'prev_hash' | null>> = {
  seq: async (db) => {
    // Renumber: drop entry 3 and shift the later ones down so the sequence has no gap.
    await db.deleteFrom('audit_entries').where('seq', '=', 3).execute();
    for (const seq of [4, 5]) await db.updateTable('audit_entries').set({ seq: seq - 1 }).where('seq', '=', seq).execute();
    return null;
  },
  occurred_at: (db) => set(db, { occurred_at: '2020-01-01T00:00:00.000Z' }),
  actor_kind: (db) => set(db, { actor_kind: 'system' }),
  actor_id: (db) => set(db, { actor_id: 'someone-else' }),
  action: (db) => set(db, { action: 'test.harmless' }),
  entity_type: (db) => set(db, { entity_type: 'other' }),
  entity_id: (db) => set(db, { entity_id: '999' }),
  org_unit_id: (db) => set(db, { org_unit_id: 'unit-elsewhere' }),
  data: (db) => set(db, { data: '{"n":99}' }),
  request_id: (db) => set(db, { request_id: 'forged-request' }),
  prev_hash: async (db) => (await set(db, { prev_hash: 'f'.repeat(64) }), 'prev_hash'),
  hash: async (db) => (await set(db, { hash: 'a'.repeat(64) }), 'hash'),
  key_id: (db) => set(db, { key_id: null }),
  'key_id (unknown key)': (db) => set(db, { key_id: 'k9' }),
};
async function set(db: Kysely<DB>, values: Partial<Row>): Promise<null> {
  await db.updateTable('audit_entries').set(values).where('seq', '=', 3).execute();
  return null;
}

describe.each(testEngines())('the keyed, checkpointed audit chain against someone with database access on %s', (engine) => {
  let t: TestApp;
  let dir: string;
  let keys: AuditKeys;
  let file: string;
  let db: Kysely<DB>;
  const now = () => t.clock.now().toISOString();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-audit-tamper-'));
    t = await createTestApp(engine, { AUDIT_KEYS_DIR: join(dir, 'keys') });
    db = t.ctx.db;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });
  let fileNo = 0;
  beforeEach(async () => {
    keys = installAuditKeys(loadAuditKeys(join(dir, 'keys'), 'test'));
    file = join(dir, `checkpoints-${++fileNo}.jsonl`);
    await db.deleteFrom('audit_entries').execute();
    await db.updateTable('audit_chain_head').set({ last_seq: 0, last_hash: ZERO }).where('id', '=', 1).execute();
  });

  const write = async (count: number, from = 0) => {
    for (let i = from; i < from + count; i++) {
      await withUnitOfWork(t.ctx, (uow) =>
        uow.audit({ actor: { kind: 'officer', id: 'officer-7' }, action: 'test.event', entityType: 'test', entityId: String(i), orgUnitId: null, data: { i }, requestId: `req-${i}` }),
      );
    }
  };
  const verify = (digest?: string) => verifyAuditChain(db, keys, { checkpointFile: file, ...(digest ? { digest } : {}) });
  const checkpoint = () => writeCheckpoint(db, keys, file, { now: now() });

  it.each(Object.keys(tamperings))('names entry 3 when its %s was edited and the plain chain recomputed', async (field) => {
    await write(5);
    await checkpoint();
    await attackerRelinks(db, 3, await tamperings[field]!(db));
    const result = await verify();
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 3, checked: 2 });
    expect(result.problem).toBe(field === 'key_id' ? 'downgraded' : 'tampered');
  });

  it('verifies an untouched chain with its checkpoint and prints a digest that the chain matches', async () => {
    await write(5);
    const cp = (await checkpoint())!;
    const digest = printableDigest(cp);
    expect(digest).toMatch(/^seq 5 · [0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(await verify(digest)).toMatchObject({ ok: true, checked: 5, lastSeq: 5, checkpointsChecked: 1, latestCheckpoint: { seq: 5, digest }, notes: [] });
    expect(await verify('seq 5 · 0000-0000-0000-0000-0000')).toMatchObject({ ok: false, problem: 'digest-mismatch', firstBrokenSeq: 5 });
  });

  it('detects the last entries cut and the head fixed, once a checkpoint has seen them', async () => {
    await write(7);
    await checkpoint();
    await db.deleteFrom('audit_entries').where('seq', '>', 5).execute();
    const five = (await allRows(db))[4]!;
    await db.updateTable('audit_chain_head').set({ last_seq: 5, last_hash: five.hash }).where('id', '=', 1).execute();
    expect(await verify()).toMatchObject({ ok: false, problem: 'rolled-back', firstBrokenSeq: 6, checked: 5 });
    // The periodic job refuses to sign the shortened chain, so the evidence is not overwritten.
    await expect(checkpoint()).rejects.toBeInstanceOf(CheckpointRefused);
  });

  it('detects cut entries against a digest kept on paper even without the checkpoint file', async () => {
    await write(4);
    const digest = printableDigest((await checkpoint())!);
    await db.deleteFrom('audit_entries').where('seq', '=', 4).execute();
    const three = (await allRows(db))[2]!;
    await db.updateTable('audit_chain_head').set({ last_seq: 3, last_hash: three.hash }).where('id', '=', 1).execute();
    rmSync(file);
    expect(await verify(digest)).toMatchObject({ ok: false, problem: 'rolled-back', firstBrokenSeq: 4 });
  });

  it('reports a rollback to an older copy of the table, and passes with a note once the restore is acknowledged', async () => {
    await write(3);
    const backup = await allRows(db);
    const backupHead = await db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    await write(3);
    await checkpoint();
    await db.deleteFrom('audit_entries').execute();
    await db.insertInto('audit_entries').values(backup).execute();
    await db.updateTable('audit_chain_head').set({ last_seq: backupHead.last_seq, last_hash: backupHead.last_hash }).where('id', '=', 1).execute();

    expect(await verify()).toMatchObject({ ok: false, problem: 'rolled-back', firstBrokenSeq: 4, checked: 3 });
    const ack = await acknowledgeRollback(db, keys, file, { now: now(), reason: 'Khôi phục sau sự cố ổ đĩa, biên bản 12/2026' });
    expect(ack).toMatchObject({ type: 'restore-acknowledged', seq: 3, keptUntil: 3 });
    const result = await verify();
    expect(result).toMatchObject({ ok: true, checked: 3, checkpointsChecked: 2 });
    expect(result.notes).toEqual([
      'Đã xác nhận khôi phục từ bản sao lưu lúc 2026-11-23T02:00:00.000Z (lý do: Khôi phục sau sự cố ổ đĩa, biên bản 12/2026); các bản ghi sau số 3 (điểm mốc cũ đến số 6) đã mất theo bản sao lưu.',
    ]);
    // Life goes on: new entries reuse the lost numbers and are checkpointed again.
    await write(4);
    expect(await checkpoint()).toMatchObject({ seq: 7 });
    expect(await verify()).toMatchObject({ ok: true, checked: 7 });
  });

  it('reports a restored copy that was written past the old checkpoint as a rollback at that checkpoint', async () => {
    await write(2);
    const backup = await allRows(db);
    const backupHead = await db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    await write(2);
    await checkpoint();
    await db.deleteFrom('audit_entries').execute();
    await db.insertInto('audit_entries').values(backup).execute();
    await db.updateTable('audit_chain_head').set({ last_seq: backupHead.last_seq, last_hash: backupHead.last_hash }).where('id', '=', 1).execute();
    await write(5, 100);
    expect(await verify()).toMatchObject({ ok: false, problem: 'rolled-back', firstBrokenSeq: 4 });
    await acknowledgeRollback(db, keys, file, { now: now(), reason: 'Khôi phục' });
    expect(await verify()).toMatchObject({ ok: true, checked: 7 });
  });

  it('refuses to acknowledge a restore when entries were edited', async () => {
    await write(4);
    await checkpoint();
    await set(db, { data: '{"i":42}' });
    await attackerRelinks(db, 3);
    await expect(acknowledgeRollback(db, keys, file, { now: now(), reason: 'che giấu' })).rejects.toBeInstanceOf(CheckpointRefused);
  });

  it('rejects a checkpoint line that was edited, or signed with another key', async () => {
    await write(3);
    await checkpoint();
    const original = readFileSync(file, 'utf8');
    const line = JSON.parse(original) as { seq: number };
    writeFileSync(file, JSON.stringify({ ...line, seq: 2 }) + '\n');
    expect(await verify()).toMatchObject({ ok: false, problem: 'forged-checkpoint', reason: 'Dòng 1 của tệp điểm mốc: chữ ký không hợp lệ (bị sửa hoặc giả mạo).' });

    writeFileSync(file, original);
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = { v: 1, type: 'restore-acknowledged', seq: 3, hash: ZERO, at: now(), legacyUntil: 0, keptUntil: 0, reason: 'x' };
    const payload = Buffer.from(JSON.stringify([forged.v, forged.type, forged.seq, forged.hash, forged.at, forged.legacyUntil, forged.keptUntil, forged.reason]));
    appendFileSync(file, JSON.stringify({ ...forged, signature: sign(null, payload, other).toString('base64') }) + '\n');
    expect(await verify()).toMatchObject({ ok: false, problem: 'forged-checkpoint', reason: 'Dòng 2 của tệp điểm mốc: chữ ký không hợp lệ (bị sửa hoặc giả mạo).' });
  });

  it('keeps legacy sha256 entries verifying, and catches keyed entries downgraded to legacy ones', async () => {
    // Three entries as written before keyed hashes existed.
    let prev = ZERO;
    for (let seq = 1; seq <= 3; seq++) {
      const fields = { seq, occurred_at: '2026-11-01T00:00:00.000Z', actor_kind: 'system', actor_id: null, action: 'old.event', entity_type: 'test', entity_id: null, org_unit_id: null, data: '{}', request_id: null, prev_hash: prev, key_id: null };
      prev = legacyHash(fields);
      await db.insertInto('audit_entries').values({ ...fields, hash: prev }).execute();
    }
    await db.updateTable('audit_chain_head').set({ last_seq: 3, last_hash: prev }).where('id', '=', 1).execute();
    expect(await checkpoint()).toMatchObject({ seq: 3, legacyUntil: 3 });
    await write(3);
    expect(await verify()).toMatchObject({ ok: true, checked: 6, legacyEntries: 3 });
    expect((await allRows(db)).map((r) => r.key_id)).toEqual([null, null, null, 'k1', 'k1', 'k1']);

    await db.updateTable('audit_entries').set({ key_id: null, data: '{"i":42}' }).where('seq', '>=', 4).execute();
    await attackerRelinks(db, 4);
    expect(await verify()).toMatchObject({ ok: false, problem: 'downgraded', firstBrokenSeq: 4, checked: 3 });
  });

  it('verifies entries written before and after a key rotation', async () => {
    await write(2);
    rotateAuditKey(keys);
    keys = installAuditKeys(loadAuditKeys(join(dir, 'keys'), 'test'));
    await write(2);
    expect((await allRows(db)).map((r) => r.key_id)).toEqual(['k1', 'k1', 'k2', 'k2']);
    expect(await verify()).toMatchObject({ ok: true, checked: 4 });
  });

  it('signs on schedule only when the head moved, and logs a refusal instead of signing a cut chain', async () => {
    const logged: [string, object][] = [];
    const log = { info: (obj: object, msg: string) => void logged.push([msg, obj]), error: (obj: object, msg: string) => void logged.push([msg, obj]) };
    const schedule = scheduleCheckpoints({ db, keys, file, clock: t.clock, minutes: 15 }, log);
    try {
      await write(3);
      await schedule.runOnce('start');
      await schedule.runOnce('shutdown');
      const digest = printableDigest(JSON.parse(readFileSync(file, 'utf8')) as { seq: number; hash: string });
      expect(logged).toEqual([['audit checkpoint signed', { reason: 'start', seq: 3, digest }]]);
      await db.deleteFrom('audit_entries').where('seq', '=', 3).execute();
      const two = (await allRows(db))[1]!;
      await db.updateTable('audit_chain_head').set({ last_seq: 2, last_hash: two.hash }).where('id', '=', 1).execute();
      await schedule.runOnce('schedule');
      expect(logged.at(-1)![0]).toBe('audit checkpoint refused');
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
    } finally {
      schedule.stop();
    }
  });

  it('keeps the key files readable by their owner only', () => {
    for (const name of ['hmac-k1.key', 'checkpoint-signing.pem']) expect(statSync(join(dir, 'keys', name)).mode & 0o777).toBe(0o600);
  });
});

describe('the audit keys in production', () => {
  it('refuses to start without the keys directory instead of creating new keys', () => {
    const missing = join(tmpdir(), `motcua-no-keys-${process.pid}`);
    expect(() => loadAuditKeys(missing, 'production')).toThrow(ConfigError);
    expect(() => loadAuditKeys(missing, 'production')).toThrow(/AUDIT_KEYS_DIR: không tìm thấy thư mục khóa/);
  });

  it('refuses key files that others can read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-audit-keys-'));
    const keysDir = join(dir, 'keys');
    loadAuditKeys(keysDir, 'development');
    chmodSync(join(keysDir, 'hmac-k1.key'), 0o644);
    expect(() => loadAuditKeys(keysDir, 'production')).toThrow(/chmod 600/);
    rmSync(dir, { recursive: true, force: true });
  });
});
