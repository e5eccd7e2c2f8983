import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import { createDatabase, type Engine } from '../../db/database.ts';
import { migrations } from '../../db/migrations/index.ts';
import { LONG_SESSIONS, receiptBody, startDossierWorld, type DossierWorld } from '../../modules/dossiers/dossiers.test-support.ts';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { activeAuditKeys } from '../audit/audit-keys.ts';
import { verifyAuditChain as verifyWithKeys } from '../audit/audit-verify.ts';
import { BackupError } from './backup-error.ts';
import type { BackupPaths } from './backup-sources.ts';
import { createBackup } from './create-backup.ts';
import { loadSnapshot } from './database-snapshot.ts';
import { restoreBackup } from './restore-backup.ts';

const TSX = fileURLToPath(new URL('../../../../../node_modules/tsx/dist/loader.mjs', import.meta.url));
const BACKUP_CLI = fileURLToPath(new URL('../../cli/backup.ts', import.meta.url));

interface Receipt {
  dossierId: string;
  sha256: string;
  bytes: Buffer;
}

/** A small PDF whose bytes differ on every call, so every receipt adds its own stored file. */
const uniquePdf = () => Buffer.from(`%PDF-1.4\n% ${randomBytes(16).toString('hex')}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function multipart(bytes: Buffer) {
  const boundary = '----motcua-backup';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="don-de-nghi.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The desk scans the application form and receives the dossier: acknowledged once both answered. */
async function receiveWithScan(t: TestApp, w: DossierWorld): Promise<Receipt> {
  const bytes = uniquePdf();
  const upload = multipart(bytes);
  const file = await t.app.inject({ method: 'POST', url: '/api/files', headers: { ...w.desk.headers, ...upload.headers }, payload: upload.payload });
  if (file.statusCode !== 201) throw new Error(`upload: ${file.statusCode} ${file.body}`);
  const documents = receiptBody(w).documents.map((d) => (d.requirement === 1 ? { ...d, fileId: file.json().id as string } : d));
  const res = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: w.desk.headers, payload: receiptBody(w, { documents }) });
  if (res.statusCode !== 201) throw new Error(`receive: ${res.statusCode} ${res.body}`);
  return { dossierId: res.json().id as string, sha256: sha256(bytes), bytes };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

/** `npm run backup` as an operator runs it, in its own process, from `cwd` (whose ./data holds the audit keys). */
function runBackupCli(cwd: string, env: Record<string, string>, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, BACKUP_CLI, ...args], { cwd, env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => void (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** An empty restore target: a new SQLite path, or a new PostgreSQL database. */
async function emptyTarget(engine: Engine, dir: string): Promise<{ config: Config['database']; drop(): Promise<void> }> {
  if (engine === 'sqlite') return { config: { engine, file: join(dir, 'restored.db') }, drop: async () => undefined };
  const name = `motcua_restore_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return { config: { engine, url: url.toString() }, drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

const targetPaths = (dir: string): BackupPaths => ({
  filesDir: join(dir, 'files'), signingDir: join(dir, 'signing'), auditKeysDir: join(dir, 'audit-keys'), auditCheckpointFile: join(dir, 'audit-checkpoints.jsonl'),
});

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}


const verifyAuditChain = (db: Parameters<typeof verifyWithKeys>[0]) => verifyWithKeys(db, activeAuditKeys(), { checkpointFile: null });
describe.each(testEngines())('backup and restore on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let work: string;
  let backupDir: string;
  let firstTarget: Config['database'];
  const acknowledgedBefore: Receipt[] = [];
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    // The desks scan faster than any officer's upload allowance (120 a minute): the load is not what is tested here.
    ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z', { ...LONG_SESSIONS, UPLOAD_RATE_PER_MINUTE_OFFICER: '1000000' }));
    work = mkdtempSync(join(tmpdir(), 'motcua-backup-'));
    mkdirSync(join(work, 'data', 'audit-keys'), { recursive: true });
    writeFileSync(join(work, 'data', 'audit-keys', 'checkpoint-signing.key'), 'audit key of the province\n');
    writeFileSync(join(work, 'data', 'audit-checkpoints.jsonl'), '{"seq":1,"hash":"checkpoint-at-backup"}\n');
    mkdirSync(t.ctx.config.signing.dir, { recursive: true });
    writeFileSync(join(t.ctx.config.signing.dir, 'ca.p12'), randomBytes(64));
  });
  afterAll(async () => {
    await t.close();
    for (const drop of drops) await drop();
    rmSync(work, { recursive: true, force: true });
  });

  it('a backup taken while receipts keep arriving restores every receipt acknowledged before it, with its file, and the restored system serves them', async () => {
    // The worst case for a copy: every receipt still in the write-ahead log, none checkpointed into the main file yet.
    if (engine === 'sqlite') await sql`pragma wal_autocheckpoint = 0`.execute(t.ctx.db);
    const acknowledged: Receipt[] = [];
    let stop = false;
    const desk = async () => {
      while (!stop) acknowledged.push(await receiveWithScan(t, w));
    };
    const desks = [desk(), desk()];
    await until(() => acknowledged.length >= 6);
    acknowledgedBefore.push(...acknowledged);

    const db = t.database.config;
    const backup = await runBackupCli(work, {
      DATABASE_URL: db.engine === 'sqlite' ? `file:${db.file}` : db.url, FILE_STORAGE_DIR: t.ctx.config.files.dir, SIGNING_DIR: t.ctx.config.signing.dir,
    }, ['--out', join(work, 'backups')]);
    const acknowledgedDuring = acknowledged.length - acknowledgedBefore.length;
    stop = true;
    await Promise.all(desks);
    expect(backup.code, backup.output).toBe(0);
    expect(acknowledgedDuring, 'receipts kept arriving while the backup ran').toBeGreaterThan(0);
    backupDir = /: (\S+motcua-\S+)$/m.exec(backup.output)![1]!;

    const target = await emptyTarget(engine, work);
    drops.push(target.drop);
    firstTarget = target.config;
    const paths = targetPaths(join(work, 'restored'));
    await restoreBackup({ backupDir, database: target.config, paths });

    const restored = createDatabase(target.config, 2);
    const app = await buildApp({ config: { ...t.ctx.config, database: target.config, files: { ...t.ctx.config.files, dir: paths.filesDir }, signing: { ...t.ctx.config.signing, dir: paths.signingDir } }, database: restored, clock: t.clock, logStream: { write: () => undefined } });
    try {
      const rows = await restored.db.selectFrom('dossier_documents').innerJoin('stored_files', 'stored_files.id', 'dossier_documents.file_id').select(['dossier_documents.dossier_id', 'stored_files.sha256']).execute();
      const restoredScans = new Map(rows.map((r) => [r.dossier_id, r.sha256]));
      for (const receipt of acknowledgedBefore) expect(restoredScans.get(receipt.dossierId), receipt.dossierId).toBe(receipt.sha256);
      // Every file the restored database cites is there, byte for byte, including receipts caught mid-backup.
      for (const { sha256: address } of await restored.db.selectFrom('stored_files').select('sha256').execute()) {
        expect(sha256(readFileSync(join(paths.filesDir, address.slice(0, 2), address)))).toBe(address);
      }
      expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, firstBrokenSeq: null });
      expect(readFileSync(join(paths.signingDir, 'ca.p12')).equals(readFileSync(join(t.ctx.config.signing.dir, 'ca.p12')))).toBe(true);
      expect(readFileSync(join(paths.auditKeysDir, 'checkpoint-signing.key'), 'utf8')).toBe('audit key of the province\n');
      expect(existsSync(paths.auditCheckpointFile), 'checkpoints are kept in the backup, never restored').toBe(false);
      expect(readFileSync(join(backupDir, 'records', 'audit-checkpoints.jsonl'), 'utf8')).toBe('{"seq":1,"hash":"checkpoint-at-backup"}\n');

      const first = acknowledgedBefore[0]!;
      const page = await app.app.inject({ method: 'GET', url: `/api/dossiers/${first.dossierId}`, headers: w.desk.headers });
      expect(page.statusCode, page.body).toBe(200);
      const scanned = page.json().documents.find((d: { file: unknown }) => d.file !== null);
      const download = await app.app.inject({ method: 'GET', url: `/api/dossiers/${first.dossierId}/documents/${scanned.id}/file`, headers: w.desk.headers });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(first.bytes)).toBe(true);
    } finally {
      await app.app.close();
      await restored.destroy();
    }
  });

  it('refuses a backup with one byte changed in a stored file or in the database dump, naming it, and writes nothing', async () => {
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { database: { path: string }; entries: { path: string }[] };
    const storedFile = manifest.entries.find((e) => e.path.startsWith('files/'))!.path;
    for (const damaged of [storedFile, manifest.database.path]) {
      const copy = join(work, `tampered-${damaged.length}`);
      cpSync(backupDir, copy, { recursive: true });
      const bytes = readFileSync(join(copy, damaged));
      bytes[bytes.length >> 1]! ^= 0x01;
      writeFileSync(join(copy, damaged), bytes);
      const target = await emptyTarget(engine, copy);
      drops.push(target.drop);
      const paths = targetPaths(join(copy, 'restored'));

      const error = await refusal(restoreBackup({ backupDir: copy, database: target.config, paths }));
      expect(error.vi).toBe(`Bản sao lưu bị hỏng: ${damaged} không khớp mã băm SHA-256 trong tệp kê khai. Không khôi phục.`);
      expect(error.en).toBe(`The backup is damaged: ${damaged} does not match its SHA-256 in the manifest. Nothing was restored.`);
      expect(existsSync(paths.filesDir)).toBe(false);
      expect(existsSync(paths.signingDir)).toBe(false);
      if (target.config.engine === 'sqlite') expect(existsSync(target.config.file)).toBe(false);
    }
  });

  it('refuses a backup that stopped before its manifest, and a database that already holds data unless forced', async () => {
    const incomplete = join(work, 'incomplete');
    cpSync(backupDir, incomplete, { recursive: true });
    rmSync(join(incomplete, 'manifest.json'));
    const target = await emptyTarget(engine, incomplete);
    drops.push(target.drop);
    const error = await refusal(restoreBackup({ backupDir: incomplete, database: target.config, paths: targetPaths(join(incomplete, 'restored')) }));
    expect(error.en).toBe('The backup is incomplete: manifest.json is missing (the backup stopped halfway, or this is the wrong directory). Nothing was restored.');

    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { entries: { path: string }[] };
    const lost = manifest.entries.find((e) => e.path.startsWith('files/'))!.path;
    const missingFile = join(work, 'missing-file');
    cpSync(backupDir, missingFile, { recursive: true });
    rmSync(join(missingFile, lost));
    const missing = await refusal(restoreBackup({ backupDir: missingFile, database: target.config, paths: targetPaths(join(missingFile, 'restored')) }));
    expect(missing.vi).toBe(`Bản sao lưu không đầy đủ: thiếu ${lost}. Không khôi phục.`);

    const paths = targetPaths(join(work, 'live'));
    const busy = await refusal(restoreBackup({ backupDir, database: t.database.config, paths }));
    expect(busy.vi).toMatch(/^Cơ sở dữ liệu đích đã có dữ liệu/);
    expect(existsSync(paths.filesDir)).toBe(false);
  });

  it('with --force replaces a database that holds data, in full', async () => {
    const database = createDatabase(firstTarget, 1);
    try {
      await database.db.insertInto('bench_items').values({ id: 'written-after-restore', note: 'later work', created_at: '2026-11-24T00:00:00.000Z' }).execute();
      await refusal(restoreBackup({ backupDir, database: firstTarget, paths: targetPaths(join(work, 'restored')) }));
      await restoreBackup({ backupDir, database: firstTarget, paths: targetPaths(join(work, 'restored')), force: true });
      expect(await database.db.selectFrom('bench_items').selectAll().execute()).toEqual([]);
      expect(await database.db.selectFrom('dossiers').select('id').where('id', '=', acknowledgedBefore[0]!.dossierId).execute()).toHaveLength(1);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
    } finally {
      await database.destroy();
    }
  });

  it('stops, naming the file, when the database cites a stored file the file store lacks', async () => {
    const damagedStore = join(work, 'damaged-store');
    cpSync(t.ctx.config.files.dir, damagedStore, { recursive: true });
    const lost = acknowledgedBefore[0]!.sha256;
    rmSync(join(damagedStore, lost.slice(0, 2), lost));
    const out = join(work, 'damaged-store-backups');
    const error = await refusal(createBackup({ database: t.database.config, paths: { ...targetPaths(join(work, 'none')), filesDir: damagedStore }, outDir: out }));
    expect(error.en).toMatch(new RegExp(`^The database cites 1 files absent from .*damaged-store \\(e\\.g\\. ${lost}\\)\\. Backup stopped`));
    expect(readdirSync(out)).toEqual([]);
  });

  it.runIf(engine === 'postgres')('a PostgreSQL load that fails midway leaves the replaced database as it was', async () => {
    const garbage = join(work, 'unreadable.pgdump');
    writeFileSync(garbage, Buffer.concat([Buffer.from('PGDMP'), randomBytes(256)]));
    await refusal(loadSnapshot(firstTarget, garbage, true));
    const database = createDatabase(firstTarget, 1);
    try {
      expect(await database.db.selectFrom('dossiers').select('id').where('id', '=', acknowledgedBefore[0]!.dossierId).execute()).toHaveLength(1);
    } finally {
      await database.destroy();
    }
  });

  it('restores a backup of an older version and brings it to the latest schema', async () => {
    const older = await emptyTarget(engine, join(work, 'older'));
    drops.push(older.drop);
    mkdirSync(join(work, 'older'), { recursive: true });
    const names = Object.keys(migrations).sort();
    const database = createDatabase(older.config, 1);
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations }, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
    expect((await migrator.migrateTo(names.at(-2)!)).error).toBeUndefined();
    await database.destroy();
    const paths = targetPaths(join(work, 'older'));
    const { dir, manifest } = await createBackup({ database: older.config, paths, outDir: join(work, 'older-backups') });
    expect(manifest.migrations).toEqual(names.slice(0, -1));

    const target = await emptyTarget(engine, join(work, 'older-restored'));
    drops.push(target.drop);
    mkdirSync(join(work, 'older-restored'), { recursive: true });
    const result = await restoreBackup({ backupDir: dir, database: target.config, paths: targetPaths(join(work, 'older-restored')) });
    expect(result.migrationsApplied).toEqual([names.at(-1)]);
  });
});
