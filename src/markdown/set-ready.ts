/**
 * A loaded set is shown once its Markdown can be formatted: a set with Markdown syntax in any text
 * field waits for the lexer, so that the first screen never shows raw backticks that turn into code a
 * moment later. A set without Markdown never loads the lexer.
 */
import type { QuestionSet } from '../data/schema.js';
import { loadLexer } from './lexer-loader.js';
import { isPrelexed, isPrelexedSet } from './prelexed.js';
import { hasMarkdown } from './render.js';

/**
 * The longest the set waits for the lexer (ms). A stalled request must not keep the widget loading:
 * after this the text shows plain, and each element renders again if the lexer still arrives.
 */
export const LEXER_WAIT_MS = 3000;

/**
 * Whether any text field that `renderText` formats has Markdown syntax that was not lexed at build
 * time (see `prelexed.ts`; stops at the first).
 */
function anyMarkdown(set: QuestionSet): boolean {
  const has = (field: string | undefined) =>
    field !== undefined && hasMarkdown(field) && !isPrelexed(field);
  return set.questions.some(
    (q) =>
      has(q.prompt) ||
      has(q.answer) ||
      has(q.explanation) ||
      has(q.note) ||
      q.choices.some((c) => has(c.text) || has(c.why)),
  );
}

/** `set`, once the lexer is in (or has failed, or `LEXER_WAIT_MS` passed) if the set needs it. */
export async function whenMarkdownReady(set: QuestionSet): Promise<QuestionSet> {
  if (isPrelexedSet(set) || !anyMarkdown(set)) return set;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    loadLexer(),
    new Promise((resolve) => (timer = setTimeout(resolve, LEXER_WAIT_MS))),
  ]);
  clearTimeout(timer);
  return set;
}
