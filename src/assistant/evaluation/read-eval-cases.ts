// Reads an evaluation file (JSONL), reporting every bad line with its number.
import { readFileSync } from 'node:fs';
import { InvalidInputError, type Problem } from '../../errors/index.js';
import { evalCaseSchema, type EvalCase } from './eval-case.js';

/** The cases of `path`; throws InvalidInputError listing each line that is not a valid case. */
export function readEvalCases(path: string): EvalCase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InvalidInputError(`cannot read evaluation file ${path}`, [{ file: path, message: 'file not found or unreadable' }]);
  }
  const cases: EvalCase[] = [];
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      problems.push({ file: path, line: index + 1, message: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = evalCaseSchema.safeParse(raw);
    if (parsed.success) cases.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ file: path, line: index + 1, field: issue.path.join('.'), message: issue.message });
  });
  if (problems.length > 0) throw new InvalidInputError(`${path}: ${problems.length} invalid line(s)`, problems);
  return cases;
}
