/**
 * Two exports for other tools:
 * - the review log as the CSV the FSRS optimizer reads (open-spaced-repetition/fsrs-optimizer's
 *   review-log schema: `card_id, review_time` in epoch ms, `review_rating` 1–4, `review_state`
 *   0 New / 1 Learning / 2 Review / 3 Relearning, `review_duration` in ms);
 * - a deck as an Anki text import: tab-separated front, back, tags, with Anki's file headers
 *   (`#separator:tab`, `#html:false`, `#tags column:3`).
 * Both are plain text built by escaping, never by HTML.
 */
import type { Question, QuestionSet } from '../data/schema.js';
import type { ProgressFile } from './schema.js';

export const CSV_COLUMNS = [
  'card_id',
  'review_time',
  'review_rating',
  'review_state',
  'review_duration',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Every review of every card, oldest first, one row each. `card_id` is `<setId>/<questionId>` (the
 * optimizer takes string ids). A review without a measured duration has an empty `review_duration`.
 */
export function reviewLogCsv(file: ProgressFile): string {
  const rows: (string | number)[][] = [];
  for (const set of file.sets) {
    for (const card of set.cards) {
      for (const r of card.log) {
        rows.push([`${set.id}/${card.id}`, r.at, r.rating, r.state, r.ms ?? '']);
      }
    }
  }
  rows.sort(
    (a, b) => (a[1] as number) - (b[1] as number) || String(a[0]).localeCompare(String(b[0])),
  );
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Anki's quoting for text files: a field with a tab, line break or quote is quoted, quotes doubled. */
function ankiField(value: string): string {
  return /[\t\r\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An Anki tag: no spaces (Anki splits tags on them). */
const tag = (s: string) => s.trim().replace(/\s+/g, '_');

/** The back of a card: the answer, then the explanation and the docs link, a blank line apart. */
function back(q: Question): string {
  return [q.answer, q.explanation, q.docs].filter(Boolean).join('\n\n');
}

/**
 * The questions of `set` (those in `ids`, when given, in that order) as an Anki text file. Tags:
 * the set id, each topic, and the difficulty.
 */
export function ankiDeckText(set: QuestionSet, ids?: readonly string[]): string {
  const byId = new Map(set.questions.map((q) => [q.id, q]));
  const questions = ids
    ? ids.map((id) => byId.get(id)).filter((q): q is Question => !!q)
    : set.questions;
  const lines = ['#separator:tab', '#html:false', '#tags column:3'];
  for (const q of questions) {
    const tags = [set.id, ...q.topics, q.difficulty].map(tag).join(' ');
    lines.push([q.prompt, back(q), tags].map(ankiField).join('\t'));
  }
  return lines.join('\n') + '\n';
}
