import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roleCodes, roles, type RoleCode } from '@motcua/shared';
import { z } from 'zod';

/** The secrets the README and the demo publish: fine for a demo, refused in production. */
export const DEMO_SECRETS = {
  signingPassword: 'motcua-demo',
  paymentSandbox: 'motcua-sandbox-secret-0123456789',
  inbound: 'motcua-dvcqg-demo-secret',
} as const;

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** An address or CIDR block a reverse proxy connects from, or one of proxy-addr's names for the private ranges. */
const proxyEntry = (entry: string): boolean => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .default('file:./data/motcua.db')
    .refine((u) => u.startsWith('file:') || /^postgres(ql)?:\/\//.test(u), 'must be file:<path> or postgres://…'),
  FILE_STORAGE_DIR: z.string().default('./data/files'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  COOKIE_SECURE: bool.optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  /** Sign-in delays cap: after LOGIN_MAX_FAILURES from one address the waits double from 1 s up to this. */
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Failures over all addresses before the account name itself is delayed (bounds a distributed guesser). */
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().positive().default(20),
  /** Roles whose officers must enable TOTP before using anything else; default in TOTP_DEFAULT_ROLES. */
  TOTP_REQUIRED_ROLES: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((r) => !r.trim() || (roleCodes as readonly string[]).includes(r.trim())), `list of role codes: ${roleCodes.join(', ')}`),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /**
   * Reverse proxies whose X-Forwarded-For / -Proto / -Host are believed ("127.0.0.1,10.0.0.0/8"); empty: none, so a
   * client cannot choose the address its rate limits count against.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
    .refine((list) => list.every(proxyEntry), 'địa chỉ IP hoặc dải CIDR, cách nhau bằng dấu phẩy, ví dụ 127.0.0.1,10.0.0.0/8'),
  /** Load the demo province and its published demo accounts; default on outside production, refused in production. */
  DEMO_SEED: bool.optional(),
  WORKER_ENABLED: bool.default(true),
  /** A job due for longer than this makes the worker log a warning and /api/health report `degraded`. */
  WORKER_LAG_WARN_SECONDS: z.coerce.number().int().positive().default(60),
  /** How long a retry with the same Idempotency-Key replays the first answer; older keys are ignored and purged. */
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().positive().default(24),
  BENCH_ENDPOINTS: bool.default(false),
  WEB_DIST_DIR: z.string().default('apps/web/dist'),
  /** Where citizens reach the portal: QR codes on receipts and results point here. */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  /** Demo certificate authority and agency PKCS#12 certificates, generated at first start when absent. */
  SIGNING_DIR: z.string().default('./data/signing'),
  SIGNING_P12_PASSWORD: z.string().default(DEMO_SECRETS.signingPassword),
  /** Applicants' log-in through an OpenID Connect provider (the national electronic identity works this way). */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Serve a local demo identity provider at /demo-idp; default: on with the demo data outside production. */
  DEMO_IDP: bool.optional(),
  /** The built-in sandbox payment gateway's shared secret (HMAC-SHA512), as the real Vietnamese gateways use. */
  PAYMENT_SANDBOX_SECRET: z.string().min(16).default(DEMO_SECRETS.paymentSandbox),
  /** smtp://user:pass@host:port; absent: e-mails are logged (without addresses) instead of sent. */
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('MotCua <no-reply@motcua.local>'),
  /** Sending systems allowed to push dossiers (the national portal): "id:secret,id2:secret2". */
  INBOUND_CLIENTS: z.string().default(`dvcqg:${DEMO_SECRETS.inbound}`),
  /** The audit log's HMAC keys and checkpoint signing key: outside the database, generated at first start except in production. */
  AUDIT_KEYS_DIR: z.string().default('./data/audit-keys'),
  /** Signed checkpoints of the audit chain, append-only, outside the database. */
  AUDIT_CHECKPOINT_FILE: z.string().default('./data/audit-checkpoints.jsonl'),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().positive().default(15),
  /** The largest inbound push read (JSON with its documents in base64, a third larger than their bytes). */
  INBOUND_MAX_BODY_MB: z.coerce.number().positive().default(50),
  /** Uploads per account per minute: applicants, officers (scanning at the desk). */
  UPLOAD_RATE_PER_MINUTE_APPLICANT: z.coerce.number().int().positive().default(20),
  UPLOAD_RATE_PER_MINUTE_OFFICER: z.coerce.number().int().positive().default(120),
  /** Bytes an applicant account may upload per day (the last 24 hours). */
  UPLOAD_QUOTA_MB_PER_DAY: z.coerce.number().positive().default(200),
});

/**
 * Production refuses what the README publishes: the demo data (its accounts' password and TOTP secret are public)
 * and every default secret. Each problem is named with the variable to set.
 */
