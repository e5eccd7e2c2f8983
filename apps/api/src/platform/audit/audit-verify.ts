import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuditKeys } from './audit-keys.ts';
import { keyedHash, legacyHash } from './audit.ts';
import { chainHead, streamEntries } from './audit.queries.ts';
import { acknowledgeRestore, CheckpointRefused, parseDigest, printableDigest, readCheckpoints, type Checkpoint } from './checkpoints.ts';

export type ChainProblem = 'tampered' | 'missing' | 'downgraded' | 'rolled-back' | 'forged-checkpoint' | 'digest-mismatch';

export interface ChainVerification {
  ok: boolean;
  /** Entries found intact before the first problem (all of them when ok). */
  checked: number;
  firstBrokenSeq: number | null;
  problem: ChainProblem | null;
  reason: string | null;
  lastSeq: number;
  /** Unkeyed entries from before keyed hashes (plain sha256). */
  legacyEntries: number;
  checkpointsChecked: number;
  latestCheckpoint: { seq: number; at: string; digest: string } | null;
  /** Acknowledged restores, and what could not be checked. */
  notes: string[];
}

export interface VerifyOptions {
  /** The checkpoint file; null checks the chain alone (truncation after the last entry then goes unnoticed). */
  checkpointFile: string | null;
  /** A printed digest (`seq 12345 · ABCD-…`) copied on paper, checked against the database. */
  digest?: string;
}

interface Expectation { seq: number; hash: string; source: string; fromDigest?: true }

const ZERO = '0'.repeat(64);

/** Replays the checkpoint lines: what the database must still contain, and the notes on acknowledged restores. */
function expectationsOf(checkpoints: Checkpoint[], notes: string[]): Expectation[] {
  let expected: Expectation[] = [];
  for (const c of checkpoints) {
    if (c.type === 'restore-acknowledged') {
      const dropped = expected.filter((e) => e.seq > c.keptUntil!);
      expected = expected.filter((e) => e.seq <= c.keptUntil!);
      const lost = dropped.length > 0 ? `; các bản ghi sau số ${c.keptUntil} (điểm mốc cũ đến số ${Math.max(...dropped.map((e) => e.seq))}) đã mất theo bản sao lưu` : '';
      notes.push(`Đã xác nhận khôi phục từ bản sao lưu lúc ${c.at} (lý do: ${c.reason})${lost}.`);
    }
    expected.push({ seq: c.seq, hash: c.hash, source: `điểm mốc đã ký lúc ${c.at}` });
  }
  return expected;
}

/**
 * Walks the whole chain: every hash recomputed with its entry's key (or as plain sha256 for legacy entries, which may
 * only precede the signed boundary), every link, the head, every signed checkpoint and an optional printed digest.
 * Reports the first problem with the entry it concerns.
 */
