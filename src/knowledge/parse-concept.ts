// Parses one concept file: YAML front matter plus Markdown with the fixed IPDC sections.
import { Lexer } from 'marked';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../errors/index.js';
import { CONCEPT_SECTIONS, type Concept, type ConceptSection } from './content-types.js';
import { slug } from './field-rules.js';
import { createPathLocator } from './locate-path.js';

const frontMatterSchema = z.strictObject({
  id: slug,
  title: z.string().trim().min(1),
  theme: slug,
  keywords: z.array(z.string().trim().min(1)).default([]),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The result of parsing: the concept when there were no problems, and every problem found. */
export interface Parsed<T> {
  value: T | undefined;
  problems: Problem[];
}

function sectionsOf(markdown: string, bodyLine: number, file: string, problems: Problem[]) {
  const sections: Partial<Record<ConceptSection, string>> = {};
  let current: ConceptSection | undefined;
  let line = bodyLine;
  for (const token of new Lexer().lex(markdown)) {
    if (token.type === 'heading' && token.depth === 2) {
      const name = token.text.trim();
      if ((CONCEPT_SECTIONS as readonly string[]).includes(name)) {
        current = name as ConceptSection;
        if (sections[current] !== undefined) problems.push({ file, line, message: `section "${name}" appears twice` });
        sections[current] = '';
      } else {
        current = undefined;
        problems.push({ file, line, message: `unknown section "${name}"; expected one of ${CONCEPT_SECTIONS.join(', ')}` });
      }
    } else if (current !== undefined) {
      sections[current] += token.raw;
    } else if (token.type !== 'space') {
      problems.push({ file, line, message: 'text before the first "## " section heading' });
    }
    line += token.raw.split('\n').length - 1;
  }
  for (const key of Object.keys(sections) as ConceptSection[]) sections[key] = sections[key]?.trim();
  return sections;
}

/**
 * Parses the text of `concepts/<id>.md`. `expectedId` is the file name without extension.
 * Never throws: problems carry the file and line.
 */
export function parseConcept(text: string, file: string, expectedId: string): Parsed<Concept> {
  const problems: Problem[] = [];
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { value: undefined, problems: [{ file, line: 1, message: 'missing YAML front matter between "---" lines' }] };
  }
  const yamlText = match[1] ?? '';
  const doc = parseDocument(yamlText);
  for (const error of doc.errors) {
    problems.push({ file, line: (error.linePos?.[0].line ?? 0) + 1, message: `invalid YAML: ${error.message.split('\n')[0]}` });
  }
  if (problems.length > 0) return { value: undefined, problems };
  const locate = createPathLocator(yamlText, 1);
  const front = frontMatterSchema.safeParse(doc.toJS());
  if (!front.success) {
    for (const issue of front.error.issues) {
      const field = issue.path.join('.');
      problems.push({ file, line: locate(issue.path), field, message: issue.message });
    }
  } else if (front.data.id !== expectedId) {
    problems.push({ file, line: locate(['id']), field: 'id', message: `id "${front.data.id}" differs from the file name "${expectedId}"` });
  }
  const bodyLine = match[0].split('\n').length;
  const sections = sectionsOf(text.slice(match[0].length), bodyLine, file, problems);
  if (!sections.Beschrijving) problems.push({ file, message: 'the section "Beschrijving" is missing or empty' });
  if (problems.length > 0 || !front.success) return { value: undefined, problems };
  return { value: { ...front.data, sections }, problems };
}
