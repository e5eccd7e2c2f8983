import { z } from 'zod';

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
  DEMO_SEED: bool.default(true),
  WORKER_ENABLED: bool.default(true),
  BENCH_ENDPOINTS: bool.default(false),
  WEB_DIST_DIR: z.string().default('apps/web/dist'),
  /** Where citizens reach the portal: QR codes on receipts and results point here. */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  /** Demo certificate authority and agency PKCS#12 certificates, generated at first start when absent. */
  SIGNING_DIR: z.string().default('./data/signing'),
  SIGNING_P12_PASSWORD: z.string().default('motcua-demo'),
  /** Applicants' log-in through an OpenID Connect provider (the national electronic identity works this way). */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Serve a local demo identity provider at /demo-idp; default: on with the demo data outside production. */
  DEMO_IDP: bool.optional(),
  /** The built-in sandbox payment gateway's shared secret (HMAC-SHA512), as the real Vietnamese gateways use. */
  PAYMENT_SANDBOX_SECRET: z.string().min(16).default('motcua-sandbox-secret-0123456789'),
  /** smtp://user:pass@host:port; absent: e-mails are logged (without addresses) instead of sent. */
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('MotCua <no-reply@motcua.local>'),
  /** Sending systems allowed to push dossiers (the national portal): "id:secret,id2:secret2". */
  INBOUND_CLIENTS: z.string().default('dvcqg:motcua-dvcqg-demo-secret'),
});

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
    demoSeed: env.DEMO_SEED,
    workerEnabled: env.WORKER_ENABLED,
    benchEndpoints: env.BENCH_ENDPOINTS,
    webDistDir: env.WEB_DIST_DIR,
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ''),
    signing: { dir: env.SIGNING_DIR, p12Password: env.SIGNING_P12_PASSWORD },
    oidc: env.OIDC_ISSUER && env.OIDC_CLIENT_ID ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET ?? '' } : null,
    demoIdp: env.DEMO_IDP ?? (env.DEMO_SEED && env.NODE_ENV !== 'production'),
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
  return toConfig(parsed.data);
}

export function testConfig(overrides: Partial<Record<keyof z.infer<typeof configSchema>, string>> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', WORKER_ENABLED: 'false', ...overrides });
}
