import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError, type Config } from '../../config.ts';

/**
 * The audit log's secrets, kept in files outside the database: HMAC keys that make each entry's hash unforgeable
 * without them (one per key id, the newest writes, every one still verifies its own entries) and the Ed25519 key
 * that signs checkpoints. Someone who can edit the database but not read this directory cannot rewrite the chain.
 */
export interface AuditKeys {
  dir: string;
  activeKeyId: string;
  hmac: ReadonlyMap<string, Buffer>;
  signing: KeyObject;
  verifying: KeyObject;
}

const HMAC_FILE = /^hmac-k(\d+)\.key$/;
const SIGNING_FILE = 'checkpoint-signing.pem';
const VERIFYING_FILE = 'checkpoint-verifying.pem';

const keyNumber = (file: string) => Number(HMAC_FILE.exec(file)![1]);

function writeNewKeyFiles(dir: string): void {
  writeFileSync(join(dir, 'hmac-k1.key'), randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, SIGNING_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(join(dir, VERIFYING_FILE), publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644, flag: 'wx' });
}

/** Builds the directory beside its final place and renames it in: two processes starting at once keep one set of keys. */
function createKeysDir(dir: string): void {
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(join(dirname(dir), `.${basename(dir)}-`));
  try {
    writeNewKeyFiles(staging);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
}

function readSecretFile(path: string, production: boolean): Buffer {
  if (production && (statSync(path).mode & 0o077) !== 0) {
    throw new ConfigError([`AUDIT_KEYS_DIR: tệp khóa ${path} phải chỉ chủ sở hữu đọc được (chmod 600)`]);
  }
  return readFileSync(path);
}

/**
 * Loads the keys; outside production a missing directory is created with fresh keys (files 0600). Production refuses
 * to start without them: new keys would silently restart the chain's trust and hide an attacker who deleted them.
 * Verifying never creates keys (`create` false).
 */
export function loadAuditKeys(keysDir: string, env: Config['env'], create = env !== 'production'): AuditKeys {
  const dir = resolve(keysDir);
  const production = env === 'production';
  if (!existsSync(dir)) {
    if (!create) {
      throw new ConfigError([
        `AUDIT_KEYS_DIR: không tìm thấy thư mục khóa nhật ký kiểm toán ${dir}. Khôi phục thư mục khóa từ bản sao lưu, hoặc, nếu hệ thống chưa từng có khóa, tạo khóa bằng \`npm run audit:keys -- --init\`.`,
      ]);
    }
    createKeysDir(dir);
  }
  const files = readdirSync(dir).filter((f) => HMAC_FILE.test(f)).sort((a, b) => keyNumber(a) - keyNumber(b));
  if (files.length === 0 || !existsSync(join(dir, SIGNING_FILE))) {
    throw new ConfigError([`AUDIT_KEYS_DIR: thư mục ${dir} thiếu khóa HMAC (hmac-k1.key) hoặc khóa ký điểm mốc (${SIGNING_FILE})`]);
  }
  const hmac = new Map(files.map((f) => [`k${keyNumber(f)}`, Buffer.from(readSecretFile(join(dir, f), production).toString('utf8').trim(), 'base64')]));
  const signing = createPrivateKey(readSecretFile(join(dir, SIGNING_FILE), production));
  return { dir, activeKeyId: `k${keyNumber(files.at(-1)!)}`, hmac, signing, verifying: createPublicKey(signing) };
}

/** Production's first start on a new database: the operator creates the keys once, knowingly. */
export function initAuditKeys(keysDir: string): void {
  const dir = resolve(keysDir);
  if (existsSync(dir)) throw new Error(`${dir} đã tồn tại; không tạo lại khóa.`);
  createKeysDir(dir);
}

/** Adds a new HMAC key; new entries use it, older entries keep verifying with theirs. Returns the new key id. */
export function rotateAuditKey(keys: AuditKeys): string {
  const next = Math.max(...[...keys.hmac.keys()].map((id) => Number(id.slice(1)))) + 1;
  writeFileSync(join(keys.dir, `hmac-k${next}.key`), randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return `k${next}`;
}

/**
 * The keys the process writes with. Process-wide like the machine's clock: seeds and command-line tools append audit
 * entries outside buildApp. Nothing is written without keys, so no entry can fall back to the unkeyed format.
 */
let installed: AuditKeys | null = null;

export function installAuditKeys(keys: AuditKeys): AuditKeys {
  installed = keys;
  return keys;
}

export function activeAuditKeys(): AuditKeys {
  if (!installed) throw new Error('Audit keys are not loaded: call openAuditKeys(config) at startup');
  return installed;
}

/** Loads (creating outside production) and installs the keys named by the configuration. */
export function openAuditKeys(config: Pick<Config, 'env' | 'audit'>): AuditKeys {
  return installAuditKeys(loadAuditKeys(config.audit.keysDir, config.env));
}
