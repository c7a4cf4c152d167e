// Groups similar residents' questions (the unanswered-questions report): two questions are alike
// when their content-word stems overlap with a Jaccard index of at least 0.5. Greedy, in the
// given order, against each group's first question — simple, stable, and good enough to show gaps.
import { analyzeDutch } from '../../retrieval/index.js';

/** A group of similar questions; `questions` keeps the input order. */
export interface QuestionGroup {
  stems: string[];
  questions: Array<{ text: string; at: string }>;
}

/** Jaccard index of two sets (1 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Groups `questions` (threshold 0.5 by default); the largest groups first, ties in input order. */
export function groupSimilarQuestions(questions: ReadonlyArray<{ text: string; at: string }>, threshold = 0.5): QuestionGroup[] {
  const groups: Array<QuestionGroup & { key: Set<string> }> = [];
  for (const question of questions) {
    const stems = new Set(analyzeDutch(question.text));
    // Without content words only the same text counts as the same question.
    const key = stems.size > 0 ? stems : new Set([`text:${question.text.trim().toLowerCase()}`]);
    const group = groups.find((g) => jaccard(g.key, key) >= threshold);
    if (group) group.questions.push(question);
    else groups.push({ key, stems: [...stems], questions: [question] });
  }
  return groups
    .map(({ stems, questions: members }, index) => ({ stems, questions: members, index }))
    .sort((a, b) => b.questions.length - a.questions.length || a.index - b.index)
    .map(({ stems, questions: members }) => ({ stems, questions: members }));
}
