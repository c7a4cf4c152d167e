// Lets n3 read IPDC's language tags with a subtag over 8 characters ('nl-BE-x-generated-formal').
// BCP 47 caps subtags at 8 characters and n3 refuses longer ones, but IPDC publishes
// 'generated' (9) in every concept, so such tags are swapped for short aliases before parsing.
import { Lexer } from 'n3';

/** Text with long tags replaced, and how to get an alias's original tag back. */
export interface AliasedText {
  text: string;
  /** The original tag for an alias (in any case), or the tag itself when it is not an alias. */
  restore(tag: string): string;
}

const ALIAS_PREFIX = 'lktalias';

/**
 * Replaces every language tag with a subtag longer than 8 characters by `lktalias-<n>`.
 * Tags are found with n3's own lexer, so text inside literals is never touched. When the
 * text does not lex, it is returned unchanged and the parser reports the error.
 */
export function aliasLongLanguageTags(text: string): AliasedText {
  const unchanged: AliasedText = { text, restore: (tag) => tag };
  if (!/@(?:[A-Za-z0-9]+-)*[A-Za-z0-9]{9}/.test(text)) return unchanged;
  let tokens: Array<{ type: string; value: string; line?: number; start?: number; end?: number }>;
  try {
    tokens = new Lexer().tokenize(text) as typeof tokens;
  } catch {
    return unchanged; // the parser reports the same syntax error with its line
  }
  const long = tokens.filter((t) => t.type === 'langcode' && t.value.split('-').some((part) => part.length > 8));
  if (long.length === 0 || tokens.some((t) => t.type === 'langcode' && t.value.toLowerCase().startsWith(ALIAS_PREFIX))) {
    return unchanged;
  }
  const aliasOf = new Map<string, string>();
  const originalOf = new Map<string, string>();
  const lines = text.split('\n');
  // Replace from the end of each line so earlier columns stay valid.
  for (const token of [...long].reverse()) {
    const index = (token.line ?? 0) - 1;
    const line = lines[index];
    if (line === undefined || token.start === undefined || token.end === undefined) return unchanged;
    if (line.slice(token.start, token.end) !== `@${token.value}`) return unchanged;
    let alias = aliasOf.get(token.value);
    if (alias === undefined) {
      alias = `${ALIAS_PREFIX}-${aliasOf.size}`;
      aliasOf.set(token.value, alias);
      originalOf.set(alias, token.value);
    }
    lines[index] = `${line.slice(0, token.start)}@${alias}${line.slice(token.end)}`;
  }
  return { text: lines.join('\n'), restore: (tag) => originalOf.get(tag.toLowerCase()) ?? tag };
}
