// A short excerpt of a concept section: its first paragraph or list, cut at a sentence near `max`.

/** The first block of `markdown` (a paragraph, or a list with its lead-in line), at most ~`max` characters. */
export function sectionExcerpt(markdown: string, max = 420): string {
  const blocks = markdown.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  let excerpt = blocks[0] ?? '';
  // A lead-in such as "Wat brengt u mee?" belongs with the list after it.
  if (/[?:]$/.test(excerpt) && blocks[1]) excerpt = `${excerpt}\n${blocks[1]}`;
  if (excerpt.length <= max) return excerpt;
  const cut = excerpt.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'), cut.lastIndexOf(';\n'));
  return end > max / 3 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
