// One typed configuration object, read from the environment once and validated as a whole.
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
  LOKET_DEMO: flag.default(true),
  LOKET_NOW: isoWithOffset.optional(),
  LOKET_BOOTSTRAP_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOKET_ALLOW_CLOCK_OVERRIDE: flag.default(false),
  LOKET_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The validated configuration of one Loket process. */
export interface Config {
  port: number;
  host: string;
  /** Absolute path of the embedded database and files. */
  dataDir: string;
  /** PostgreSQL server URL; undefined means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  demo: boolean;
  /** A frozen clock, or undefined for the real one. */
  now: Date | undefined;
  bootstrapToken: string | undefined;
  allowClockOverride: boolean;
  logLevel: string;
}

/** The environment variables Loket reads, for the .env.example consistency test. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

/**
 * Reads the configuration from `env` (default `process.env`). Empty strings count as unset.
 * Throws InvalidConfigError listing every variable at fault, not just the first.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    CONFIG_VARIABLES.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      message: `${String(issue.path[0] ?? '')} ${issue.message}`,
    }));
    throw new InvalidConfigError(
      `invalid configuration: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.LOKET_DATA_DIR),
    databaseUrl: e.LOKET_DATABASE_URL,
    demo: e.LOKET_DEMO,
    now: e.LOKET_NOW,
    bootstrapToken: e.LOKET_BOOTSTRAP_TOKEN,
    allowClockOverride: e.LOKET_ALLOW_CLOCK_OVERRIDE,
    logLevel: e.LOKET_LOG_LEVEL,
  };
}
