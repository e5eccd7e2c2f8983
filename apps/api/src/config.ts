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