export async function verifyAuditChain(db: Kysely<DB>, keys: AuditKeys, options: VerifyOptions): Promise<ChainVerification> {
  const notes: string[] = [];
  // Entries appended while this runs are beyond the head read here and left for the next verification.
  const head = await chainHead(db);
  const headSeq = Number(head.last_seq);
  const lines = options.checkpointFile ? readCheckpoints(options.checkpointFile, keys) : [];
  const checkpoints = lines.flatMap((l) => ('checkpoint' in l ? [l.checkpoint] : []));
  const latest = checkpoints.at(-1);
  const result = {
    lastSeq: headSeq, legacyEntries: 0, checkpointsChecked: checkpoints.length, notes,
    latestCheckpoint: latest ? { seq: latest.seq, at: latest.at, digest: printableDigest(latest) } : null,
  };
  const fail = (problem: ChainProblem, checked: number, firstBrokenSeq: number | null, reason: string): ChainVerification =>
    ({ ok: false, checked, firstBrokenSeq, problem, reason, ...result });

  const forged = lines.find((l) => 'forged' in l);
  if (forged && 'forged' in forged) return fail('forged-checkpoint', 0, null, `Dòng ${forged.line} của tệp điểm mốc: ${forged.forged} (bị sửa hoặc giả mạo).`);
  if (options.checkpointFile && checkpoints.length === 0) notes.push('Chưa có điểm mốc đã ký: chưa kiểm tra được việc cắt bớt bản ghi cuối.');
  const expected = expectationsOf(checkpoints, notes);
  if (options.digest) {
    const d = parseDigest(options.digest);
    if (!d) return fail('digest-mismatch', 0, null, `Không đọc được mã đối chiếu "${options.digest}".`);
    expected.push({ seq: d.seq, hash: d.hashPrefix, source: `mã đối chiếu ${options.digest}`, fromDigest: true });
  }
  const expectedAt = new Map<number, Expectation[]>();
  for (const e of expected) expectedAt.set(e.seq, [...(expectedAt.get(e.seq) ?? []), e]);
  const legacyUntil = checkpoints[0]?.legacyUntil ?? null;

  let prevHash = ZERO;
  let expectedSeq = 1;
  let checked = 0;
  let keyedSeen = false;
  for await (const row of streamEntries(db)) {
    if (row.seq > headSeq && row.seq === expectedSeq) break;
    if (row.seq !== expectedSeq) return fail('missing', checked, expectedSeq, `Thiếu bản ghi số ${expectedSeq}.`);
    const broken = (problem: ChainProblem, reason: string) => fail(problem, checked, row.seq, reason);
    if (row.prev_hash !== prevHash) return broken('tampered', `Bản ghi số ${row.seq}: mã băm trước không khớp bản ghi liền trước.`);
    const { hash, ...stored } = row;
    const fields = { ...stored, occurred_at: new Date(stored.occurred_at).toISOString() };
    if (fields.key_id === null) {
      if (keyedSeen || (legacyUntil !== null && row.seq > legacyUntil)) {
        return broken('downgraded', `Bản ghi số ${row.seq} không có khóa nhưng nằm sau mốc bắt đầu dùng khóa${legacyUntil !== null ? ` (số ${legacyUntil})` : ''}: bị hạ cấp để giả mạo.`);
      }
      if (legacyHash(fields) !== hash) return broken('tampered', `Bản ghi số ${row.seq}: nội dung không khớp mã băm.`);
      result.legacyEntries += 1;
    } else {
      const key = keys.hmac.get(fields.key_id);
      if (!key) return broken('tampered', `Bản ghi số ${row.seq}: khóa "${fields.key_id}" không có trong thư mục khóa.`);
      if (keyedHash(key, { ...fields, key_id: fields.key_id }) !== hash) return broken('tampered', `Bản ghi số ${row.seq}: nội dung không khớp mã HMAC (bị sửa).`);
      keyedSeen = true;
    }
    for (const e of expectedAt.get(row.seq) ?? []) {
      if (!hash.startsWith(e.hash)) {
        if (e.fromDigest) return broken('digest-mismatch', `Bản ghi số ${row.seq} khác ${e.source}.`);
        return broken('rolled-back', `Bản ghi số ${row.seq} khác ${e.source}: cơ sở dữ liệu đã bị thay bằng một lịch sử khác (khôi phục bản sao lưu cũ rồi ghi tiếp?).`);
      }
    }
    prevHash = hash;
    expectedSeq += 1;
    checked += 1;
  }
  const lastSeq = expectedSeq - 1;
  if (headSeq !== lastSeq || head.last_hash !== prevHash) return fail('missing', checked, expectedSeq, `Các bản ghi sau số ${lastSeq} bị mất.`);
  const beyond = expected.filter((e) => e.seq > lastSeq).sort((a, b) => b.seq - a.seq)[0];
  if (beyond) {
    return fail('rolled-back', checked, lastSeq + 1, `${beyond.source[0]!.toUpperCase()}${beyond.source.slice(1)} ghi nhận bản ghi số ${beyond.seq}, nhưng cơ sở dữ liệu chỉ còn đến số ${lastSeq}: bản ghi cuối bị cắt bớt hoặc đã khôi phục bản sao lưu cũ.`);
  }
  return { ok: true, checked, firstBrokenSeq: null, problem: null, reason: null, ...result };
}

/**
 * The operator's statement after a legitimate restore from backup. Only a rollback can be acknowledged: an edited,
 * missing or downgraded entry still fails. History the restored database no longer shares with the signed lines
 * (everything after the first disagreement) is declared gone, and the restored head becomes the new anchor.
 */
export async function acknowledgeRollback(db: Kysely<DB>, keys: AuditKeys, file: string, opts: { now: string; reason: string }) {
  const check = await verifyAuditChain(db, keys, { checkpointFile: file });
  if (!check.ok && check.problem !== 'rolled-back') throw new CheckpointRefused(`Không xác nhận khôi phục: ${check.reason} Chỉ xác nhận được việc quay lui về bản sao lưu, không phải bản ghi bị sửa.`);
  const keptUntil = check.ok ? check.lastSeq : check.firstBrokenSeq! - 1;
  return acknowledgeRestore(db, keys, file, { now: opts.now, keptUntil, reason: opts.reason });
}
