// One typed configuration object, read from the environment once and validated as a whole.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { InvalidConfigError, type Problem } from '../errors/index.js';

const flag = z.enum(['0', '1']).transform((v) => v === '1');

const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be ISO 8601 with an offset, e.g. 2026-12-07T10:15:00+01:00')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'is not a real date and time')
  .transform((v) => new Date(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOKET_DATA_DIR: z.string().min(1).default('./data'),
  LOKET_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LOKET_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  LOKET_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  LOKET_DEMO: flag.default(true),
  LOKET_NOW: isoWithOffset.optional(),
  LOKET_BOOTSTRAP_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOKET_ALLOW_CLOCK_OVERRIDE: flag.default(false),
  LOKET_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOKET_TRUST_PROXY: flag.default(false),
  LOKET_CHAT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  LOKET_CONVERSATION_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(12),
  LOKET_RATE_LIMIT_STORE: z.enum(['memory', 'database']).optional(),
  LOKET_PUBLIC_URL: z.string().url('must be a URL such as https://loket.example.be').optional(),
  LOKET_OIDC_ISSUER: z.string().url('must be the issuer URL of the OpenID Connect provider').optional(),
  LOKET_OIDC_CLIENT_ID: z.string().min(1).optional(),
  LOKET_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
});

/** Secrets may come from a file named by <NAME>_FILE (Docker and Kubernetes secrets), never from code. */
const FILE_SECRETS = ['LOKET_DATABASE_URL', 'LOKET_BOOTSTRAP_TOKEN', 'LOKET_OIDC_CLIENT_SECRET'] as const;

/** The validated configuration of one Loket process. */
export interface Config {
  port: number;
  host: string;
  /** Absolute path of the embedded database and files. */
  dataDir: string;
  /** PostgreSQL server URL; undefined means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** PostgreSQL server only: connections per process. */
  databasePoolSize: number;
  /** PostgreSQL server only: statement_timeout of every connection in ms (0: none). */
  statementTimeoutMs: number;
  demo: boolean;
  /** A frozen clock, or undefined for the real one. */
  now: Date | undefined;
  bootstrapToken: string | undefined;
  allowClockOverride: boolean;
  logLevel: string;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  chatLimitPerMinute: number;
  conversationLimitPerMinute: number;
  /**
   * Where the rate limits count: 'database' (every node shares one budget; the default with a
   * PostgreSQL server) or 'memory' (per process; the default for the embedded database).
   */
  rateLimitStore: 'memory' | 'database';
  /** The address residents and staff use; needed for OpenID Connect redirects. */
  publicUrl: string | undefined;
  /** OpenID Connect sign-in for staff, when all three are set. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
}

/** The environment variables Loket reads, for the .env.example consistency test. */
export const CONFIG_VARIABLES = [...Object.keys(envSchema.shape), ...FILE_SECRETS.map((name) => `${name}_FILE`)];

function readSecretFiles(env: NodeJS.ProcessEnv, problems: Problem[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of FILE_SECRETS) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    if (env[name]) {
      problems.push({ field: `${name}_FILE`, message: `${name}_FILE and ${name} are both set; use one` });
      continue;
    }
    try {
      values[name] = readFileSync(file, 'utf8').trim();
    } catch {
      problems.push({ field: `${name}_FILE`, message: `${name}_FILE names ${file}, which cannot be read` });
    }
  }
  return values;
}

/**
 * Reads the configuration from `env` (default `process.env`). Empty strings count as unset.
 * Throws InvalidConfigError listing every variable at fault, not just the first.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const fileProblems: Problem[] = [];
  const present = {
    ...Object.fromEntries(Object.keys(envSchema.shape).filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]])),
    ...readSecretFiles(env, fileProblems),
  };
  const parsed = envSchema.safeParse(present);
  const oidcParts = ['LOKET_OIDC_ISSUER', 'LOKET_OIDC_CLIENT_ID', 'LOKET_OIDC_CLIENT_SECRET'].filter((k) => k in present);
  if (oidcParts.length > 0 && oidcParts.length < 3) {
    fileProblems.push({ field: 'LOKET_OIDC_ISSUER', message: 'OpenID Connect needs LOKET_OIDC_ISSUER, LOKET_OIDC_CLIENT_ID and LOKET_OIDC_CLIENT_SECRET together' });
  }
  if (oidcParts.length === 3 && !('LOKET_PUBLIC_URL' in present)) {
    fileProblems.push({ field: 'LOKET_PUBLIC_URL', message: 'LOKET_PUBLIC_URL is needed for OpenID Connect redirects' });
  }
  if (!parsed.success || fileProblems.length > 0) {
    const problems: Problem[] = [
      ...(parsed.success ? [] : parsed.error.issues).map((issue) => ({
        field: String(issue.path[0] ?? ''),
        message: `${String(issue.path[0] ?? '')} ${issue.message}`,
      })),
      ...fileProblems,
    ];
    throw new InvalidConfigError(
      `invalid configuration: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  }
  const e = parsed.data as z.infer<typeof envSchema>;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.LOKET_DATA_DIR),
    databaseUrl: e.LOKET_DATABASE_URL,
    databasePoolSize: e.LOKET_DATABASE_POOL_SIZE,
    statementTimeoutMs: e.LOKET_STATEMENT_TIMEOUT_MS,
    demo: e.LOKET_DEMO,
    now: e.LOKET_NOW,
    bootstrapToken: e.LOKET_BOOTSTRAP_TOKEN,
    allowClockOverride: e.LOKET_ALLOW_CLOCK_OVERRIDE,
    logLevel: e.LOKET_LOG_LEVEL,
    trustProxy: e.LOKET_TRUST_PROXY,
    chatLimitPerMinute: e.LOKET_CHAT_LIMIT_PER_MINUTE,
    conversationLimitPerMinute: e.LOKET_CONVERSATION_LIMIT_PER_MINUTE,
    rateLimitStore: e.LOKET_RATE_LIMIT_STORE ?? (e.LOKET_DATABASE_URL ? 'database' : 'memory'),
    publicUrl: e.LOKET_PUBLIC_URL,
    oidc:
      e.LOKET_OIDC_ISSUER && e.LOKET_OIDC_CLIENT_ID && e.LOKET_OIDC_CLIENT_SECRET
        ? { issuer: e.LOKET_OIDC_ISSUER, clientId: e.LOKET_OIDC_CLIENT_ID, clientSecret: e.LOKET_OIDC_CLIENT_SECRET }
        : undefined,
  };
}
