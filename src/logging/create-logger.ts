// Structured JSON logs (pino) on stderr; request bodies and personal data are never logged.
import { pino, type Logger } from 'pino';

export type { Logger };

/** A logger at `level` ('silent' in tests) writing JSON lines to stderr, keeping stdout for CLI output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'loket' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}
