// Presents an error on the terminal: the message, then every problem with file:line and field.
import { AppError } from '../errors/index.js';

/** Lines for stderr; unknown errors show their message only (the CLI has no stack traces either). */
export function formatError(command: string, error: unknown): string[] {
  if (!(error instanceof AppError)) return [`loket ${command}: ${(error as Error)?.message ?? String(error)}`];
  const lines = [`loket ${command}: ${error.message}`];
  for (const problem of error.details ?? []) {
    const where = [problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : '', problem.field ?? '']
      .filter(Boolean)
      .join(' ');
    lines.push(`  ${where ? `${where}: ` : ''}${problem.message}`);
  }
  return lines;
}
