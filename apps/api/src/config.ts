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
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Load the demo province and its published demo accounts; default on outside production, refused in production. */
  DEMO_SEED: bool.optional(),
  WORKER_ENABLED: bool.default(true),
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
    },
    publicRatePerMinute: env.PUBLIC_RATE_PER_MINUTE,
    demoSeed: env.DEMO_SEED ?? env.NODE_ENV !== 'production',
    workerEnabled: env.WORKER_ENABLED,
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
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', WORKER_ENABLED: 'false', ...overrides });
}