function productionProblems(env: z.infer<typeof configSchema>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (env.DEMO_SEED) problems.push('DEMO_SEED: dữ liệu mẫu (tài khoản và mật khẩu công khai) không được nạp khi NODE_ENV=production');
  if (env.DEMO_IDP) problems.push('DEMO_IDP: nhà cung cấp định danh mẫu không được bật khi NODE_ENV=production');
  if (env.SIGNING_P12_PASSWORD === DEMO_SECRETS.signingPassword) problems.push('SIGNING_P12_PASSWORD: đặt mật khẩu riêng cho tệp chứng thư số (không dùng giá trị mặc định)');
  if (env.PAYMENT_SANDBOX_SECRET === DEMO_SECRETS.paymentSandbox) problems.push('PAYMENT_SANDBOX_SECRET: đặt khóa bí mật riêng (không dùng giá trị mặc định)');
  for (const pair of env.INBOUND_CLIENTS.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [id, secret = ''] = [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)];
    if (secret === DEMO_SECRETS.inbound) problems.push(`INBOUND_CLIENTS: hệ thống ${id} dùng khóa mẫu công khai; đặt khóa riêng`);
    else if (secret.length < 32) problems.push(`INBOUND_CLIENTS: khóa của hệ thống ${id} phải dài ít nhất 32 ký tự`);
  }
  return problems;
}

/** The roles marked requiresTotp (administrators); in production also the role that configures procedures, workflows and the calendar. */
const totpByDefault = roleCodes.filter((r) => roles[r].requiresTotp);
export const TOTP_DEFAULT_ROLES = { development: totpByDefault, production: [...totpByDefault, 'control_officer'] } satisfies Record<string, RoleCode[]>;

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof configSchema>) {
  const isPostgres = env.DATABASE_URL.startsWith('postgres');
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database: isPostgres
      ? ({ engine: 'postgres', url: env.DATABASE_URL } as const)
      : ({ engine: 'sqlite', file: env.DATABASE_URL.slice('file:'.length) } as const),
    files: { dir: env.FILE_STORAGE_DIR, maxBytes: env.UPLOAD_MAX_BYTES },
    uploads: {
      ratePerMinute: { applicant: env.UPLOAD_RATE_PER_MINUTE_APPLICANT, officer: env.UPLOAD_RATE_PER_MINUTE_OFFICER },
      applicantBytesPerDay: Math.floor(env.UPLOAD_QUOTA_MB_PER_DAY * 1024 * 1024),
    },
    inboundMaxBodyBytes: Math.floor(env.INBOUND_MAX_BODY_MB * 1024 * 1024),
    logLevel: env.LOG_LEVEL,
    session: {
      idleMinutes: env.SESSION_IDLE_MINUTES,
      absoluteHours: env.SESSION_ABSOLUTE_HOURS,
      secureCookie: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    },
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
      ratePerMinute: env.LOGIN_RATE_PER_MINUTE,
      accountMaxFailures: env.LOGIN_ACCOUNT_MAX_FAILURES,
    },
    totpRequiredRoles: (env.TOTP_REQUIRED_ROLES !== undefined
      ? env.TOTP_REQUIRED_ROLES.split(',').map((r) => r.trim()).filter(Boolean)
      : TOTP_DEFAULT_ROLES[env.NODE_ENV === 'production' ? 'production' : 'development']) as readonly RoleCode[],
    publicRatePerMinute: env.PUBLIC_RATE_PER_MINUTE,
    trustedProxies: env.TRUSTED_PROXIES,
    demoSeed: env.DEMO_SEED ?? env.NODE_ENV !== 'production',
    workerEnabled: env.WORKER_ENABLED,
    workerLagWarnSeconds: env.WORKER_LAG_WARN_SECONDS,
    idempotencyTtlHours: env.IDEMPOTENCY_TTL_HOURS,
    benchEndpoints: env.BENCH_ENDPOINTS,
    webDistDir: env.WEB_DIST_DIR,
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ''),
    signing: { dir: env.SIGNING_DIR, p12Password: env.SIGNING_P12_PASSWORD },
    oidc: env.OIDC_ISSUER && env.OIDC_CLIENT_ID ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET ?? '' } : null,
    demoIdp: env.DEMO_IDP ?? ((env.DEMO_SEED ?? true) && env.NODE_ENV !== 'production'),
    payments: { sandboxSecret: env.PAYMENT_SANDBOX_SECRET },
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.SMTP_FROM },
    inboundClients: Object.fromEntries(
      env.INBOUND_CLIENTS.split(',').map((pair) => pair.trim()).filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]),
    ) as Record<string, string>,
    audit: { keysDir: env.AUDIT_KEYS_DIR, checkpointFile: env.AUDIT_CHECKPOINT_FILE, checkpointMinutes: env.AUDIT_CHECKPOINT_MINUTES },
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The only reader of process.env. Lists every problem at once instead of failing on the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = productionProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data);
}

export function testConfig(overrides: Partial<Record<keyof z.infer<typeof configSchema>, string>> = {}): Config {
  // One set of audit keys per test process: apps built side by side in one test file sign alike.
  const audit = { AUDIT_KEYS_DIR: join(tmpdir(), `motcua-audit-keys-${process.pid}`), AUDIT_CHECKPOINT_FILE: join(tmpdir(), `motcua-audit-checkpoints-${process.pid}.jsonl`) };
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', WORKER_ENABLED: 'false', ...audit, ...overrides });
}
